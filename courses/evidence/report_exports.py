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


def _text(value: str) -> str:
    value = str(value).translate(_ISOLATES)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(value: Value):
    return value.number if value.number is not None else _text(value.text)


def _table_rows(table: Table) -> Iterator[list]:
    yield [_text(table.title)]
    yield ["", *(_text(column) for column in table.columns)]
    for row in table.rows:
        yield [_text(row.text), *(_cell(value) for value in row.values)]
    if table.note:
        yield [_text(table.note)]
    yield []


def rows(tables: ReportTables, *, heading: list[str]) -> Iterator[list]:
    """Every line of the export: the heading (title, scope), the tables, the comments, the method."""
    for line in heading:
        yield [_text(line)]
    yield []
    every = (tables.reach, *tables.measures, tables.gain, tables.confidence, tables.satisfaction)
    for table in (*every, *tables.disaggregations):
        yield from _table_rows(table)
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
    writer.writerows(rows(tables, heading=heading))
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
