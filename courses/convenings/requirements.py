"""Blended learning: "attend N sessions" as a course completion requirement (courses.progress.completion).

A course asks for it through a ``CourseAttendanceRule``. A session counts for a course when one of its
related pages is the course or a page inside it, in any language; it counts for a learner when their
attendance is present or late. Three queries whatever the number of learners and courses (one when no
course asks).
"""

from __future__ import annotations

from collections import defaultdict

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from courses.convenings.models import ATTENDED, Attendance, CourseAttendanceRule
from courses.progress.completion import MissingRequirement


def sessions_attended(*, users, courses):
    keys = {course.translation_key for course in courses}
    rules = dict(
        CourseAttendanceRule.objects.filter(course_key__in=keys, sessions_required__gt=0).values_list(
            "course_key", "sessions_required"
        )
    )
    if not rules:
        return {}
    # Every language's copy of the asking courses: a session may relate to the English one.
    course_paths = list(Page.objects.filter(translation_key__in=rules).values_list("path", "translation_key"))
    rows = (
        Attendance.objects.filter(user__in=users, status__in=ATTENDED, session__related_pages__isnull=False)
        .values_list("user_id", "session_id", "session__related_pages__path")
        .distinct()
    )
    attended: dict[tuple, set[int]] = defaultdict(set)
    for user_id, session_id, page_path in rows:
        for course_path, course_key in course_paths:
            if page_path.startswith(course_path):
                attended[(user_id, course_key)].add(session_id)
    url = reverse("my_learning") + "#sessions-panel-heading"
    missing = {}
    for user in users:
        for course in courses:
            required = rules.get(course.translation_key)
            if not required:
                continue
            done = len(attended.get((user.pk, course.translation_key), ()))
            if done >= required:
                continue
            text = ngettext(
                "Attend %(required)d session (%(done)d attended)",
                "Attend %(required)d sessions (%(done)d attended)",
                required,
            ) % {"required": required, "done": done}
            missing[(user.pk, course.translation_key)] = MissingRequirement(
                text=text, url=url, link_text=_("See your sessions")
            )
    return missing
