"""Writes for cohorts: joining through a link or an invitation, trainers adding learners from a
list, managing the invitation link, and reminders to stalled learners.

Enrolment goes through ``courses.progress.services.enrol``, so a cohort never bypasses the
rules of the learner journey (verified e-mail, prerequisites). Mail is sent by tasks queued
once the transaction has committed, so a worker always finds the rows it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.cohorts import selectors, tasks
from courses.cohorts.models import (
    Cohort,
    CohortInvitation,
    CohortMembership,
    MembershipSource,
    Reminder,
    new_token,
)
from courses.cohorts.roster import Roster, RosterError
from courses.models import CoursePage
from courses.progress import services as progress
from courses.progress.models import Enrolment
from lms.accounts.models import User


class CohortError(Exception):
    """A cohort action that cannot be done; the message is shown to the user."""


class InvitationNotFound(CohortError):
    pass


class JoinRefused(CohortError):
    pass


# --- Joining ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Invitation:
    """What a join link points to: the cohort's shared link, or a personal invitation."""

    cohort: Cohort
    personal: CohortInvitation | None = None


def find_invitation(*, token: str) -> Invitation:
    cohort = Cohort.objects.filter(invitation_token=token).first()
    if cohort is not None:
        return Invitation(cohort=cohort)
    personal = CohortInvitation.objects.select_related("cohort").filter(token=token).first()
    if personal is not None:
        return Invitation(cohort=personal.cohort, personal=personal)
    raise InvitationNotFound(_("This invitation link is not valid any more. Ask your trainer for a new one."))


def join_refusal(*, invitation: Invitation, user=None, now: datetime | None = None) -> str | None:
    """Why this invitation cannot be used now, or None. Members can always come back."""
    now = now or timezone.now()
    cohort = invitation.cohort
    if user is not None and user.is_authenticated and cohort.memberships.filter(user=user).exists():
        return None
    if not cohort.takes_learners:
        return _("This cohort has ended and takes no new learners.")
    if invitation.personal is not None:
        if invitation.personal.accepted_at is None and invitation.personal.expires_at < now:
            return _("This invitation has expired. Ask your trainer to send a new one.")
        return None
    if cohort.invitation_expires_at and cohort.invitation_expires_at < now:
        return _("This invitation link has expired. Ask your trainer for a new one.")
    if cohort.seat_limit is not None and cohort.memberships.count() >= cohort.seat_limit:
        return _("This cohort is full. Ask your trainer whether a place can be made for you.")
    return None


@dataclass(frozen=True)
class CourseRefusal:
    course: CoursePage
    message: str
    unmet_prerequisites: list[CoursePage] = field(default_factory=list)


@dataclass(frozen=True)
class EnrolmentOutcome:
    enrolled: list[CoursePage]
    refused: list[CourseRefusal]


@dataclass(frozen=True)
class JoinResult:
    cohort: Cohort
    joined_now: bool
    outcome: EnrolmentOutcome


def enrol_in_cohort_courses(*, user: User, cohort: Cohort) -> EnrolmentOutcome:
    """Enrol in each course in the cohort's order, so a prerequisite listed first counts for the next."""
    enrolled, refused = [], []
    for course in selectors.localized_courses(cohort):
        try:
            progress.enrol(user=user, course=course)
        except progress.EnrolmentRefused as error:
            refused.append(CourseRefusal(course, str(error), error.unmet_prerequisites))
        else:
            enrolled.append(course)
    return EnrolmentOutcome(enrolled=enrolled, refused=refused)


def join_cohort(*, user: User, token: str, now: datetime | None = None) -> JoinResult:
    """Join through a link or a personal invitation, then enrol in the cohort's courses."""
    now = now or timezone.now()
    invitation = find_invitation(token=token)
    with transaction.atomic():
        # Lock the cohort so that two learners cannot take the last seat together.
        cohort = Cohort.objects.select_for_update().get(pk=invitation.cohort.pk)
        invitation = Invitation(cohort=cohort, personal=invitation.personal)
        refusal = join_refusal(invitation=invitation, user=user, now=now)
        if refusal:
            raise JoinRefused(refusal)
        source = MembershipSource.INVITATION if invitation.personal else MembershipSource.LINK
        _membership, joined_now = CohortMembership.objects.get_or_create(
            cohort=cohort, user=user, defaults={"source": source, "joined_at": now}
        )
        if invitation.personal is not None and invitation.personal.accepted_at is None:
            CohortInvitation.objects.filter(pk=invitation.personal.pk).update(accepted_at=now)
        outcome = enrol_in_cohort_courses(user=user, cohort=cohort)
    return JoinResult(cohort=cohort, joined_now=joined_now, outcome=outcome)


# --- The invitation link ----------------------------------------------------------------------


def rotate_invitation_link(*, cohort: Cohort) -> Cohort:
    """A new secret: the old link stops working at once. Personal invitations are not affected."""
    cohort.invitation_token = new_token()
    cohort.save(update_fields=["invitation_token"])
    return cohort


