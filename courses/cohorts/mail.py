"""Mail from cohorts, each in its reader's language: reminders, invitations and the weekly digest.

Subjects and bodies are templates (``cohorts/mail/<name>_subject.txt`` and ``_body.txt``)
rendered under ``translation.override`` and ``reading_as``, so dates (in the reader's time zone, with
their country's month names), country and course names follow the reader too. Links are absolute,
built on lms.site_url: the site the trainer's request came to (captured when the task was enqueued),
or WAGTAILADMIN_BASE_URL for mail enqueued outside any request.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.cohorts import selectors
from courses.cohorts.models import Cohort, CohortInvitation, Reminder
from lms import site_url
from lms.accounts.models import User
from lms.languages.calendar import reading_as


def absolute_url(path: str) -> str:
    return site_url.base_url() + path


def _send(*, template: str, context: dict, language: str, to: str, country: str = "", time_zone: str = "") -> None:
    """Rendered in the reader's language, with dates in their time zone and their country's month names."""
    with translation.override(language), reading_as(country=country, time_zone=time_zone):
        subject = " ".join(render_to_string(f"cohorts/mail/{template}_subject.txt", context).split())
        subject = f"[{gettext('Young Cities Academy')}] {subject}"
        body = render_to_string(f"cohorts/mail/{template}_body.txt", context)
    send_mail(subject, body, None, [to])


def send_reminder_mail(reminder: Reminder) -> None:
    learner, cohort = reminder.learner, reminder.cohort
    with translation.override(reminder.language):
        report = selectors.learner_report(cohort, learner.pk)
        context = {
            "learner": learner,
            "cohort": cohort,
            "trainer": reminder.sent_by,
            "report": report,
            "message": reminder.message,
            "continue_url": absolute_url(reverse("my_learning")),
        }
    _send(
        template="reminder",
        context=context,
        language=reminder.language,
        to=learner.email,
        country=str(learner.country or cohort.country),
        time_zone=learner.time_zone,
    )


def invitation_recipient(invitation: CohortInvitation) -> User | None:
    """The account behind the invited address, if any: only the mail's wording and language depend on it."""
    address = invitation.email
    return User.objects.filter(Q(email__iexact=address) | Q(emailaddress__email__iexact=address)).first()


def send_invitation_mail(invitation: CohortInvitation) -> None:
    """The same subject and shape for everyone; someone with an account is asked to log in, others
    to sign up, both then to accept on the join page. Written in the person's own language if
    they have chosen one, otherwise in the one the trainer chose."""
    recipient = invitation_recipient(invitation)
    language = (recipient.preferred_language if recipient else "") or invitation.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "invitation": invitation,
            "cohort": invitation.cohort,
            "trainer": invitation.invited_by,
            "has_account": recipient is not None,
            "join_url": absolute_url(reverse("cohort_join", args=[invitation.token])),
        }
    _send(
        template="invitation",
        context=context,
        language=language,
        to=invitation.email,
        country=str((recipient.country if recipient else "") or invitation.cohort.country),
        time_zone=recipient.time_zone if recipient else "",
    )


def digest_language(trainer: User, cohorts: list[Cohort]) -> str:
    return trainer.preferred_language or (cohorts[0].language if cohorts else "") or settings.LANGUAGE_CODE


def send_digest_mail(trainer: User) -> bool:
    """This week in the trainer's open cohorts. Nothing is sent to a trainer without one."""
    cohorts = list(Cohort.objects.trained_by(trainer).open().select_related("city").order_by("name"))
    if not cohorts:
        return False
    language = digest_language(trainer, cohorts)
    with translation.override(language):
        summaries = selectors.cohort_summaries(cohorts)
        context = {
            "trainer": trainer,
            "summaries": [
                (summary, absolute_url(reverse("trainer_cohort", args=[summary.cohort.pk]))) for summary in summaries
            ],
            "stalled": sum(summary.counts.stalled for summary in summaries),
            "stalled_days": selectors.STALLED_AFTER_DAYS,
            "dashboard_url": absolute_url(reverse("trainer_dashboard")),
            "today": timezone.now(),  # shown in the reader's time zone by the template
        }
    _send(
        template="digest",
        context=context,
        language=language,
        to=trainer.email,
        country=str(trainer.country or cohorts[0].country),
        time_zone=trainer.time_zone,
    )
    return True
