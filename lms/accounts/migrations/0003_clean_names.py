"""Strip bidirectional controls and zero-width characters from names already stored (see lms/accounts/names.py)."""

import unicodedata

from django.db import migrations

NAME_FIELDS = ("full_name", "certificate_name_latin", "certificate_name_arabic")


def _clean(value: str) -> str:
    # A copy of lms.accounts.names.clean_name: migrations must not change when the app's code does.
    return " ".join("".join(c for c in value if unicodedata.category(c) != "Cf").split())


def clean_names(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.only("pk", *NAME_FIELDS).iterator():
        cleaned = {field: _clean(getattr(user, field)) for field in NAME_FIELDS}
        if any(cleaned[field] != getattr(user, field) for field in NAME_FIELDS):
            User.objects.filter(pk=user.pk).update(**cleaned)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_profile")]

    operations = [migrations.RunPython(clean_names, migrations.RunPython.noop)]
