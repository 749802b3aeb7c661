"""What evidence adds to a completed course's box (progress's ``course_completion_actions`` hook): the
learner's before and after once the final check is taken, the final check itself for learners who completed
before it was required (it is no longer offered once skipped), and the end-of-course survey. A constant
number of queries however many courses are shown, and none on the dashboard's compact cards (its count is
pinned). Before completion, the final check is a completion requirement (``requirements``).
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Value
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.evidence.forms import SurveyForm
from courses.evidence.models import CheckAttempt, CheckSkip, KnowledgeCheck, Phase, SurveyResponse
from courses.models import CoursePage
from courses.progress.panels import CompletionAction


def final_check_actions(request: HttpRequest, courses: Sequence[CoursePage], *, compact: bool) -> dict:
    """The final check (or, once taken, the before and after) in the course and lesson pages' completion box.

    Not on the dashboard's compact cards: the box is where the learner finishes the course, and the
    dashboard's query count stays as it was.
    """
    if compact:
        return {}
    keys = {course.translation_key for course in courses}
    with_check = set(
        KnowledgeCheck.objects.filter(course__translation_key__in=keys).values_list(
            "course__translation_key", flat=True
        )
    )
    if not with_check:
        return {}
    mine = {"user": request.user, "course_key__in": with_check, "phase": Phase.POST}
    taken, skipped = set(), set()
    for course_key, kind in (
        CheckAttempt.objects.filter(**mine)
        .order_by()
        .values_list("course_key", Value("taken"))
        .union(CheckSkip.objects.filter(**mine).order_by().values_list("course_key", Value("skipped")))
        .order_by()
    ):
        (taken if kind == "taken" else skipped).add(course_key)
    actions = {}
    for course in courses:
        if course.translation_key not in with_check or course.translation_key in skipped - taken:
            continue
        if course.translation_key in taken:
            actions[course.pk] = CompletionAction(
                label=_("See your before and after"), url=reverse("evidence_results", args=[course.pk])
            )
            continue
        url = reverse("evidence_check", args=[course.pk, Phase.POST])
        details = (
            "" if compact else render_to_string("evidence/includes/final_check.html", {"url": url}, request=request)
        )
        actions[course.pk] = CompletionAction(label=_("Take the final check"), url=url, details=details)
    return actions


def survey_actions(request: HttpRequest, courses: Sequence[CoursePage], *, compact: bool) -> dict:
    """The survey form in the course page's completion box; not on the dashboard's compact cards."""
    if compact:
        return {}
    keys = {course.translation_key for course in courses}
    answered = set(
        SurveyResponse.objects.filter(user=request.user, course_key__in=keys).values_list("course_key", flat=True)
    )
    return {
        course.pk: CompletionAction(
            label=_("Tell us what you thought of the course"),
            url=reverse("evidence_survey", args=[course.pk]),
            details=render_to_string(
                "evidence/includes/survey_box.html", {"course": course, "form": SurveyForm()}, request=request
            ),
        )
        for course in courses
        if course.translation_key not in answered
    }
