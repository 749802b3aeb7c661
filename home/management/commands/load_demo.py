"""`manage.py load_demo`: demo site, catalogue and accounts. Safe to run twice: it creates nothing anew."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo.accounts import DEMO_TOTP_SECRET, load_demo_accounts
from home.demo.catalogue import load_catalogue
from home.demo.cities import load_city_teams_and_assessments, load_demo_cities, load_needs_assessment
from home.demo.cohorts import load_demo_cohorts
from home.demo.evidence import load_demo_evidence, load_knowledge_checks
from home.demo.guide_feedback import load_demo_guide_feedback
from home.demo.practices import load_demo_practices
from home.demo.sessions import load_demo_sessions
from home.demo.site import load_home_pages
from search.indexing import rebuild as rebuild_search_index


class Command(BaseCommand):
    help = "Load the demo site: home pages in Arabic, English and French, and demo accounts (dev only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-demo-accounts",
            action="store_true",
            help="Create the demo accounts even when DEBUG is off. Never on a public site.",
        )

    def handle(self, *args, with_demo_accounts: bool = False, **options):
        with transaction.atomic():
            home = load_home_pages()
            self.stdout.write("Home pages: ar, en, fr.")
            courses = load_catalogue(home)
            cities = load_demo_cities()
            questionnaire = load_needs_assessment(home)
            self.stdout.write(f"Cities: {len(cities)}, and the needs-assessment questionnaire in ar, en, fr.")
            indexed = rebuild_search_index()
            self.stdout.write(
                f"Catalogue: {len(courses)} courses in ar, en, fr, with tracks, guidebooks and case studies."
            )
            self.stdout.write(f"Search index: {indexed} entries.")
            if settings.DEBUG or with_demo_accounts:
                accounts = load_demo_accounts()
                cohorts = load_demo_cohorts()
                self.stdout.write(f"Cohorts: {', '.join(map(str, cohorts))}, with demo learners at varied progress.")
            # After the cohorts: their learners' histories predate the final check, which a course with a check
            # now waits for (a completion is never taken back); the evidence demo then adds their checks.
            checks = load_knowledge_checks()
            self.stdout.write(f"Knowledge checks: {len(checks)}, in ar, en, fr.")
            if settings.DEBUG or with_demo_accounts:
                attempts = load_demo_evidence()
                self.stdout.write(
                    f"Knowledge checks taken: {attempts} attempts, before and after the Foundation course."
                )
                assessments = load_city_teams_and_assessments(questionnaire)
                self.stdout.write(f"City teams in Rabat and Irbid, with {assessments} needs assessments.")
                self.stdout.write(f"Sessions: {load_demo_sessions()}, a past dialogue with attendance and feedback.")
                feedback = load_demo_guide_feedback()
                self.stdout.write(f"Feedback on the guides: {feedback} answers from Rabat, Irbid and Zarqa.")
                self.stdout.write(f"Practices shared by cities, in moderation: {load_demo_practices()}.")
            else:
                accounts = []
                self.stdout.write("Demo accounts skipped: DEBUG is off (use --with-demo-accounts).")
        if accounts and settings.DEBUG:
            self.stdout.write(self.style.SUCCESS("Demo accounts (development only):"))
            for account in accounts:
                self.stdout.write(f"  {account.role:<8} {account.email:<28} {account.password}")
            self.stdout.write(
                f"Staff accounts ask for a two-factor code after the password: add the setup key "
                f"{DEMO_TOTP_SECRET} once to an authenticator app (development only)."
            )
