"""Create the Ed25519 key that signs Open Badges credentials. Keep it secret; never commit it."""

import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from courses.certificates.badges import generate_private_key_pem


class Command(BaseCommand):
    help = "Generate the Ed25519 signing key for Open Badges 3.0 credentials (at OPENBADGES_PRIVATE_KEY_FILE)."

    def add_arguments(self, parser):
        parser.add_argument("--if-missing", action="store_true", help="Do nothing if the key file exists.")
        parser.add_argument(
            "--force", action="store_true", help="Replace an existing key (old credentials stop verifying)."
        )

    def handle(self, *args, if_missing=False, force=False, **options):
        path = Path(settings.OPENBADGES_PRIVATE_KEY_FILE)
        if path.exists() and if_missing:
            return
        if path.exists() and not force:
            raise CommandError(f"{path} exists. Use --force to replace it (issued credentials would stop verifying).")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(generate_private_key_pem())
        os.chmod(path, 0o600)
        self.stdout.write(f"Open Badges signing key written to {path}.")
