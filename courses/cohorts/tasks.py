"""Background jobs for cohorts: one mail each. Queued with Django's tasks framework; settings
run them at once in development and tests, and through django-tasks-db's worker in production.

Each task takes row ids, not objects, and reads them again: by the time a worker runs it,
the learner may have changed language or deleted the account. `base_url` is the site the action came from
(lms.site_url, captured at enqueue time), for the links in the mail.
"""

from django.tasks import task
from django.utils import timezone

from courses.cohorts import mail
from courses.cohorts.models import CohortInvitation, CohortMembership, Reminder
from lms import site_url
from lms.accounts.models import User


@task
def send_reminder(*, reminder_id: int, base_url: str = "") -> bool:
    reminder = Reminder.objects.select_related("learner", "cohort__city", "sent_by").filter(pk=reminder_id).first()
    if reminder is None or reminder.delivered_at is not None:
        return False
    if not CohortMembership.objects.filter(cohort_id=reminder.cohort_id, user_id=reminder.learner_id).exists():
        return False  # the learner left the cohort before the worker got here
    with site_url.serving(base_url):
        mail.send_reminder_mail(reminder)
    Reminder.objects.filter(pk=reminder.pk).update(delivered_at=timezone.now())
    return True


@task
def send_invitation(*, invitation_id: int, base_url: str = "") -> bool:
    invitation = CohortInvitation.objects.select_related("cohort__city", "invited_by").filter(pk=invitation_id).first()
    if invitation is None or invitation.accepted_at is not None or not invitation.email:
        return False
    with site_url.serving(base_url):
        mail.send_invitation_mail(invitation)
    return True


@task
def send_trainer_digest(*, trainer_id: int, base_url: str = "") -> bool:
    trainer = User.objects.filter(pk=trainer_id, is_active=True).first()
    if trainer is None:
        return False
    with site_url.serving(base_url):
        return mail.send_digest_mail(trainer)
