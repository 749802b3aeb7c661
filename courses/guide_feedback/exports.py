"""The guide feedback report as CSV (streamed) and XLSX, in the house style of the cohort exports
(``courses.cohorts.exports``): a byte-order mark so that Excel reads Arabic right, the separator Excel
expects in the reader's language, cells a spreadsheet would run as a formula defused, right-to-left sheets
for Arabic. The CSV has one line per answer; the workbook has the summary per guidebook and chapter, then
the answers. Learner names follow the report's rule (none for a chapter with fewer than five answers)."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator
from datetime import datetime

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook

from courses.cohorts.exports import SEPARATORS, default_separator
from courses.guide_feedback import report
from courses.guide_feedback.report import AnswerRow, Labels, ReportFilters

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _local(moment: datetime) -> datetime:
    return timezone.localtime(moment).replace(tzinfo=None, microsecond=0)


def answer_header() -> list[str]:
    return [
        _("Guidebook"),
        _("Chapter"),
        _("Module"),
        _("Usefulness (1–5)"),
        _("Comment"),
        _("What is missing"),
        _("Country"),
        _("Kind of city"),
        _("City context"),
        _("Language"),
        _("Answered"),
        _("Learner"),
    ]


def answer_values(row: AnswerRow) -> list:
    return [
        _safe(row.guidebook),
        _safe(row.chapter),
        _safe(row.module),
        row.rating,
        _safe(row.comment),
        _safe(row.missing),
        row.country_name,
        row.city_kind,
        row.city_context,
        row.language,
        _local(row.answered_at),
        _safe(row.learner),
    ]


def summary_header() -> list[str]:
    return [_("Guidebook"), _("Chapter"), _("Module"), _("Answers"), _("Average (1–5)"), "1", "2", "3", "4", "5"]


def summary_rows(filters: ReportFilters, names: Labels) -> Iterator[list]:
    _overall, guides = report.summaries(filters, names=names)
    for guide in guides:
        for chapter in guide.chapters:
            tally = chapter.tally
            yield [
                _safe(guide.title),
                _safe(chapter.chapter),
                _safe(chapter.module_title),
                tally.count,
                round(tally.average, 2) if tally.average is not None else "",
                *(tally.distribution[rating] for rating in report.RATINGS),
            ]


def _in_language(iterator: Iterator, language: str) -> Iterator:
    """Run each step of ``iterator`` in ``language``, and only that step: the language is not left active
    between the lines handed to the server."""
    while True:
        with translation.override(language):
            try:
                item = next(iterator)
            except StopIteration:
                return
        yield item


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(filters: ReportFilters, names: Labels, *, separator: str = "") -> Iterator[str]:
    """The answers, line by line, in the language active when it is called (a streamed response is read
    after the view has returned)."""
    language = translation.get_language()
    delimiter = SEPARATORS.get(separator) or SEPARATORS[default_separator(language)]
    writer = csv.writer(_Echo(), delimiter=delimiter)

    def lines() -> Iterator[str]:
        yield "\ufeff"
        yield writer.writerow(answer_header())
        for row in report.answer_rows(filters, names=names):
            values = answer_values(row)
            yield writer.writerow(
                [value.isoformat(sep=" ") if isinstance(value, datetime) else value for value in values]
            )

    return _in_language(lines(), language)


def xlsx_file(filters: ReportFilters, names: Labels, *, right_to_left: bool) -> tempfile.SpooledTemporaryFile:
    """Two sheets, written as they come (write-only), spooled to a temporary file."""
    workbook = Workbook(write_only=True)
    summary = workbook.create_sheet(title=_("Summary")[:31])
    summary.sheet_view.rightToLeft = right_to_left
    summary.append(summary_header())
    for values in summary_rows(filters, names):
        summary.append(values)
    answers = workbook.create_sheet(title=_("Answers")[:31])
    answers.sheet_view.rightToLeft = right_to_left
    answers.append(answer_header())
    for row in report.answer_rows(filters, names=names):
        answers.append(answer_values(row))
    output = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - FileResponse closes it
    workbook.save(output)
    output.seek(0)
    return output