def update_invitation_settings(*, cohort: Cohort, expires_at: datetime | None, seat_limit: int | None) -> Cohort:
    cohort.invitation_expires_at = expires_at
    cohort.seat_limit = seat_limit
    cohort.save(update_fields=["invitation_expires_at", "seat_limit"])
    return cohort


# --- Trainers adding learners -----------------------------------------------------------------


@dataclass
class RosterResult:
    added: list[str] = field(default_factory=list)
    already_members: list[str] = field(default_factory=list)
    invited: list[str] = field(default_factory=list)
    errors: list[RosterError] = field(default_factory=list)
    not_enrolled: list[tuple[str, CourseRefusal]] = field(default_factory=list)


def add_learners(*, cohort: Cohort, roster: Roster, language: str, invited_by: User) -> RosterResult:
    """Existing accounts join and are enrolled; other addresses get a personal invitation by e-mail.

    Bad lines (already in ``roster.errors``) are reported and every good line still applies.
    """
    result = RosterResult(errors=list(roster.errors))
    wanted = {line.email.casefold(): line for line in roster.lines}
    users = {
        user.email_key: user
        for user in User.objects.annotate(email_key=Lower("email")).filter(email_key__in=list(wanted))
    }
    members = set(cohort.memberships.filter(user__in=list(users.values())).values_list("user_id", flat=True))
    now = timezone.now()
    with transaction.atomic():
        for key, line in wanted.items():
            user = users.get(key)
            if user is None:
                invitation, _created = CohortInvitation.objects.update_or_create(
                    cohort=cohort,
                    email__iexact=line.email,
                    defaults={
                        "email": line.email,
                        "language": language,
                        "invited_by": invited_by,
                        "created_at": now,
                        "accepted_at": None,
                    },
                )
                transaction.on_commit(partial(tasks.send_invitation.enqueue, invitation_id=invitation.pk))
                result.invited.append(line.email)
                continue
            if user.pk in members:
                result.already_members.append(line.email)
            else:
                CohortMembership.objects.create(cohort=cohort, user=user, source=MembershipSource.TRAINER)
                result.added.append(line.email)
            outcome = enrol_in_cohort_courses(user=user, cohort=cohort)
            result.not_enrolled += [(line.email, refusal) for refusal in outcome.refused]
    return result


# --- Reminders --------------------------------------------------------------------------------


def reminder_language(*, learner: User, cohort: Cohort) -> str:
    return learner.preferred_language or cohort.language or settings.LANGUAGE_CODE


@dataclass
class ReminderOutcome:
    sent: list[User] = field(default_factory=list)
    refused: list[tuple[User, datetime]] = field(default_factory=list)
    completed: list[User] = field(default_factory=list)


def send_reminders(
    *, cohort: Cohort, learner_ids: list[int], sent_by: User, now: datetime | None = None
) -> ReminderOutcome:
    """Queue a reminder for each learner of this cohort among `learner_ids`.

    Anyone who is not a member is ignored. A learner reminded in the last 24 hours (by any
    trainer, in any cohort) is refused, and so is one who has completed every course.
    """
    now = now or timezone.now()
    outcome = ReminderOutcome()
    with transaction.atomic():
        # Locking the learners' rows makes two trainers clicking at once send one reminder.
        learners = list(
            User.objects.select_for_update()
            .filter(pk__in=learner_ids, cohort_memberships__cohort=cohort)
            .order_by("pk")
        )
        ids = [learner.pk for learner in learners]
        last_sent = dict(
            Reminder.objects.filter(learner_id__in=ids, sent_at__gt=now - selectors.REMINDER_INTERVAL)
            .values("learner_id")
            .annotate(last=Max("sent_at"))
            .values_list("learner_id", "last")
            .order_by()
        )
        keys = list(cohort.cohort_courses.values_list("course__translation_key", flat=True))
        finished = {
            user_id
            for user_id, done in Enrolment.objects.filter(
                user_id__in=ids, course_key__in=keys, completed_at__isnull=False
            )
            .values("user_id")
            .annotate(done=Count("pk"))
            .values_list("user_id", "done")
            .order_by()
            if keys and done >= len(keys)
        }
        for learner in learners:
            if learner.pk in last_sent:
                outcome.refused.append((learner, last_sent[learner.pk] + selectors.REMINDER_INTERVAL))
            elif learner.pk in finished:
                outcome.completed.append(learner)
            else:
                reminder = Reminder.objects.create(
                    cohort=cohort,
                    learner=learner,
                    sent_by=sent_by,
                    language=reminder_language(learner=learner, cohort=cohort),
                    sent_at=now,
                )
                transaction.on_commit(partial(tasks.send_reminder.enqueue, reminder_id=reminder.pk))
                outcome.sent.append(learner)
    return outcome


# --- The weekly digest ------------------------------------------------------------------------


def queue_trainer_digests() -> list[User]:
    """One digest task per trainer of a planned or running cohort."""
    trainers = list(User.objects.filter(trained_cohorts__in=Cohort.objects.open(), is_active=True).distinct())
    for trainer in trainers:
        tasks.send_trainer_digest.enqueue(trainer_id=trainer.pk)
    return trainers
