"""Seal the two-factor secrets stored before they were encrypted (lms.accounts.mfa_secrets)."""

from django.db import migrations


def seal(apps, schema_editor):
    from lms.accounts.mfa_secrets import seal_stored_secrets

    seal_stored_secrets(apps.get_model("mfa", "Authenticator"))


def unseal(apps, schema_editor):
    from lms.accounts.mfa_secrets import PREFIX, SECRET_FIELDS, unseal

    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.filter(type__in=list(SECRET_FIELDS)):
        data = dict(authenticator.data)
        for name in SECRET_FIELDS[authenticator.type]:
            if str(data.get(name, "")).startswith(PREFIX):
                data[name] = unseal(data[name])
        Authenticator.objects.filter(pk=authenticator.pk).update(data=data)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_data_saver"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(seal, unseal)]
