from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Rebuild the language-aware search index from every live page and case study."

    def handle(self, *args, **options):
        count = indexing.rebuild()
        self.stdout.write(f"Indexed {count} pages and case studies.")
