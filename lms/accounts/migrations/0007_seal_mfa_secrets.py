"""Seal the two-factor secrets stored before they were encrypted (lms.accounts.mfa_secrets)."""

from django.db import migrations


def seal(apps, schema_editor):
    from lms.accounts.mfa_secrets import seal_stored_secrets

    seal_stored_secrets(apps.get_model("mfa", "Authenticator"))


def unseal(apps, schema_editor):
    from lms.accounts.mfa_secrets import rewrite_stored_secrets, unseal

    rewrite_stored_secrets(apps.get_model("mfa", "Authenticator"), unseal)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_data_saver"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(seal, unseal)]
