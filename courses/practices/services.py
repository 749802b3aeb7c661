"""Writes: a learner shares a practice (a draft case study put before the moderators), edits it while
it is not published; moderation's outcome (changes requested, published) is recorded on the submission.

The case study goes through the site's moderation workflow ("Moderators approval", assigned to case
studies in courses/migrations/0008): Wagtail's admin is where moderators review, request changes and
publish. ``signal_handlers`` calls ``record_changes_requested`` and ``record_published`` when they do.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale, WorkflowState
from wagtail.users.models import UserProfile

from courses.models import CaseStudy
from courses.practices import mail
from courses.practices.models import Credit, PracticeSubmission, SubmissionStatus
from lms.accounts.models import User

__all__ = [
    "PracticeData",
    "PracticeError",
    "edit_practice",
    "record_changes_requested",
    "record_published",
    "submit_practice",
]

SLUG_LENGTH = 60


class PracticeError(Exception):
    """A practice that cannot be shared or changed; the message is shown to the learner."""


@dataclass(frozen=True)
class PracticeData:
    """A practice in the shape of a case study, as the learner wrote it."""

    title: str
    summary: str
    goal: str
    approach: str
    impact: str
    challenges: str
    lessons_learned: str
    city: str
    country: str
    themes: tuple[str, ...]
    credit: str = Credit.BY_NAME


def _slug(title: str, key: uuid.UUID) -> str:
    base = slugify(title)[:SLUG_LENGTH].strip("-") or "practice"
    return f"{base}-{key.hex[:8]}"


def _apply(case: CaseStudy, data: PracticeData) -> None:
    for name in ("title", "summary", "goal", "approach", "impact", "challenges", "lessons_learned", "city"):
        setattr(case, name, getattr(data, name))
    case.country = data.country
    case.themes.set(list(data.themes))


def _check_credit(user: User, data: PracticeData) -> None:
    if data.credit == Credit.BY_NAME and not user.full_name.strip():
        raise PracticeError(
            _("To be credited by name, add your full name to your profile first, or choose to share anonymously.")
        )


def _learner_mail_only(user: User) -> None:
    """The learner hears from us, in their language (``mail``), not from Wagtail's admin notifications.

    Wagtail mails whoever started a workflow when it is approved or sent back, with a link to the admin;
    a learner cannot open the admin. Staff who share a practice keep Wagtail's mails too.
    """
    if user.has_perm("wagtailadmin.access_admin"):
        return
    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.approved_notifications = profile.rejected_notifications = False
        profile.save(update_fields=["approved_notifications", "rejected_notifications"])


def _workflow():
    workflow = CaseStudy.get_default_workflow()
    if workflow is None:
        raise PracticeError(_("Practices cannot be shared at the moment. Please try again later."))
    return workflow


def submit_practice(*, user: User, data: PracticeData, language: str, submission_key: uuid.UUID) -> PracticeSubmission:
    """A draft case study in ``language`` and its submission, put before the moderators.

    The same form sent twice (the same ``submission_key``) returns the practice the first one shared.
    """
    existing = PracticeSubmission.objects.filter(submitter=user, submission_key=submission_key).first()
    if existing is not None:
        return existing
    _check_credit(user, data)
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise PracticeError(_("Choose one of the academy's languages."))
    workflow = _workflow()
    try:
        with transaction.atomic():
            case = CaseStudy(locale=locale, slug=_slug(data.title, submission_key), live=False)
            _apply(case, data)
            case.save()
            case.save_revision(user=user, log_action=True)
            submission = PracticeSubmission.objects.create(
                submitter=user,
                case_study=case,
                translation_key=case.translation_key,
                credit=data.credit,
                submission_key=submission_key,
            )
            _learner_mail_only(user)
            workflow.start(case, user)
    except IntegrityError:
        # The same form, sent twice at once: the other request shared it.
        existing = PracticeSubmission.objects.filter(submitter=user, submission_key=submission_key).first()
        if existing is None:
            raise
        return existing
    return submission


def edit_practice(*, submission: PracticeSubmission, user: User, data: PracticeData) -> PracticeSubmission:
    """The learner's changes, as a new revision put before the moderators again; refused once published."""
    _check_credit(user, data)
    with transaction.atomic():
        submission = (
            PracticeSubmission.objects.select_for_update(of=("self",))
            .select_related("case_study")
            .get(pk=submission.pk)
        )
        case = submission.case_study
        if submission.status == SubmissionStatus.PUBLISHED or case.live:
            raise PracticeError(_("This practice is published: it can no longer be changed here."))
        _apply(case, data)
        case.save()
        case.save_revision(user=user, log_action=True)
        state = case.current_workflow_state
        if state is None:
            _workflow().start(case, user)
        elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        elif state.current_task_state is not None:
            # Under review: the review starts again on the new revision (what approval will publish).
            state.current_task_state.specific.cancel(user=user, resume=True)
        submission.credit = data.credit
        submission.status = SubmissionStatus.IN_REVIEW
        submission.save(update_fields=["credit", "status", "updated_at"])
    return submission


def record_changes_requested(*, case_study_pk: int, comment: str) -> PracticeSubmission | None:
    """A moderator sent the practice back: the learner sees why, and gets a mail in their language."""
    with transaction.atomic():
        submission = (
            PracticeSubmission.objects.select_for_update(of=("self",))
            .select_related("submitter")
            .filter(case_study_id=case_study_pk)
        ).first()
        if submission is None:
            return None
        submission.status = SubmissionStatus.CHANGES_REQUESTED
        submission.moderator_comment = comment
        submission.save(update_fields=["status", "moderator_comment", "updated_at"])
    mail.send_changes_requested(submission)
    return submission


def record_published(*, case_study_pk: int) -> PracticeSubmission | None:
    """The practice is in the library: once, whoever published it and however."""
    with transaction.atomic():
        submission = (
            PracticeSubmission.objects.select_for_update(of=("self",))
            .select_related("submitter")
            .filter(case_study_id=case_study_pk)
        ).first()
        if submission is None or submission.status == SubmissionStatus.PUBLISHED:
            return None
        submission.status = SubmissionStatus.PUBLISHED
        submission.moderator_comment = ""
        submission.published_at = timezone.now()
        submission.save(update_fields=["status", "moderator_comment", "published_at", "updated_at"])
    mail.send_published(submission)
    return submission
