"""`manage.py link_city_profiles`: link learners to cities from their profiles' free-text municipality
where the match is certain; the rest become city requests for programme managers. Safe to run again."""

from django.core.management.base import BaseCommand

from courses.cities.services import link_profiles_by_municipality


class Command(BaseCommand):
    help = "Link learners to cities from their profile's municipality; list the rest for programme managers."

    def handle(self, *args, **options):
        report = link_profiles_by_municipality()
        for user, city in report.linked:
            self.stdout.write(f"linked    {user.email} → {city.name_en}")
        for user in report.unresolved:
            self.stdout.write(f"to review {user.email}: {user.municipality!r} ({user.country.code or '?'})")
        self.stdout.write(f"{len(report.linked)} linked, {len(report.unresolved)} left for a programme manager.")
