"""Turning pages and case studies into search entries."""

from django.utils.html import strip_tags
from wagtail.blocks import ChoiceBlock, StreamValue, StructValue, URLBlock
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from courses.models import CaseStudy, CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import HomePage
from search.analysis import index_text
from search.models import EntryKind, SearchEntry

# Fields whose stored value is a key or an address, not words a reader sees: a callout's kind is stored as
# "tip" (its label is translated on the page) and a guidebook's link as its URL. Indexed, they would show
# in the results' snippets, in English, on the Arabic and French search pages.
NOT_TEXT_BLOCKS = (ChoiceBlock, URLBlock)


def _plain(value) -> list[str]:
    """Every piece of text inside a block value, in order."""
    if isinstance(value, RichText):
        return [strip_tags(value.source)]
    if isinstance(value, str):
        return [strip_tags(value)]
    if isinstance(value, StreamValue):
        return [text for child in value for text in _plain(child.value)]
    if isinstance(value, StructValue):
        children = value.block.child_blocks
        return [
            text
            for name, item in value.items()
            if not isinstance(children.get(name), NOT_TEXT_BLOCKS)
            for text in _plain(item)
        ]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _plain(item)]
    if isinstance(value, ListValue | list | tuple):
        return [text for item in value for text in _plain(item)]
    return []


def _page_content(page: Page) -> tuple[str, str, str]:
    """(kind, track slug, text) for a page."""
    if isinstance(page, CoursePage):
        parts = [page.summary, page.audience, *_plain(page.learning_outcomes)]
        return EntryKind.COURSE, page.track.slug if page.track else "", " ".join(parts)
    if isinstance(page, ModulePage | LessonPage):
        course = CoursePage.objects.ancestor_of(page).select_related("track").first()
        track = course.track.slug if course and course.track else ""
        if isinstance(page, ModulePage):
            return EntryKind.MODULE, track, " ".join([*_plain(page.objectives), page.source_chapter])
        return EntryKind.LESSON, track, " ".join(_plain(page.body))
    if isinstance(page, HomePage):
        return EntryKind.PAGE, "", " ".join([page.intro, *_plain(page.body)])
    if isinstance(page, CourseIndexPage):
        return EntryKind.PAGE, "", page.intro
    return EntryKind.PAGE, "", page.search_description


def index_page(page: Page) -> SearchEntry | None:
    page = page.specific
    if not page.live or page.depth < 2:
        SearchEntry.objects.filter(page=page).delete()
        return None
    kind, track, text = _page_content(page)
    language = page.locale.language_code
    entry, _created = SearchEntry.objects.update_or_create(
        page=page,
        defaults={
            "kind": kind,
            "locale_id": page.locale_id,
            "track_slug": track,
            "title": page.title,
            "text": " ".join(text.split()),
            "title_terms": index_text(page.title, language),
            "terms": index_text(f"{page.title} {text}", language),
        },
    )
    return entry


def remove_page(page: Page) -> None:
    SearchEntry.objects.filter(page=page).delete()


def index_case_study(case: CaseStudy) -> SearchEntry | None:
    if not case.live:  # a practice a city shared, still in moderation
        SearchEntry.objects.filter(case_study=case).delete()
        return None
    language = case.locale.language_code
    text = " ".join(
        [case.city, case.summary, case.goal, case.approach, case.impact, case.lessons_learned, *case.themes.names()]
    )
    entry, _created = SearchEntry.objects.update_or_create(
        case_study=case,
        defaults={
            "kind": EntryKind.CASE_STUDY,
            "locale_id": case.locale_id,
            "track_slug": "",
            "title": case.title,
            "text": " ".join(text.split()),
            "title_terms": index_text(case.title, language),
            "terms": index_text(f"{case.title} {text}", language),
        },
    )
    return entry


def rebuild() -> int:
    SearchEntry.objects.all().delete()
    count = 0
    for page in Page.objects.live().filter(depth__gte=2).specific():
        count += index_page(page) is not None
    for case in CaseStudy.objects.live().select_related("locale").prefetch_related("themes"):
        index_case_study(case)
        count += 1
    return count
