"""A city's team through its pathway, for its trainers and programme managers: for each member and each
course or module on the pathway, done, in progress or not started.

An item is done when every lesson that counts for its course's completion is completed (or, for a
course, when the course is completed); in progress when any of its lessons was opened. Progress is
read for the whole team and all the items at once, so the cost is a fixed number of queries whatever
the size of the team, the pathway or the courses.
"""

from __future__ import annotations

import operator
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce

from django.db import models
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from courses.cities.models import City, CityMembership
from courses.cities.selectors import PathwayEntry
from courses.models import CoursePage, LessonPage
from courses.progress.models import Enrolment, LessonProgress, LessonStatus
from courses.progress.selectors import counts_towards_completion


class ItemStatus(models.TextChoices):
    DONE = "done", _("Done")
    IN_PROGRESS = "in_progress", _("In progress")
    NOT_STARTED = "not_started", _("Not started")


def _labels() -> dict[str, str]:
    return {status: str(status.label) for status in ItemStatus}


def course_path(page: Page) -> str:
    """The tree path of a pathway item's course: the item itself, or a module's parent."""
    return page.path if page.content_type.model == "coursepage" else page.path[: -Page.steplen]


@dataclass
class MemberProgress:
    membership: CityMembership
    statuses: list[str]  # one ItemStatus per pathway item, in the pathway's order

    @property
    def cells(self) -> list[tuple[str, str]]:
        """(status, label) per item: labels translated once per page, not once per cell."""
        labels = _labels()
        return [(status, labels[status]) for status in self.statuses]

    @property
    def done(self) -> int:
        return self.statuses.count(ItemStatus.DONE)

    @property
    def in_progress(self) -> int:
        return self.statuses.count(ItemStatus.IN_PROGRESS)


@dataclass
class ItemProgress:
    entry: PathwayEntry
    done: int
    in_progress: int


@dataclass
class TeamProgress:
    items: list[ItemProgress]
    members: list[MemberProgress]


@dataclass(frozen=True)
class _Item:
    course_key: uuid.UUID | None
    lesson_keys: frozenset[uuid.UUID]  # the lessons that count for completion
    all_lesson_keys: frozenset[uuid.UUID]
    is_course: bool


def _items(entries: Sequence[PathwayEntry]) -> list[_Item]:
    """Each entry's course key and lessons, in two queries."""
    pages = [entry.page for entry in entries]
    courses = {
        course.path: course
        for course in CoursePage.objects.filter(path__in={course_path(page) for page in pages}).only(
            "path", "translation_key", "completion_rule"
        )
    }
    lessons = list(
        LessonPage.objects.live()
        .filter(reduce(operator.or_, (Q(path__startswith=page.path) for page in pages)))
        .only("path", "translation_key", "is_required")
    )
    items = []
    for entry in entries:
        course = courses.get(course_path(entry.page))
        under = [lesson for lesson in lessons if lesson.path.startswith(entry.page.path)]
        counted = [lesson for lesson in under if course is not None and counts_towards_completion(course, lesson)]
        items.append(
            _Item(
                course_key=course.translation_key if course else None,
                lesson_keys=frozenset(lesson.translation_key for lesson in counted),
                all_lesson_keys=frozenset(lesson.translation_key for lesson in under),
                is_course=entry.kind == "course",
            )
        )
    return items


def team_progress(
    *, city: City, entries: Sequence[PathwayEntry], members: QuerySet[CityMembership] | None = None
) -> TeamProgress:
    """The team's progress through ``entries`` (a city's pathway). ``members`` narrows the team (to the
    learners a trainer may follow); by default, the whole team. Five queries."""
    memberships = list(
        (members if members is not None else CityMembership.objects.all()).of_city(city).select_related("user")
    )
    if not entries or not memberships:
        return TeamProgress(
            items=[ItemProgress(entry=entry, done=0, in_progress=0) for entry in entries],
            members=[
                MemberProgress(membership=m, statuses=[ItemStatus.NOT_STARTED] * len(entries)) for m in memberships
            ],
        )
    items = _items(entries)
    course_keys = {item.course_key for item in items if item.course_key}
    user_ids = [membership.user_id for membership in memberships]
    completed_lessons: dict[int, set[uuid.UUID]] = defaultdict(set)
    opened_lessons: dict[int, set[uuid.UUID]] = defaultdict(set)
    rows = LessonProgress.objects.filter(user_id__in=user_ids, course_key__in=course_keys)
    for user_id, lesson_key, status in rows.values_list("user_id", "lesson_key", "status"):
        opened_lessons[user_id].add(lesson_key)
        if status == LessonStatus.COMPLETED:
            completed_lessons[user_id].add(lesson_key)
    completed_courses = set(
        Enrolment.objects.filter(
            user_id__in=user_ids, course_key__in=course_keys, completed_at__isnull=False
        ).values_list("user_id", "course_key")
    )

    def status(user_id: int, item: _Item) -> str:
        if item.is_course and (user_id, item.course_key) in completed_courses:
            return ItemStatus.DONE
        if item.lesson_keys and item.lesson_keys <= completed_lessons[user_id]:
            return ItemStatus.DONE
        if item.all_lesson_keys & opened_lessons[user_id]:
            return ItemStatus.IN_PROGRESS
        return ItemStatus.NOT_STARTED

    members_progress = [
        MemberProgress(membership=membership, statuses=[status(membership.user_id, item) for item in items])
        for membership in memberships
    ]
    return TeamProgress(
        items=[
            ItemProgress(
                entry=entry,
                done=sum(member.statuses[index] == ItemStatus.DONE for member in members_progress),
                in_progress=sum(member.statuses[index] == ItemStatus.IN_PROGRESS for member in members_progress),
            )
            for index, entry in enumerate(entries)
        ],
        members=members_progress,
    )
