"""`manage.py send_trainer_digest`: queue this week's digest for every trainer of an open cohort.

Run it once a week from cron, e.g. on Monday at 07:00 server time:
    0 7 * * 1  cd /srv/academy && .venv/bin/python manage.py send_trainer_digest
Each digest is a task; with django-tasks-db, `manage.py db_worker` sends them.
"""

from django.core.management.base import BaseCommand

from courses.cohorts import services


class Command(BaseCommand):
    help = "Queue the weekly progress digest for every trainer of a planned or running cohort."

    def handle(self, *args, **options):
        trainers = services.queue_trainer_digests()
        self.stdout.write(f"Weekly digest queued for {len(trainers)} trainer(s).")
