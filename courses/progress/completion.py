"""The course completion rule's one extension point: what else a course needs, and what follows completion.

Progress decides that a course is complete when its lessons' rule is met (``CoursePage.completion_rule``)
*and* every registered completion requirement is met; it then records ``Enrolment.completed_at`` once and
calls every registered completion handler. Progress knows no app above it: other apps register here, in
their ``wagtail_hooks.py``, the same way they register with ``courses.progress.panels``.

Requirements (``COURSE_COMPLETION_REQUIREMENTS``): an extra condition for some courses (attend N sessions).
Register a function that takes ``users`` and ``courses`` (keyword-only) and returns, for each (user,
course) pair whose requirement is *not* met, what is missing, keyed by ``(user.pk, course.translation_key)``;
pairs that are met, or that the requirement does not concern, are simply left out::

    from wagtail import hooks
    from courses.progress.completion import COURSE_COMPLETION_REQUIREMENTS, MissingRequirement

    @hooks.register(COURSE_COMPLETION_REQUIREMENTS)
    def sessions_attended(*, users, courses):
        ...  # a fixed number of queries for any number of users and courses (none when no course asks)
        return {(user.pk, course.translation_key): MissingRequirement(
            text=_("Attend 1 session (0 attended)"), url="/ar/sessions/", link_text=_("See the sessions"))}

The dashboard asks for one learner and all their courses at once, so the cost must not grow with the
number of courses or users (the dashboard's query count is pinned in the tests). ``text`` is shown to the
learner as it is: translate it (``gettext``) in the learner's language, and put counts in it.

Handlers (``COURSE_COMPLETION_HANDLERS``): what happens when a course becomes complete (certificates issue
one). Register a function that takes ``user`` and ``course`` (keyword-only); its return value is ignored::

    @hooks.register(COURSE_COMPLETION_HANDLERS)
    def issue_certificate(*, user, course):
        ...

Handlers run in registration order (or by wagtail's ``order=``), once per completion, inside the
transaction that records it: if one raises, the completion is not recorded and the learner's next action
tries again, so a handler must be idempotent and must defer side effects (e-mails, tasks) with
``transaction.on_commit``.

When an app changes something a requirement reads (it records attendance after the learner's last lesson),
it calls ``courses.progress.services.recheck_course_completion(user=..., course=...)``, which completes the
course and runs the handlers if everything is now met.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from wagtail import hooks

if TYPE_CHECKING:
    from courses.models import CoursePage
    from lms.accounts.models import User

COURSE_COMPLETION_REQUIREMENTS = "course_completion_requirements"
COURSE_COMPLETION_HANDLERS = "course_completion_handlers"

# (user.pk, course.translation_key): completion is per learner and per course in any language.
PairKey = tuple[int, uuid.UUID]


@dataclass(frozen=True)
class MissingRequirement:
    """What a learner still has to do to complete a course, e.g. "Attend 1 session (0 attended)"."""

    text: str
    url: str = ""  # where to do it, if there is a page for it
    link_text: str = ""  # the link's words; without them the text itself is the link


class CompletionRequirement(Protocol):
    def __call__(
        self, *, users: Sequence[User], courses: Sequence[CoursePage]
    ) -> Mapping[PairKey, MissingRequirement]: ...


class CompletionHandler(Protocol):
    def __call__(self, *, user: User, course: CoursePage) -> object: ...


def requirements() -> list[CompletionRequirement]:
    return hooks.get_hooks(COURSE_COMPLETION_REQUIREMENTS)


def handlers() -> list[CompletionHandler]:
    return hooks.get_hooks(COURSE_COMPLETION_HANDLERS)


def missing_requirements(
    *, users: Sequence[User], courses: Sequence[CoursePage]
) -> dict[PairKey, list[MissingRequirement]]:
    """Every unmet requirement of these learners in these courses, in registration order; met pairs are absent."""
    missing: dict[PairKey, list[MissingRequirement]] = {}
    if not users or not courses:
        return missing
    for requirement in requirements():
        for key, item in (requirement(users=users, courses=courses) or {}).items():
            missing.setdefault(key, []).append(item)
    return missing


def missing_by_course(*, user: User, courses: Sequence[CoursePage]) -> dict[uuid.UUID, list[MissingRequirement]]:
    """One learner's unmet requirements for many courses (the dashboard), by course translation key."""
    if not user.is_authenticated:
        return {}
    found = missing_requirements(users=[user], courses=courses)
    return {course_key: items for (user_pk, course_key), items in found.items() if user_pk == user.pk}


def missing_for(*, user: User, course: CoursePage) -> list[MissingRequirement]:
    """One learner's unmet requirements for one course; empty when nothing beyond the lessons is missing."""
    return missing_by_course(user=user, courses=[course]).get(course.translation_key, [])


def run_handlers(*, user: User, course: CoursePage) -> None:
    """Called by progress's services once, when the course has just been recorded as complete."""
    for handler in handlers():
        handler(user=user, course=course)
