"""A cohort's progress report as CSV (streamed) and XLSX: the matrix's columns, nothing more (the report
columns that other apps register, such as the H5P average and sessions attended, come right after the quiz
average, as in the matrix).

Both read learners in chunks through ``selectors.iter_learner_rows``, so memory stays flat for
10,000 learners. The CSV starts with a byte-order mark so that Excel reads Arabic names right,
and cells that a spreadsheet would run as a formula are defused with a leading apostrophe. Its
separator is the one Excel expects in the trainer's language (French and Arabic set-ups use the
comma for decimals, so Excel splits on ";"), and the trainer can choose the other one.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator, Sequence
from datetime import datetime

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook

from courses.cohorts import selectors
from courses.cohorts.models import Cohort
from courses.cohorts.report_columns import ReportColumn, report_columns

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SEPARATORS = {"semicolon": ";", "comma": ","}
# Excel's list separator in the regional settings that usually go with each language.
SEPARATOR_BY_LANGUAGE = {"ar": "semicolon", "fr": "semicolon", "en": "comma"}


def default_separator(language: str | None) -> str:
    return SEPARATOR_BY_LANGUAGE.get((language or "")[:2], "comma")


def header(structure: selectors.CohortStructure, columns: Sequence[ReportColumn] = ()) -> list[str]:
    headings = [_("Learner"), _("E-mail"), _("Status"), _("Progress (%)")]
    headings += [_("%(course)s (%%)") % {"course": course.title} for course in structure.courses]
    headings += [
        _("%(course)s › %(module)s (%%)") % {"course": course.title, "module": module.title}
        for course in structure.courses
        for module in course.modules
    ]
    headings += [_("Quiz average (%)")]
    headings += [str(heading) for column in columns for heading in column.export_headers]
    headings += [_("Last activity"), _("Days without activity"), _("Certificate")]
    return headings


def _safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _local(moment: datetime | None) -> datetime | None:
    return timezone.localtime(moment).replace(tzinfo=None, microsecond=0) if moment else None


def values(row: selectors.LearnerRow, columns: Sequence[ReportColumn] = ()) -> list:
    return [
        _safe(row.name),
        _safe(row.email),
        str(row.status_label),
        row.percent,
        *(cell.percent for cell in row.courses),
        *(cell.percent for cell in row.modules),
        row.quiz_average if row.quiz_average is not None else "",
        *(
            _safe(value) if isinstance(value, str) else value
            for column, cell in zip(columns, row.columns, strict=True)
            for value in column.export_cells(cell)
        ),
        _local(row.last_activity) or "",
        row.days_inactive,
        # The learner's certificates for the cohort's courses, e.g. "1 valid certificate".
        _safe(str(row.certificate)) if row.certificate is not None else "",
    ]


def rows(cohort: Cohort, *, chunk_size: int = 500) -> Iterator[list]:
    structure = selectors.cohort_structure(cohort)
    columns = report_columns()
    yield header(structure, columns)
    for row in selectors.iter_learner_rows(cohort, structure, chunk_size=chunk_size):
        yield values(row, columns)


class _Echo:
    """A file-like object whose write() hands the line back, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def _in_language(iterator: Iterator, language: str) -> Iterator:
    """Run each step of `iterator` in `language`: a streamed response is read after the view has
    returned, when the request's language is no longer active."""
    while True:
        with translation.override(language):
            try:
                item = next(iterator)
            except StopIteration:
                return
        yield item


def csv_lines(cohort: Cohort, *, separator: str = "", chunk_size: int = 500) -> Iterator[str]:
    """The CSV, line by line, in the language active when it is called, with ``separator`` (a key
    of SEPARATORS; by default the one for that language)."""
    language = translation.get_language()
    delimiter = SEPARATORS.get(separator) or SEPARATORS[default_separator(language)]
    writer = csv.writer(_Echo(), delimiter=delimiter)

    def lines():
        yield "\ufeff"
        for row in rows(cohort, chunk_size=chunk_size):
            yield writer.writerow([value.isoformat(sep=" ") if isinstance(value, datetime) else value for value in row])

    return _in_language(lines(), language)


def xlsx_file(cohort: Cohort, *, right_to_left: bool) -> tempfile.SpooledTemporaryFile:
    """A write-only workbook (rows go to disk as they come), spooled to a temporary file."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Progress")[:31])
    sheet.sheet_view.rightToLeft = right_to_left
    for row in rows(cohort):
        sheet.append(row)
    output = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - FileResponse closes it
    workbook.save(output)
    output.seek(0)
    return output
