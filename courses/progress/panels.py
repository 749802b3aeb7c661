"""What other apps add to progress's pages, through explicit hooks: progress knows no app above it.

``LEARNER_DASHBOARD_PANELS``: an app that has something to show a learner on "My learning" (cities,
cohorts) registers a function with ``wagtail.hooks.register(LEARNER_DASHBOARD_PANELS)``. It receives
the request and returns a small rendered panel (HTML), or nothing when it has nothing to show.

``COURSE_COMPLETION_ACTIONS``: what a learner can do with a course they completed (get its
certificate), shown in the completion box of the course and lesson pages and on the dashboard's
completed cards. A function registered there receives the request, the completed courses and
``compact`` (True on the dashboard's cards, where a link is enough), and returns
``{course_pk: CompletionAction}`` for the courses it has something for. Its cost must not grow with
the number of courses: the dashboard's query count is pinned in the tests.

``AFTER_ENROLMENT``: where a learner goes right after enrolling, instead of the first lesson (evidence's
pre-check, which must come before any lesson is opened). A function registered there receives the
request and the course and returns a URL, or nothing; the first URL wins.
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

LEARNER_DASHBOARD_PANELS = "learner_dashboard_panels"
COURSE_COMPLETION_ACTIONS = "course_completion_actions"
AFTER_ENROLMENT = "after_enrolment"


def dashboard_panels(request: HttpRequest) -> list[SafeString]:
    """Each registered app's panel for this learner, in the order the apps registered."""
    panels = (hook(request) for hook in hooks.get_hooks(LEARNER_DASHBOARD_PANELS))
    return [panel for panel in panels if panel]


@dataclass(frozen=True)
class CompletionAction:
    """A next step after completing a course: a link, and in the completion box what goes with it."""

    label: str  # e.g. "Download my certificate (PDF)"
    url: str
    details: SafeString | str = ""  # rendered HTML for the completion box (a form, a preview); "" when compact


def completion_actions(
    request: HttpRequest, courses: Sequence[CoursePage], *, compact: bool = False
) -> dict[int, list[CompletionAction]]:
    """Each registered app's action for each completed course, by course pk, in the order the apps registered."""
    actions: dict[int, list[CompletionAction]] = {}
    if not courses or not request.user.is_authenticated:
        return actions
    for hook in hooks.get_hooks(COURSE_COMPLETION_ACTIONS):
        for course_pk, action in (hook(request, courses, compact=compact) or {}).items():
            actions.setdefault(course_pk, []).append(action)
    return actions


def after_enrolment_url(request: HttpRequest, course: CoursePage) -> str | None:
    """The first registered app's page for a learner who has just enrolled, or None (the first lesson)."""
    for hook in hooks.get_hooks(AFTER_ENROLMENT):
        url = hook(request, course)
        if url:
            return url
    return None
