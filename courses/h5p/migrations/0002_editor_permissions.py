"""Editors upload and change H5P packages; Moderators may also delete them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = {"Editors": ("add", "change", "view"), "Moderators": ("add", "change", "view", "delete")}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("h5p")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, actions in ACTIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="h5p", codename__in=[f"{action}_h5ppackage" for action in actions]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0001_initial"),
        ("courses", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
