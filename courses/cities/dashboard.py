"""“Recommended for your city” on a learner's dashboard: the top of their city's pathway that the learner
has not completed yet, each item with the answers that led to it, its course (for a module), the
prerequisite courses still to complete before enrolling, and the learner's own progress; then the items
they have completed, marked done.

Progress is read for all the items at once (lessons under them, the learner's completed lessons by
course key, their completed courses), and the prerequisites of all their courses in one query, so the
panel costs the same whether the pathway has two items or ten.
"""

from __future__ import annotations

import operator
import uuid
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Q
from wagtail.models import Page

from courses.cities import selectors
from courses.cities.models import City
from courses.cities.team import course_path
from courses.models import CoursePage, CoursePrerequisite, LessonPage
from courses.progress.models import LessonProgress
from courses.progress.selectors import LESSON_FIELDS, completed_course_keys, counts_towards_completion, percentage

TOP_ITEMS = 5


@dataclass
class RecommendedItem:
    entry: selectors.PathwayEntry
    percent: int
    started: bool
    # A module's course, in the same language as the module (None for a course): "module — course".
    course: Page | None = None
    # Prerequisite courses of the item's course that the learner has not completed: enrolling waits for them.
    after: list[Page] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.percent >= 100


@dataclass
class Recommended:
    city: City
    has_assessment: bool
    items: list[RecommendedItem]
    # Taken off the pathway by the trainers, each with their note: the team sees why.
    removed: list[selectors.PathwayEntry] = field(default_factory=list)
    # On the pathway and already completed by the learner: shown after the items still to do.
    done: list[RecommendedItem] = field(default_factory=list)


@dataclass
class _Progress:
    percent: int
    started: bool
    course: CoursePage | None


def _progress(user, pages: list[Page], finished_courses: set[uuid.UUID]) -> list[_Progress]:
    """Each course's or module's progress and course, in three queries whatever the number of pages."""
    if not pages:
        return []
    course_paths = {course_path(page) for page in pages}
    courses = {
        course.path: course
        for course in CoursePage.objects.filter(path__in=course_paths).only(
            "path", "title", "translation_key", "completion_rule"
        )
    }
    lessons = list(
        LessonPage.objects.live()
        .filter(reduce(operator.or_, (Q(path__startswith=path) for path in sorted(course_paths))))
        .only(*LESSON_FIELDS)
    )
    course_keys = [course.translation_key for course in courses.values()]
    done: set[uuid.UUID] = set(
        LessonProgress.objects.for_user(user)
        .filter(course_key__in=course_keys)
        .completed()
        .values_list("lesson_key", flat=True)
    )
    results = []
    for page in pages:
        course = courses.get(course_path(page))
        if course is None:
            results.append(_Progress(0, False, None))
            continue
        counted = [
            lesson
            for lesson in lessons
            if lesson.path.startswith(page.path) and counts_towards_completion(course, lesson)
        ]
        completed = sum(1 for lesson in counted if lesson.translation_key in done)
        if course.translation_key in finished_courses:
            results.append(_Progress(100, True, course))
        else:
            results.append(_Progress(percentage(completed, len(counted)), completed > 0, course))
    return results


def _unmet_prerequisites(
    courses: list[CoursePage], finished_courses: set[uuid.UUID], catalogue: selectors.Catalogue
) -> dict[int, list[Page]]:
    """For each course (by pk), its prerequisite courses the learner has not completed, in the viewer's
    language (else any), as enrolling checks them (courses.progress.services.unmet_prerequisites). One query."""
    if not courses:
        return {}
    unmet: dict[int, list[Page]] = {}
    rows = CoursePrerequisite.objects.filter(course_id__in={course.pk for course in courses}).order_by(
        "course_id", "sort_order"
    )
    for course_id, key in rows.values_list("course_id", "prerequisite__translation_key"):
        # A prerequisite that is not live is not asked for at enrolment either.
        if key not in finished_courses and key in catalogue.pages:
            prerequisites = unmet.setdefault(course_id, [])
            if catalogue.pages[key] not in prerequisites:
                prerequisites.append(catalogue.pages[key])
    return unmet


def recommended(*, user, language: str, limit: int = TOP_ITEMS) -> Recommended | None:
    """The learner's city's top recommendations still to do, with their progress, then the ones done;
    ``None`` for a learner without a city."""
    membership = selectors.membership_of(user)
    if membership is None:
        return None
    catalogue = selectors.pathway_catalogue(language)
    city_pathway = selectors.city_pathway(city=membership.city, language=language, catalogue=catalogue)
    entries = city_pathway.entries
    finished_courses = completed_course_keys(user)
    progress = _progress(user, [entry.page for entry in entries], finished_courses)
    unmet = _unmet_prerequisites([p.course for p in progress if p.course], finished_courses, catalogue)
    items = [
        RecommendedItem(
            entry=entry,
            percent=item.percent,
            started=item.started,
            course=item.course if item.course and item.course.pk != entry.page.pk else None,
            after=unmet.get(item.course.pk, []) if item.course else [],
        )
        for entry, item in zip(entries, progress, strict=True)
    ]
    return Recommended(
        city=membership.city,
        has_assessment=city_pathway.assessment is not None,
        items=[item for item in items if not item.done][:limit],
        removed=city_pathway.removed,
        done=[item for item in items if item.done],
    )
