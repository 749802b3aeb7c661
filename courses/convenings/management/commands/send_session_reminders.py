"""Run every hour or so (cron): the day-before reminders of sessions. Safe to run as often as wanted."""

from django.core.management.base import BaseCommand

from courses.convenings.reminders import send_due_reminders


class Command(BaseCommand):
    help = "E-mail the learners registered for a session that starts within the next 24 hours (once each)."

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")
