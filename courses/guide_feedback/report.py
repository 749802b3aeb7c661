"""The editors' report on the guides: per guidebook and chapter, the number of answers, their average and
their distribution from 1 to 5, and the comments with the country, kind of city, city context and language
they came from.

A chapter is a module's source chapter, found by the module's translation key (the chapter's title is
translated with the module). A learner's name is shown only for a chapter that ``MIN_NAMED`` or more
learners answered in the filtered set: the comments and exports of a smaller chapter carry no name (the
answers of a whole filtered set under five are all in such chapters). The
number of queries does not depend on the number of answers (pinned in the tests): the labels (guidebooks
and modules, also the filter's choices), the countries answered from, one aggregate, and a page of comments.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from uuid import UUID

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet
from django.utils import timezone, translation
from django_countries import countries

from courses.cities.models import CityKind
from courses.guide_feedback.models import GuideFeedback
from courses.models import Guidebook, ModulePage
from lms.accounts.models import CityContext

__all__ = [
    "MIN_NAMED",
    "AnswerRow",
    "ChapterSummary",
    "GuideReport",
    "GuidebookSummary",
    "Labels",
    "ReportFilters",
    "answer_rows",
    "guide_report",
    "labels",
]

MIN_NAMED = 5
COMMENTS_PER_PAGE = 50
RATINGS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class ReportFilters:
    guidebook_key: UUID | None = None
    module_key: UUID | None = None
    country: str = ""
    city_context: str = ""
    language: str = ""
    since: date | None = None
    until: date | None = None  # included


@dataclass(frozen=True)
class ModuleLabel:
    key: UUID
    guidebook_key: UUID | None
    title: str
    chapter: str


@dataclass(frozen=True)
class Labels:
    """Guidebook titles and module chapters in the reader's language (else the first version), by key."""

    guidebooks: dict[UUID, str]
    modules: dict[UUID, ModuleLabel]

    def guidebook(self, key: UUID) -> str:
        return self.guidebooks.get(key, str(key))

    def chapter(self, key: UUID, fallback: str = "") -> str:
        module = self.modules.get(key)
        if module is None:
            return fallback or str(key)
        return module.chapter or fallback or module.title

    def module_title(self, key: UUID) -> str:
        module = self.modules.get(key)
        return module.title if module else ""

    def guidebook_choices(self) -> list[tuple[str, str]]:
        return sorted(((str(key), title) for key, title in self.guidebooks.items()), key=lambda pair: pair[1])

    def chapter_choices(self) -> list[tuple[str, str]]:
        choices = [
            (str(key), f"{self.guidebook(module.guidebook_key)} › {module.chapter or module.title} ({module.title})")
            for key, module in self.modules.items()
            if module.guidebook_key is not None
        ]
        return sorted(choices, key=lambda pair: pair[1])


def _pick(rows: list[dict], language: str) -> dict:
    return next((row for row in rows if row["locale__language_code"] == language), rows[0])


def labels(language: str | None = None) -> Labels:
    """Two queries, whatever the number of guides and modules."""
    language = language or translation.get_language()
    by_key: dict[UUID, list[dict]] = defaultdict(list)
    for row in Guidebook.objects.order_by("pk").values("translation_key", "title", "locale__language_code"):
        by_key[row["translation_key"]].append(row)
    guidebooks = {key: _pick(rows, language)["title"] for key, rows in by_key.items()}
    modules_by_key: dict[UUID, list[dict]] = defaultdict(list)
    module_rows = (
        ModulePage.objects.filter(source_guidebook__isnull=False)
        .order_by("path")
        .values(
            "translation_key", "title", "source_chapter", "locale__language_code", "source_guidebook__translation_key"
        )
    )
    for row in module_rows:
        modules_by_key[row["translation_key"]].append(row)
    modules = {}
    for key, rows in modules_by_key.items():
        row = _pick(rows, language)
        modules[key] = ModuleLabel(
            key=key,
            guidebook_key=row["source_guidebook__translation_key"],
            title=row["title"],
            chapter=row["source_chapter"],
        )
    return Labels(guidebooks=guidebooks, modules=modules)


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def filtered(filters: ReportFilters) -> QuerySet[GuideFeedback]:
    answers = GuideFeedback.objects.all()
    if filters.guidebook_key:
        answers = answers.filter(guidebook_key=filters.guidebook_key)
    if filters.module_key:
        answers = answers.filter(module_key=filters.module_key)
    if filters.country:
        answers = answers.filter(country=filters.country)
    if filters.city_context:
        answers = answers.filter(city_context=filters.city_context)
    if filters.language:
        answers = answers.filter(language=filters.language)
    if filters.since:
        answers = answers.filter(answered_at__gte=_moment(filters.since))
    if filters.until:
        answers = answers.filter(answered_at__lt=_moment(filters.until + timedelta(days=1)))
    return answers


