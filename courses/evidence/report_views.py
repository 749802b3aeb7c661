"""The programme report's views: parse the filter, check the scope, call ``programme_report``, respond.

Programme managers read every report, trainers their cohorts' (``report_access``); anyone else, and any
place outside the reader's choices, gets a 404. Staff need two-factor authentication, as on every
trainer page.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from courses.cohorts.exports import SEPARATORS
from courses.evidence import report_access, report_exports, report_pdf, report_tables
from courses.evidence.report import ProgrammeReport, programme_report
from courses.evidence.report_forms import ReportFilterForm
from lms.accounts.mfa_required import mfa_required


def report_area(view):
    """Logged in, and a trainer, a programme manager or a superuser (with two-factor authentication)."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not report_access.can_open_reports(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return require_GET(mfa_required(wrapped))


def _form_and_report(request: HttpRequest) -> tuple[ReportFilterForm, ProgrammeReport | None]:
    """The filter and, once it names a scope the reader may read, its report; 404 for a refused place."""
    form = ReportFilterForm(request.GET, user=request.user)  # always bound: no filter is a valid report
    if form.refused_place:
        raise Http404
    if not form.is_valid():
        return form, None
    scope = form.scope()
    if report_access.needs_a_cohort(request.user) and not scope.cohort_id:
        return form, None  # a trainer has not chosen one of their cohorts yet
    if not report_access.may_read(request.user, scope):
        raise Http404
    return form, programme_report(scope)


def _download_name(extension: str) -> str:
    return f"programme-report-{timezone.localdate():%Y-%m-%d}.{extension}"


@report_area
def report_page(request: HttpRequest) -> TemplateResponse:
    form, report = _form_and_report(request)
    language = translation.get_language()
    context = {"form": form, "query": request.GET.urlencode(), "languages": report_pdf.LANGUAGES}
    if report is not None:
        context.update(report_pdf.context(report, language))
    context["needs_a_cohort"] = report_access.needs_a_cohort(request.user)
    return TemplateResponse(request, "evidence/report/page.html", context)


def _required_report(request: HttpRequest) -> ProgrammeReport:
    _form, report = _form_and_report(request)
    if report is None:
        raise Http404
    return report


def _heading(report: ProgrammeReport, language: str) -> tuple[list[str], report_tables.ReportTables]:
    """The export's first lines (title, place, period) and its tables, in ``language``."""
    with translation.override(language):
        period, place = report_tables.describe_scope(report, language=language)
        title = translation.gettext("Programme report")
    return [title, place, period], report_tables.build(report, language=language)


@report_area
def report_csv(request: HttpRequest) -> HttpResponse:
    report = _required_report(request)
    language = translation.get_language()
    heading, tables = _heading(report, language)
    separator = request.GET.get("separator", "")
    body = report_exports.csv_text(
        tables, heading=heading, language=language, separator=separator if separator in SEPARATORS else ""
    )
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_download_name("csv")}"'
    return response


@report_area
def report_xlsx(request: HttpRequest) -> FileResponse:
    report = _required_report(request)
    heading, tables = _heading(report, translation.get_language())
    output = report_exports.xlsx_file(tables, heading=heading, right_to_left=translation.get_language_bidi())
    return FileResponse(
        output,
        as_attachment=True,
        filename=_download_name("xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@report_area
def report_pdf_download(request: HttpRequest, language: str) -> HttpResponse:
    if language not in report_pdf.LANGUAGES:
        raise Http404
    report = _required_report(request)
    response = HttpResponse(report_pdf.render_pdf_bytes(report, language), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_download_name(language + ".pdf")}"'
    return response
