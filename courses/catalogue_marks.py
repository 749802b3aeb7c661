"""Marks other apps put on the catalogue's course cards, through one explicit hook.

The catalogue knows no app above it (cities, cohorts): an app that recommends courses to a learner
registers a function with ``wagtail.hooks.register(CATALOGUE_COURSE_MARKS)``. It receives the request
and the catalogue's courses, and returns ``{course_pk: CatalogueMark}`` for the courses it marks (an
empty dict for an anonymous visitor or a learner it knows nothing about). Its cost must not grow with
the number of courses: the catalogue's query count is pinned in the tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.http import HttpRequest
from django.utils.safestring import SafeString
from wagtail import hooks

if TYPE_CHECKING:
    from courses.models import CoursePage
    from courses.selectors import CourseCard

CATALOGUE_COURSE_MARKS = "catalogue_course_marks"


@dataclass(frozen=True)
class CatalogueMark:
    """A badge on a course card, with what it means when the learner opens it."""

    label: str  # the badge on one course, e.g. "Recommended for your city"
    rank: int  # the course's place among the courses of its strip (1 first)
    details: SafeString | str = ""  # why: a small rendered fragment, shown when the badge is opened
    # The heading of the strip the course is listed in above the catalogue (marks with one heading share a
    # strip); the label when empty. Apart from the label because a language may say it differently of one
    # course and of a list of courses.
    heading: str = ""


@dataclass(frozen=True)
class MarkedCard:
    card: CourseCard
    marks: tuple[CatalogueMark, ...]


@dataclass(frozen=True)
class Strip:
    """The marked courses of one heading, in their rank order, shown above the catalogue."""

    heading: str
    cards: tuple[MarkedCard, ...]


def course_marks(request: HttpRequest, courses: Sequence[CoursePage]) -> dict[int, list[CatalogueMark]]:
    """Each registered app's marks, by course pk, in the order the apps registered."""
    marks: dict[int, list[CatalogueMark]] = {}
    if not courses:
        return marks
    for hook in hooks.get_hooks(CATALOGUE_COURSE_MARKS):
        for course_pk, mark in (hook(request, courses) or {}).items():
            marks.setdefault(course_pk, []).append(mark)
    return marks


def mark_cards(request: HttpRequest, cards: Sequence[CourseCard]) -> tuple[list[MarkedCard], list[Strip]]:
    """The cards with their marks, and one strip per heading of the marked cards, best ranked first."""
    marks = course_marks(request, [card.page for card in cards])
    marked = [MarkedCard(card=card, marks=tuple(marks.get(card.page.pk, ()))) for card in cards]
    by_heading: dict[str, list[tuple[int, MarkedCard]]] = {}
    for item in marked:
        for mark in item.marks:
            by_heading.setdefault(str(mark.heading or mark.label), []).append((mark.rank, item))
    strips = [
        Strip(heading=heading, cards=tuple(item for _rank, item in sorted(items, key=lambda pair: pair[0])))
        for heading, items in by_heading.items()
    ]
    return marked, strips
