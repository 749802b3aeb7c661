"""Writes for cohorts: joining through a link or an invitation, trainers adding learners from a
list, managing the invitation link, and reminders to stalled learners.

Enrolment goes through ``courses.progress.services.enrol``, so a cohort never bypasses the
rules of the learner journey (verified e-mail, prerequisites). Mail is sent by tasks queued
once the transaction has committed, so a worker always finds the rows it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from courses.cohorts import selectors, tasks
from courses.cohorts.models import (
    REMINDER_MESSAGE_MAX_LENGTH,
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
from courses.progress.models import Enrolment, EnrolmentStatus
from lms import site_url
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
    cohort = Cohort.objects.select_related("city").filter(invitation_token=token).first()
    if cohort is not None:
        return Invitation(cohort=cohort)
    personal = CohortInvitation.objects.select_related("cohort__city").filter(token=token).first()
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
        personal = invitation.personal
        if personal.accepted_at is None and personal.expires_at < now:
            return _("This invitation has expired. Ask your trainer to send a new one.")
        accepted_by_another = user is not None and user.is_authenticated and personal.accepted_by_id != user.pk
        if personal.accepted_by_id is not None and accepted_by_another:
            # A personal invitation lets one person in; a forwarded mail is not a second seat.
            return _("This invitation has already been accepted. Ask your trainer for your own.")
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
    """Each of the cohort's courses lands in one list: joining must not claim to enrol in a course
    the learner was already following or had completed."""

    enrolled: list[CoursePage]
    refused: list[CourseRefusal]
    already_enrolled: list[CoursePage] = field(default_factory=list)
    already_completed: list[CoursePage] = field(default_factory=list)


@dataclass(frozen=True)
class JoinResult:
    cohort: Cohort
    joined_now: bool
    outcome: EnrolmentOutcome


def enrol_in_cohort_courses(*, user: User, cohort: Cohort) -> EnrolmentOutcome:
    """Enrol in each course in the cohort's order, so a prerequisite listed first counts for the next.

    A course the learner follows already (or has completed) is left as it is; one they had left is
    enrolled in again, and counts as newly enrolled.
    """
    courses = selectors.localized_courses(cohort)
    current = {
        enrolment.course_key: enrolment
        for enrolment in Enrolment.objects.filter(
            user=user, course_key__in=[course.translation_key for course in courses], status=EnrolmentStatus.ACTIVE
        )
    }
    enrolled, refused, already_enrolled, already_completed = [], [], [], []
    for course in courses:
        enrolment = current.get(course.translation_key)
        if enrolment is not None:
            (already_completed if enrolment.completed_at else already_enrolled).append(course)
            continue
        try:
            progress.enrol(user=user, course=course)
        except progress.EnrolmentRefused as error:
            refused.append(CourseRefusal(course, str(error), error.unmet_prerequisites))
        else:
            enrolled.append(course)
    return EnrolmentOutcome(
        enrolled=enrolled,
        refused=refused,
        already_enrolled=already_enrolled,
        already_completed=already_completed,
    )


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
            CohortInvitation.objects.filter(pk=invitation.personal.pk).update(accepted_at=now, accepted_by=user)
        outcome = enrol_in_cohort_courses(user=user, cohort=cohort)
    return JoinResult(cohort=cohort, joined_now=joined_now, outcome=outcome)


def leave_cohort(*, user: User, cohort: Cohort) -> bool:
    """Leave a cohort: its trainers no longer see the learner. Enrolments and progress stay the learner's own."""
    deleted, _rows = CohortMembership.objects.filter(cohort=cohort, user=user).delete()
    return bool(deleted)


def forget_invitations(*, user: User) -> None:
    """Before an account is deleted: no invitation keeps the person's address.

    Invitations they accepted keep their date (the cohort's history) but lose the address; ones
    still waiting at one of their addresses go, as the person has asked to be forgotten.
    """
    # Lower-cased as the database's LOWER() does, to match the rows' Lower("email").
    addresses = {user.email.lower()} | {
        address.lower() for address in EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    }
    addresses.discard("")
    mine = CohortInvitation.objects.annotate(key=Lower("email")).filter(key__in=list(addresses))
    with transaction.atomic():
        CohortInvitation.objects.filter(accepted_by=user).update(email="")
        mine.filter(accepted_at__isnull=False).update(email="")
        mine.filter(accepted_at__isnull=True).delete()


# --- The invitation link ----------------------------------------------------------------------


