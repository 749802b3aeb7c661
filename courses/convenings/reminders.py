"""The day-before reminder: every learner with a place at a session that starts within the next day gets
one mail, once. Each registration is claimed (``reminded_at`` set where it was empty) before its mail is
sent, so a second run, or two runs at once, send nothing twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone

from courses.convenings import mail
from courses.convenings.models import Registration

AHEAD = timedelta(days=1)


def send_due_reminders(*, now: datetime | None = None) -> int:
    """Remind the registered learners of sessions starting in the next 24 hours; returns how many."""
    now = now or timezone.now()
    due = Registration.objects.registered().filter(
        reminded_at__isnull=True, session__starts_at__gt=now, session__starts_at__lte=now + AHEAD
    )
    sent = 0
    for registration in due.select_related("session", "user"):
        if Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(reminded_at=now):
            mail.send_reminder_mail(registration)
            sent += 1
    return sent
