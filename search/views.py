"""The search page: language-aware matching over courses, lessons and case studies in the reader's language."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.models import Locale

from courses.models import CoursePage, Track
from search import query as search_query
from search.excerpts import highlight

RESULTS_PER_PAGE = 10


def search(request):
    language = translation.get_language()
    locale = Locale.get_active()
    query = search_query.parse(request.GET.get("query", ""), language=language, track=request.GET.get("track", ""))
    page = Paginator(search_query.run(query, locale=locale), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    results = [(entry, highlight(entry.text, query.terms, language)) for entry in page]
    suggestions = []
    if query.text and not results:
        suggestions = CoursePage.objects.live().public().filter(locale=locale).order_by("path")[:4]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query.text,
            "search_track": query.track,
            "search_results": results,
            "results_page": page,
            "tracks": Track.objects.filter(locale=locale),
            "suggestions": suggestions,
            "filter_query": urlencode(
                {key: value for key, value in (("query", query.text), ("track", query.track)) if value}
            ),
        },
    )