def rotate_invitation_link(*, cohort: Cohort) -> Cohort:
    """A new secret: the old link stops working at once. Personal invitations are not affected."""
    cohort.invitation_token = new_token()
    cohort.save(update_fields=["invitation_token"])
    return cohort


class InvitationSettingsRefused(CohortError):
    """Settings that would close the link without saying so; ``errors`` maps each field to its reason."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True)
class InvitationSettingsOutcome:
    cohort: Cohort
    members: int

    @property
    def link_full(self) -> bool:
        """The limit is already reached: the link takes nobody new until it is raised."""
        return self.cohort.seat_limit is not None and self.members >= self.cohort.seat_limit


# Far above any cohort, and below every database's integer column: a typo, not a plan.
SEAT_LIMIT_MAX = 10_000


def invitation_settings_refusals(
    *, expires_at: datetime | None, seat_limit: int | None, now: datetime | None = None
) -> dict[str, str]:
    """Why the link's settings cannot be saved, by field; empty when they can (either may be empty)."""
    now = now or timezone.now()
    errors = {}
    if expires_at is not None and expires_at <= now:
        errors["invitation_expires_at"] = _(
            "The link would already have expired. Choose a date and time in the future, or leave it empty."
        )
    if seat_limit is not None and seat_limit < 1:
        errors["seat_limit"] = _("A link needs at least 1 seat. Leave it empty for no limit.")
    elif seat_limit is not None and seat_limit > SEAT_LIMIT_MAX:
        errors["seat_limit"] = _("A link can have at most %(max)s seats. Leave it empty for no limit.") % {
            "max": number_format(SEAT_LIMIT_MAX, force_grouping=True)
        }
    return errors


def update_invitation_settings(
    *, cohort: Cohort, expires_at: datetime | None, seat_limit: int | None, now: datetime | None = None
) -> InvitationSettingsOutcome:
    """Save the link's expiry and seat limit; either may be empty (no expiry, no limit).

    An expiry that has passed and a limit below one seat are refused, with nothing saved: the link
    would be dead the moment it is saved, and the trainer would only learn it from their learners.
    A limit at or below the number of members is saved, and the outcome says the link is full:
    nobody is removed, and closing the link to newcomers that way is a fair choice (Moodle's
    "max enrolled users" does the same), so the trainer is told rather than stopped.
    """
    errors = invitation_settings_refusals(expires_at=expires_at, seat_limit=seat_limit, now=now)
    if errors:
        raise InvitationSettingsRefused(errors)
    cohort.invitation_expires_at = expires_at
    cohort.seat_limit = seat_limit
    cohort.save(update_fields=["invitation_expires_at", "seat_limit"])
    return InvitationSettingsOutcome(cohort=cohort, members=cohort.memberships.count())


# --- Trainers inviting learners ---------------------------------------------------------------

# One address receives at most one invitation mail in this window, from any trainer or cohort.
INVITATION_MAIL_INTERVAL = timedelta(hours=24)


class InvitationsRefused(CohortError):
    """The whole list is refused (too long, or over the trainer's daily number); nothing is written."""


@dataclass
class InvitationOutcome:
    """What a trainer's list did. Nothing in it depends on whether an address has an account."""

    sent: list[str] = field(default_factory=list)
    already_members: list[str] = field(default_factory=list)
    recently_sent: list[tuple[str, datetime]] = field(default_factory=list)  # (address, may be sent again at)
    errors: list[RosterError] = field(default_factory=list)