def countries_answered() -> list[tuple[str, str]]:
    """The countries answers came from, by name in the reader's language (one query)."""
    codes = GuideFeedback.objects.exclude(country="").order_by().values_list("country", flat=True).distinct()
    return sorted(((code, countries.name(code) or code) for code in codes), key=lambda pair: pair[1])


@dataclass
class Tally:
    distribution: dict[int, int] = field(default_factory=lambda: dict.fromkeys(RATINGS, 0))

    def add(self, rating: int, count: int) -> None:
        self.distribution[rating] = self.distribution.get(rating, 0) + count

    @property
    def count(self) -> int:
        return sum(self.distribution.values())

    @property
    def average(self) -> float | None:
        count = self.count
        return sum(rating * n for rating, n in self.distribution.items()) / count if count else None

    def bars(self) -> list[tuple[int, int, int]]:
        """(rating, answers, percent of the answers) from 1 to 5."""
        count = self.count or 1
        return [
            (rating, self.distribution.get(rating, 0), round(100 * self.distribution.get(rating, 0) / count))
            for rating in RATINGS
        ]


@dataclass
class ChapterSummary:
    guidebook_key: UUID
    module_key: UUID
    chapter: str
    module_title: str
    tally: Tally

    @property
    def names_shown(self) -> bool:
        return self.tally.count >= MIN_NAMED


@dataclass
class GuidebookSummary:
    key: UUID
    title: str
    tally: Tally
    chapters: list[ChapterSummary]


@dataclass(frozen=True)
class AnswerRow:
    """One answer as the report and the exports show it: ``learner`` is empty when names are hidden."""

    guidebook: str
    chapter: str
    module: str
    rating: int
    comment: str
    missing: str
    country: str
    country_name: str
    city_kind: str
    city_context: str
    language: str
    answered_at: datetime
    learner: str


@dataclass
class GuideReport:
    filters: ReportFilters
    tally: Tally
    guidebooks: list[GuidebookSummary]
    comments: Page

    @property
    def names_hidden_somewhere(self) -> bool:
        return any(not chapter.names_shown for guide in self.guidebooks for chapter in guide.chapters)


def _summaries(answers: QuerySet[GuideFeedback], names: Labels) -> tuple[Tally, list[GuidebookSummary], set]:
    """One aggregate query: the answers by guidebook, chapter and rating."""
    overall = Tally()
    guides: dict[UUID, GuidebookSummary] = {}
    chapters: dict[tuple[UUID, UUID], ChapterSummary] = {}
    grouped = answers.order_by().values_list("guidebook_key", "module_key", "rating").annotate(n=Count("pk"))
    for guidebook_key, module_key, rating, count in grouped:
        overall.add(rating, count)
        guide = guides.get(guidebook_key)
        if guide is None:
            guide = guides[guidebook_key] = GuidebookSummary(
                key=guidebook_key, title=names.guidebook(guidebook_key), tally=Tally(), chapters=[]
            )
        guide.tally.add(rating, count)
        chapter = chapters.get((guidebook_key, module_key))
        if chapter is None:
            chapter = chapters[(guidebook_key, module_key)] = ChapterSummary(
                guidebook_key=guidebook_key,
                module_key=module_key,
                chapter=names.chapter(module_key),
                module_title=names.module_title(module_key),
                tally=Tally(),
            )
            guide.chapters.append(chapter)
        chapter.tally.add(rating, count)
    for guide in guides.values():
        guide.chapters.sort(key=lambda chapter: chapter.chapter)
    named = {key for key, chapter in chapters.items() if chapter.names_shown}
    return overall, sorted(guides.values(), key=lambda guide: guide.title), named


