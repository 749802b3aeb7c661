"""The programme report as CSV and XLSX: the page's tables (``report_tables``), one after another.

Hidden figures are written as the page writes them ("fewer than 5"), never as a number: the tables carry
none. As the cohorts' exports (``courses.cohorts.exports``), the CSV starts with a byte-order mark so that
Excel reads Arabic right, uses the separator Excel expects in the reader's language, and defuses text a
spreadsheet would run as a formula; the XLSX is a write-only workbook, right to left in Arabic.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator

from django.utils.translation import gettext as _
from openpyxl import Workbook

from courses.cohorts.exports import FORMULA_STARTS, SEPARATORS, default_separator
from courses.evidence.report_tables import ReportTables, Table, Value

# Direction isolates help a page; in a spreadsheet cell they are invisible characters that break searching.
_ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")
# The decimal mark that goes with each CSV separator: Excel splits on ";" where "," marks decimals (French and
# Arabic regional settings) and on "," where "." does. Every number follows the file's separator, not the page.
DECIMAL_MARKS = {";": ",", ",": "."}


def _text(value: str) -> str:
    value = str(value).translate(_ISOLATES)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _decimal(number: float | int, decimal_mark: str) -> str:
    return str(number).replace(".", decimal_mark)


def _cell(value: Value, decimal_mark: str | None):
    """A workbook's cell holds the number itself (``decimal_mark`` None); a CSV's, its text with that mark."""
    if decimal_mark is None:
        return value.number if value.number is not None else _text(value.text)
    if value.number is not None:
        return _decimal(value.number, decimal_mark)
    if value.bounds is not None:
        low, high = (_decimal(bound, decimal_mark) for bound in value.bounds)
        return f"{low} – {high}"
    return _text(value.text)


def _table_rows(table: Table, decimal_mark: str | None) -> Iterator[list]:
    yield [_text(table.title)]
    yield ["", *(_text(column) for column in table.columns)]
    for row in table.rows:
        yield [_text(row.text), *(_cell(value, decimal_mark) for value in row.values)]
    if table.note:
        yield [_text(table.note)]
    yield []


def rows(tables: ReportTables, *, heading: list[str], decimal_mark: str | None = None) -> Iterator[list]:
    """Every line of the export: the heading (title, scope), the tables, the comments, the method.

    Numbers stay numbers unless ``decimal_mark`` is given: then they are text written with that mark.
    """
    for line in heading:
        yield [_text(line)]
    yield []
    every = (tables.reach, *tables.measures, tables.gain, tables.confidence, tables.satisfaction)
    for table in (*every, *tables.disaggregations):
        yield from _table_rows(table, decimal_mark)
    if tables.comments:
        yield [_("Comments")]
        for comment in tables.comments:
            yield [_text(comment)]
        yield []
    yield [_("Method and limits")]
    for paragraph in tables.method:
        yield [_text(paragraph)]


def csv_text(tables: ReportTables, *, heading: list[str], language: str, separator: str = "") -> str:
    delimiter = SEPARATORS.get(separator) or SEPARATORS[default_separator(language)]
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output, delimiter=delimiter)
    writer.writerows(rows(tables, heading=heading, decimal_mark=DECIMAL_MARKS[delimiter]))
    return output.getvalue()


def xlsx_file(tables: ReportTables, *, heading: list[str], right_to_left: bool) -> tempfile.SpooledTemporaryFile:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Programme report")[:31])
    sheet.sheet_view.rightToLeft = right_to_left
    for row in rows(tables, heading=heading):
        sheet.append(row)
    output = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - FileResponse closes it
    workbook.save(output)
    output.seek(0)
    return output
