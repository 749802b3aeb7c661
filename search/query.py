"""Running a search: every query word must match; words in titles weigh more."""

from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from wagtail.models import Locale, Page

from search.analysis import query_terms
from search.models import SearchEntry

TITLE_WEIGHT = 3


@dataclass(frozen=True)
class SearchQuery:
    text: str
    terms: list[str]
    track: str = ""


def parse(text: str, *, language: str, track: str = "") -> SearchQuery:
    text = " ".join(text.split())[:200]
    return SearchQuery(text=text, terms=query_terms(text, language), track=track)


def run(query: SearchQuery, *, locale: Locale) -> QuerySet[SearchEntry]:
    """Matching entries in the reader's language: live, public pages and case studies, best first."""
    if not query.terms:
        return SearchEntry.objects.none()
    visible_pages = Page.objects.live().public().values("pk")
    entries = SearchEntry.objects.filter(locale=locale).filter(Q(case_study__isnull=False) | Q(page__in=visible_pages))
    score = Value(0)
    for term in query.terms:
        entries = entries.filter(terms__contains=f" {term}")
        score = score + Case(
            When(title_terms__contains=f" {term}", then=Value(TITLE_WEIGHT)),
            default=Value(1),
            output_field=IntegerField(),
        )
    if query.track:
        entries = entries.filter(track_slug=query.track)
    return entries.annotate(score=score).select_related("page", "case_study").order_by("-score", "kind", "title")