@dataclass
class _Names:
    """The labels of one report's rows, turned into text once (not once per row), in the reader's language."""

    kinds: dict[str, str] = field(default_factory=lambda: {key: str(label) for key, label in CityKind.choices})
    contexts: dict[str, str] = field(default_factory=lambda: {key: str(label) for key, label in CityContext.choices})
    languages: dict[str, str] = field(default_factory=lambda: dict(settings.LANGUAGES))
    countries: dict[str, str] = field(default_factory=dict)

    def country(self, code: str) -> str:
        if code not in self.countries:
            self.countries[code] = str(countries.name(code) or code) if code else ""
        return self.countries[code]


def _labels_of_choices() -> _Names:
    return _Names()


def _row(values: tuple, names: Labels, named: set, choices: _Names) -> AnswerRow:
    (
        guidebook_key,
        module_key,
        chapter,
        rating,
        comment,
        missing,
        country,
        kind,
        context,
        language,
        at,
        full_name,
        email,
    ) = values
    return AnswerRow(
        guidebook=names.guidebook(guidebook_key),
        chapter=names.chapter(module_key, chapter),
        module=names.module_title(module_key),
        rating=rating,
        comment=comment,
        missing=missing,
        country=str(country),
        country_name=choices.country(str(country)),
        city_kind=choices.kinds.get(kind, ""),
        city_context=choices.contexts.get(context, ""),
        language=choices.languages.get(language, language),
        answered_at=at,
        learner=(full_name or email) if (guidebook_key, module_key) in named else "",
    )


ROW_FIELDS = (
    "guidebook_key",
    "module_key",
    "chapter",
    "rating",
    "comment",
    "missing",
    "country",
    "city_kind",
    "city_context",
    "language",
    "answered_at",
    "user__full_name",
    "user__email",
)


def guide_report(filters: ReportFilters, *, names: Labels, page: int | str = 1) -> GuideReport:
    """The summaries of the filtered answers and one page of their comments, newest first."""
    answers = filtered(filters)
    overall, guides, named = _summaries(answers, names)
    choices = _labels_of_choices()
    commented = answers.with_comment().order_by("-answered_at", "-pk").values_list(*ROW_FIELDS)
    comments = Paginator(commented, COMMENTS_PER_PAGE).get_page(page)
    comments.object_list = [_row(values, names, named, choices) for values in comments.object_list]
    return GuideReport(filters=filters, tally=overall, guidebooks=guides, comments=comments)


def answer_rows(filters: ReportFilters, *, names: Labels, chunk_size: int = 2000) -> Iterator[AnswerRow]:
    """Every filtered answer, by guidebook and chapter, for the exports: two queries, rows read in chunks."""
    answers = filtered(filters)
    _overall, _guides, named = _summaries(answers, names)
    choices = _labels_of_choices()
    rows = answers.order_by("guidebook_key", "module_key", "-answered_at", "-pk").values_list(*ROW_FIELDS)
    for values in rows.iterator(chunk_size=chunk_size):
        yield _row(values, names, named, choices)


def summaries(filters: ReportFilters, *, names: Labels) -> tuple[Tally, list[GuidebookSummary]]:
    overall, guides, _named = _summaries(filtered(filters), names)
    return overall, guides
