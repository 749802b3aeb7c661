"""Seal every stored two-factor secret under the current SECRET_KEY (after a rotation; safe to run again)."""

from allauth.mfa.models import Authenticator
from django.core.management.base import BaseCommand

from lms.accounts.mfa_secrets import seal_stored_secrets


class Command(BaseCommand):
    help = "Seal every stored two-factor secret under the current SECRET_KEY."

    def handle(self, *args, **options):
        changed = seal_stored_secrets(Authenticator)
        self.stdout.write(f"{changed} authenticator(s) sealed anew.")
