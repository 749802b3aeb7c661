"""“Recommended for your city” on a learner's dashboard: the top of their city's pathway, each item
with the answers that led to it and the learner's own progress through it.

Progress is read for all the items at once (lessons under them, the learner's completed lessons by
course key, their completed courses), so the panel costs the same whether the pathway has two items
or ten.
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
from courses.models import CoursePage, LessonPage
from courses.progress.models import LessonProgress
from courses.progress.selectors import LESSON_FIELDS, completed_course_keys, counts_towards_completion, percentage

TOP_ITEMS = 5


@dataclass
class RecommendedItem:
    entry: selectors.PathwayEntry
    percent: int
    started: bool


@dataclass
class Recommended:
    city: City
    has_assessment: bool
    items: list[RecommendedItem]
    # Taken off the pathway by the trainers, each with their note: the team sees why.
    removed: list[selectors.PathwayEntry] = field(default_factory=list)


def _progress(user, pages: list[Page]) -> list[tuple[int, bool]]:
    """(percent, started) for each course or module, in four queries."""
    if not pages:
        return []
    courses = {
        course.path: course
        for course in CoursePage.objects.filter(path__in={course_path(page) for page in pages}).only(
            "path", "translation_key", "completion_rule"
        )
    }
    lessons = list(
        LessonPage.objects.live()
        .filter(reduce(operator.or_, (Q(path__startswith=page.path) for page in pages)))
        .only(*LESSON_FIELDS)
    )
    course_keys = [course.translation_key for course in courses.values()]
    done: set[uuid.UUID] = set(
        LessonProgress.objects.for_user(user)
        .filter(course_key__in=course_keys)
        .completed()
        .values_list("lesson_key", flat=True)
    )
    finished_courses = completed_course_keys(user)
    results = []
    for page in pages:
        course = courses.get(course_path(page))
        if course is None:
            results.append((0, False))
            continue
        counted = [
            lesson
            for lesson in lessons
            if lesson.path.startswith(page.path) and counts_towards_completion(course, lesson)
        ]
        completed = sum(1 for lesson in counted if lesson.translation_key in done)
        if course.translation_key in finished_courses:
            results.append((100, True))
        else:
            results.append((percentage(completed, len(counted)), completed > 0))
    return results


def recommended(*, user, language: str, limit: int = TOP_ITEMS) -> Recommended | None:
    """The learner's city's top recommendations with their progress; ``None`` for a learner without a city."""
    membership = selectors.membership_of(user)
    if membership is None:
        return None
    city_pathway = selectors.city_pathway(city=membership.city, language=language)
    entries = city_pathway.entries[:limit]
    progress = _progress(user, [entry.page for entry in entries])
    return Recommended(
        city=membership.city,
        has_assessment=city_pathway.assessment is not None,
        items=[
            RecommendedItem(entry=entry, percent=percent, started=started)
            for entry, (percent, started) in zip(entries, progress, strict=True)
        ],
        removed=city_pathway.removed,
    )
