"""Public case-study pages: a filterable list and one page per case study, in the reader's language."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest
from django.template.response import TemplateResponse
from django_countries import countries
from taggit.models import Tag
from wagtail.models import Locale

from courses.case_study_credits import credit_case_studies
from courses.models import CaseStudy

CASE_STUDIES_PER_PAGE = 12


def case_study_list(request: HttpRequest) -> TemplateResponse:
    locale = Locale.get_active()
    country = request.GET.get("country", "")
    theme = request.GET.get("theme", "")
    in_locale = CaseStudy.objects.live().in_locale(locale)
    case_studies = in_locale.in_country(country).with_theme(theme).prefetch_related("themes").order_by("title")
    page = Paginator(case_studies, CASE_STUDIES_PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)  # the credits are set on the instances the template shows
    credit_case_studies(page.object_list)
    country_codes = set(in_locale.values_list("country", flat=True))
    filters = urlencode({key: value for key, value in (("country", country), ("theme", theme)) if value})
    return TemplateResponse(
        request,
        "courses/case_study_list.html",
        {
            "case_studies": page,
            "countries": [(code, name) for code, name in countries if code in country_codes],
            "themes": Tag.objects.filter(
                courses_casestudytag_items__content_object__locale=locale,
                courses_casestudytag_items__content_object__live=True,
            )
            .distinct()
            .order_by("name"),
            "selected_country": country,
            "selected_theme": theme,
            "filter_query": filters,
        },
    )


def case_study_detail(request: HttpRequest, slug: str) -> TemplateResponse:
    """The case study in the reader's language, or in another language with a notice."""
    active = Locale.get_active()
    versions = {case.locale_id: case for case in CaseStudy.objects.live().filter(slug=slug).prefetch_related("themes")}
    case_study = versions.get(active.pk)
    if case_study is None:
        fallback_order = [
            Locale.objects.filter(language_code=code).values_list("pk", flat=True).first()
            for code in settings.CONTENT_FALLBACK_LANGUAGES
        ]
        case_study = next((versions[pk] for pk in fallback_order if pk in versions), None)
    if case_study is None:
        raise Http404
    if case_study.locale_id != active.pk:
        request.content_language = case_study.locale.language_code
    credit_case_studies([case_study])
    return TemplateResponse(request, "courses/case_study_detail.html", {"case_study": case_study})
