"""Reads: a learner's own practices (scoped: another learner's is a 404), and the credit lines of the
case studies that came from a practice (one query for a page of the library)."""

from __future__ import annotations

from collections.abc import Sequence

from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from courses.models import CaseStudy
from courses.practices.models import Credit, PracticeSubmission, SubmissionStatus
from lms.accounts.models import User


def my_practices(user: User) -> list[PracticeSubmission]:
    """The learner's practices, newest first, with their case studies: one query."""
    return list(PracticeSubmission.objects.of_user(user).select_related("case_study__locale"))


def own_practice(user: User, pk: int) -> PracticeSubmission:
    """The learner's own practice, or 404 (also for another learner's: nothing tells it exists)."""
    return get_object_or_404(PracticeSubmission.objects.of_user(user).select_related("case_study__locale"), pk=pk)


def credit_lines(case_studies: Sequence[CaseStudy]) -> dict:
    """``{translation_key: line}`` for the published case studies that a city shared."""
    keys = {case.translation_key for case in case_studies}
    submissions = PracticeSubmission.objects.filter(
        translation_key__in=keys, status=SubmissionStatus.PUBLISHED
    ).select_related("submitter")
    lines = {}
    for submission in submissions:
        user = submission.submitter
        name = user.full_name.strip() if user is not None and submission.credit == Credit.BY_NAME else ""
        lines[submission.translation_key] = SafeString(
            render_to_string("practices/includes/credit.html", {"name": name})
        )
    return lines


def all_practices(limit: int = 200) -> list[PracticeSubmission]:
    """The latest practices, for the moderators' list: one query."""
    return list(
        PracticeSubmission.objects.select_related("case_study__locale", "submitter").order_by("status", "-updated_at")[
            :limit
        ]
    )