def invite_learners(
    *, cohort: Cohort, roster: Roster, language: str, invited_by: User, now: datetime | None = None
) -> InvitationOutcome:
    """E-mail a personal invitation to each address of the list; nobody joins before accepting it.

    Accounts are not looked up here at all: an address with an account and one without take the
    same path, write the same rows and give the same answer (the mail task picks the wording).
    Only the cohort's members are told apart, and the trainer already sees their addresses.
    Refused as a whole, with nothing written: a list longer than ``COHORT_INVITATION_BATCH_MAX``
    addresses, or one that would take the trainer past ``COHORT_INVITATIONS_PER_TRAINER_PER_DAY``
    mails in 24 hours. An address mailed in the last 24 hours is skipped, so a double submit sends
    nothing twice. Bad lines (already in ``roster.errors``) are reported and the good ones still apply.
    """
    now = now or timezone.now()
    batch_max = settings.COHORT_INVITATION_BATCH_MAX
    if len(roster.lines) > batch_max:
        raise InvitationsRefused(
            _("This list has %(count)d addresses; at most %(max)d can be invited at once. Split it into smaller lists.")
            % {"count": len(roster.lines), "max": batch_max}
        )
    outcome = InvitationOutcome(errors=list(roster.errors))
    wanted = {line.email.lower(): line.email for line in roster.lines}
    since = now - INVITATION_MAIL_INTERVAL
    with transaction.atomic():
        # One list at a time per trainer: a double submit waits for the first, then finds its mails.
        User.objects.select_for_update().filter(pk=invited_by.pk).first()
        members = set(
            cohort.memberships.annotate(key=Lower("user__email"))
            .filter(key__in=list(wanted))
            .values_list("key", flat=True)
        )
        last_mailed = dict(
            CohortInvitation.objects.annotate(key=Lower("email"))
            .filter(key__in=list(wanted), created_at__gt=since)
            .values("key")
            .annotate(last=Max("created_at"))
            .values_list("key", "last")
            .order_by()
        )
        to_send = [key for key in wanted if key not in members and key not in last_mailed]
        cap = settings.COHORT_INVITATIONS_PER_TRAINER_PER_DAY
        sent_today = CohortInvitation.objects.filter(invited_by=invited_by, created_at__gt=since).count()
        if sent_today + len(to_send) > cap:
            raise InvitationsRefused(
                _(
                    "Nothing was sent: this list would send %(count)d invitations, and you can send "
                    "%(left)d more today (%(cap)d a day). Try a shorter list, or again tomorrow."
                )
                % {"count": len(to_send), "left": max(cap - sent_today, 0), "cap": cap}
            )
        earlier = {
            invitation.key: invitation
            for invitation in CohortInvitation.objects.select_for_update()
            .annotate(key=Lower("email"))
            .filter(cohort=cohort, key__in=to_send)
        }
        for key, email in wanted.items():
            if key in members:
                outcome.already_members.append(email)
            elif key in last_mailed:
                outcome.recently_sent.append((email, last_mailed[key] + INVITATION_MAIL_INTERVAL))
        for key in to_send:
            # Sent again after a day (or after the person left): the same row and link, a new date.
            invitation = earlier.get(key) or CohortInvitation(cohort=cohort)
            invitation.email = wanted[key]
            invitation.language = language
            invitation.invited_by = invited_by
            invitation.created_at = now
            invitation.accepted_at = None
            invitation.accepted_by = None
            invitation.save()
            transaction.on_commit(
                partial(tasks.send_invitation.enqueue, invitation_id=invitation.pk, base_url=site_url.base_url())
            )
            outcome.sent.append(wanted[key])
    return outcome


# --- Reminders --------------------------------------------------------------------------------


def reminder_language(*, learner: User, cohort: Cohort) -> str:
    return learner.preferred_language or cohort.language or settings.LANGUAGE_CODE


@dataclass
class ReminderOutcome:
    sent: list[User] = field(default_factory=list)
    refused: list[tuple[User, datetime]] = field(default_factory=list)
    completed: list[User] = field(default_factory=list)


def send_reminders(
    *, cohort: Cohort, learner_ids: list[int], sent_by: User, message: str = "", now: datetime | None = None
) -> ReminderOutcome:
    """Queue a reminder for each learner of this cohort among `learner_ids`, with the trainer's
    optional personal `message` (at most REMINDER_MESSAGE_MAX_LENGTH characters, written as is).

    Anyone who is not a member is ignored. A learner reminded in the last 24 hours (by any
    trainer, in any cohort) is refused, and so is one who has completed every course.
    """
    now = now or timezone.now()
    message = message.strip()[:REMINDER_MESSAGE_MAX_LENGTH]
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
                    message=message,
                )
                transaction.on_commit(
                    partial(tasks.send_reminder.enqueue, reminder_id=reminder.pk, base_url=site_url.base_url())
                )
                outcome.sent.append(learner)
    return outcome


# --- The weekly digest ------------------------------------------------------------------------


def queue_trainer_digests() -> list[User]:
    """One digest task per trainer of a planned or running cohort."""
    trainers = list(User.objects.filter(trained_cohorts__in=Cohort.objects.open(), is_active=True).distinct())
    for trainer in trainers:
        tasks.send_trainer_digest.enqueue(trainer_id=trainer.pk, base_url=site_url.base_url())
    return trainers
