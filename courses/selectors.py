"""Reads that join several pages: catalogue cards, course outlines, lesson navigation.

Every function here costs a fixed number of queries, however many modules and lessons a
course has; the tests pin those numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.models import Page

from courses import course_tree
from courses.durations import hours_to_minutes

if TYPE_CHECKING:
    from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Track


LANGUAGE_NAMES = dict(settings.LANGUAGES)


@dataclass(frozen=True)
class CourseCard:
    page: CoursePage
    languages: list[tuple[str, str]]
    module_count: int
    # The same study time as the course page (its live lessons' minutes), or the editor's estimate
    # for a course without lessons yet.
    minutes: int


@dataclass(frozen=True)
class Catalogue:
    cards: list[CourseCard]
    tracks: list[Track]
    selected_track: Track | None


@dataclass
class ModuleOutline:
    page: ModulePage
    lessons: list[LessonPage] = field(default_factory=list)

    @property
    def minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)


@dataclass(frozen=True)
class CourseOutline:
    modules: list[ModuleOutline]

    @property
    def lesson_count(self) -> int:
        return sum(len(module.lessons) for module in self.modules)

    @property
    def total_minutes(self) -> int:
        return sum(module.minutes for module in self.modules)

    @property
    def first_lesson(self) -> LessonPage | None:
        for module in self.modules:
            if module.lessons:
                return module.lessons[0]
        return None


@dataclass(frozen=True)
class LessonNavigation:
    crumbs: list[Page]
    course: Page
    module: Page
    previous: LessonPage | None
    next: LessonPage | None
    position: int
    total: int


@dataclass(frozen=True)
class ModuleNavigation:
    crumbs: list[Page]
    lessons: list[LessonPage]


def breadcrumbs(page: Page) -> list[Page]:
    """The ancestors below the home page (catalogue, course, module). From the course tree when cached."""
    tree = course_tree.tree_at(page)
    if tree is None:
        return list(Page.objects.ancestor_of(page).filter(depth__gt=2).order_by("depth"))
    crumbs = [crumb for crumb in tree.crumbs if crumb.depth < page.depth and crumb.depth > 2]
    if page.depth > tree.course.depth + 1:
        crumbs.append(tree.module_at(page.path[: -page.steplen]))
    return crumbs


def available_languages(pages: list[Page]) -> dict[str, list[tuple[str, str]]]:
    """For each page's translation_key, the (code, name) of the languages it is live in. One query."""
    keys = {page.translation_key for page in pages}
    found: dict[str, set[str]] = defaultdict(set)
    rows = Page.objects.live().filter(translation_key__in=keys).values_list("translation_key", "locale__language_code")
    for key, code in rows:
        found[str(key)].add(code)
    return {
        str(key): [(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_NAMES if code in found[str(key)]] for key in keys
    }


def catalogue(*, index_page: CourseIndexPage, track_slug: str = "") -> Catalogue:
    from courses.models import CoursePage, LessonPage, ModulePage, Track

    tracks = list(Track.objects.filter(locale_id=index_page.locale_id))
    selected = next((track for track in tracks if track.slug == track_slug), None)
    courses = (
        CoursePage.objects.live()
        .public()
        .child_of(index_page)
        .select_related("track")
        .prefetch_related(
            Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions("fill-480x270"))
        )
        .order_by("path")
    )
    if selected is not None:
        courses = courses.filter(track=selected)
    courses = list(courses)
    module_counts: dict[str, int] = defaultdict(int)
    for path in ModulePage.objects.live().filter(path__startswith=index_page.path).values_list("path", flat=True):
        module_counts[path[: -CoursePage.steplen]] += 1
    lesson_minutes: dict[str, int] = defaultdict(int)
    lessons = LessonPage.objects.live().filter(path__startswith=index_page.path)
    for path, minutes in lessons.values_list("path", "estimated_minutes"):
        lesson_minutes[path[: -2 * LessonPage.steplen]] += minutes
    languages = available_languages(courses)
    cards = [
        CourseCard(
            page=course,
            languages=languages.get(str(course.translation_key), []),
            module_count=module_counts[course.path],
            minutes=lesson_minutes[course.path] or hours_to_minutes(course.estimated_hours),
        )
        for course in courses
    ]
    return Catalogue(cards=cards, tracks=tracks, selected_track=selected)


def course_outline(course: CoursePage) -> CourseOutline:
    """Modules and their live lessons, in tree order. From the course tree (no query when cached)."""
    from courses.models import LessonPage

    tree = course_tree.tree_of(course)
    modules = [ModuleOutline(page=module) for module in tree.modules]
    by_path = {outline.page.path: outline for outline in modules}
    for lesson in tree.lessons:
        outline = by_path.get(lesson.path[: -LessonPage.steplen])
        if outline is not None:
            outline.lessons.append(lesson)
    return CourseOutline(modules=modules)


def prerequisite_courses(course: CoursePage) -> list[CoursePage]:
    """The prerequisite courses, shown in the reader's language when translated. From the course tree."""
    return list(course_tree.tree_of(course).prerequisites)


def lesson_navigation(lesson: LessonPage) -> LessonNavigation:
    """Breadcrumbs and previous/next lesson across the whole course. From the course tree."""
    tree = course_tree.tree_at(lesson)
    crumbs = breadcrumbs(lesson)
    course, module = crumbs[-2], crumbs[-1]
    lessons = tree.lessons if tree is not None else []
    ids = [item.pk for item in lessons]
    position = ids.index(lesson.pk) if lesson.pk in ids else 0
    return LessonNavigation(
        crumbs=crumbs,
        course=course,
        module=module,
        previous=lessons[position - 1] if position > 0 else None,
        next=lessons[position + 1] if position + 1 < len(lessons) else None,
        position=position + 1,
        total=len(lessons),
    )


def module_navigation(module: ModulePage) -> ModuleNavigation:
    """Breadcrumbs and the module's lessons. From the course tree."""
    tree = course_tree.tree_at(module)
    lessons = tree.lessons_under(module.path) if tree is not None else []
    return ModuleNavigation(crumbs=breadcrumbs(module), lessons=lessons)
