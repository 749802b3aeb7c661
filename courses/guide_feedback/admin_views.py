"""The editors' report on the guides in the Wagtail admin, and its CSV and XLSX downloads.

Readers need the ``guide_feedback.view_report`` permission (Editors and Moderators have it, superusers
too); anyone else in the admin gets a 404. The views parse the filter and call ``report``; the rules (names
hidden below five answers) live there."""

from __future__ import annotations

from functools import wraps
from uuid import UUID

from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from courses.guide_feedback import exports, report
from courses.guide_feedback.forms import ReportFilterForm
from courses.guide_feedback.models import REPORT_PERMISSION
from courses.guide_feedback.report import Labels, ReportFilters


def can_read_report(user) -> bool:
    return user.is_authenticated and user.has_perm(REPORT_PERMISSION)


def report_readers_only(view):
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not can_read_report(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return require_GET(wrapped)


def _form(request: HttpRequest, names: Labels) -> ReportFilterForm:
    return ReportFilterForm(
        request.GET,
        guidebooks=names.guidebook_choices(),
        chapters=names.chapter_choices(),
        countries=report.countries_answered(),
    )


def _filters(form: ReportFilterForm) -> ReportFilters | None:
    if not form.is_valid():
        return None
    data = form.cleaned_data
    return ReportFilters(
        guidebook_key=UUID(data["guidebook"]) if data["guidebook"] else None,
        module_key=UUID(data["chapter"]) if data["chapter"] else None,
        country=data["country"],
        city_context=data["city_context"],
        language=data["language"],
        since=data["since"],
        until=data["until"],
    )


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@report_readers_only
def report_page(request: HttpRequest) -> TemplateResponse:
    names = report.labels()
    form = _form(request, names)
    filters = _filters(form)
    context = {
        "title": _("Feedback on the guides"),
        "form": form,
        "query": _query_without_page(request),
        "min_named": report.MIN_NAMED,
        "report": report.guide_report(filters, names=names, page=request.GET.get("page", 1)) if filters else None,
    }
    return TemplateResponse(request, "guide_feedback/admin/report.html", context)


def _required_filters(request: HttpRequest, names: Labels) -> ReportFilters:
    filters = _filters(_form(request, names))
    if filters is None:
        raise Http404
    return filters


def _download_name(extension: str) -> str:
    return f"guide-feedback-{timezone.localdate():%Y-%m-%d}.{extension}"


@report_readers_only
def report_csv(request: HttpRequest) -> HttpResponse:
    names = report.labels()
    filters = _required_filters(request, names)
    lines = exports.csv_lines(filters, names, separator=request.GET.get("separator", ""))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_download_name("csv")}"'
    return response


@report_readers_only
def report_xlsx(request: HttpRequest) -> HttpResponse:
    names = report.labels()
    filters = _required_filters(request, names)
    right_to_left = translation.get_language_bidi()
    return FileResponse(
        exports.xlsx_file(filters, names, right_to_left=right_to_left),
        as_attachment=True,
        filename=_download_name("xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
