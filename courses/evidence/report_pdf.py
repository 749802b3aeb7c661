"""The programme report as a PDF in Arabic, English or French, rendered on request with WeasyPrint.

As the certificates (``courses.certificates.pdf``), WeasyPrint lays the page out with Pango and HarfBuzz,
which shape Arabic and order mixed text, with the Debian fonts Amiri and Noto; the Arabic report is set
right to left. The certificate's template is its own, so the font family names are repeated in this
report's template rather than shared (both rely on the installed fonts, with no @font-face). The PDF
holds the page's tables and charts: the same, already-protected figures.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation

from courses.evidence import charts, report_tables
from courses.evidence.report import ProgrammeReport

LANGUAGES = ("ar", "en", "fr")


def context(report: ProgrammeReport, language: str, *, for_pdf: bool = False) -> dict:
    """What the page and the PDF show, in ``language``; the PDF's charts are HTML (see ``charts``)."""
    with translation.override(language):
        tables = report_tables.build(report, language=language)
        period, place = report_tables.describe_scope(report, language=language)
        right_to_left = translation.get_language_bidi()
        return {
            "report": report,
            "tables": tables,
            "period": period,
            "place": place,
            "language": language,
            "direction": "rtl" if right_to_left else "ltr",
            "reach_chart": reach_chart(tables, right_to_left=right_to_left, html=for_pdf),
            "gain_chart": gain_chart(report, tables, right_to_left=right_to_left, html=for_pdf),
        }


def reach_chart(tables: report_tables.ReportTables, *, right_to_left: bool, html: bool = False):
    series = [charts.Series(translation.gettext("Learners"), "#0b5d4b")]
    # A hidden count has no bar (its length would give the number away): the table beside it says why.
    groups = [
        charts.BarGroup(row.label, (int(row.values[0].number or 0),))
        for row in tables.reach.rows
        if not row.values[0].hidden
    ]
    if not groups:
        return ""
    if html:
        return render_to_string(
            "evidence/report/includes/pdf_bars.html",
            {"title": tables.reach.title, "bars": charts.bar_rows(groups), "start": _start(right_to_left)},
        )
    return charts.grouped_bar_chart(title=tables.reach.title, groups=groups, series=series, right_to_left=right_to_left)


def _start(right_to_left: bool) -> str:
    """The physical side where a line starts: offsets in the PDF's charts are measured from it."""
    return "right" if right_to_left else "left"


def gain_chart(report: ProgrammeReport, tables: report_tables.ReportTables, *, right_to_left: bool, html: bool = False):
    """Mean gain with its interval, overall and per course, cohort and city (the gain table's rows)."""
    stats = [report.gain, *(g.gain for g in report.gain_by_course), *(g.gain for g in report.gain_by_cohort)]
    stats += [g.gain for g in report.gain_by_city]
    lines = [charts.IntervalLine(row.text, one.difference) for row, one in zip(tables.gain.rows, stats, strict=True)]
    title = translation.gettext("Mean knowledge gain with its 95 %% interval (points)") % {}
    if html:
        rows, zero = charts.interval_rows(lines, hidden_text=report_tables.fewer_than())
        return render_to_string(
            "evidence/report/includes/pdf_intervals.html",
            {"title": title, "rows": rows, "zero": zero, "start": _start(right_to_left)},
        )
    return charts.interval_chart(
        title=title,
        lines=lines,
        right_to_left=right_to_left,
        hidden_text=report_tables.fewer_than(),
    )


def render_pdf_bytes(report: ProgrammeReport, language: str) -> bytes:
    from weasyprint import HTML  # imported here: it takes a second and only the renderer needs it

    with translation.override(language):
        html = render_to_string("evidence/report/pdf.html", context(report, language, for_pdf=True))
    return HTML(string=html).write_pdf()
