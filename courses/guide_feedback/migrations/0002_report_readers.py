"""Editors and Moderators read the guide feedback report (superusers have every permission)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Editors", "Moderators")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("guide_feedback")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="guide_feedback", codename="view_report")
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="guide_feedback", codename="view_report").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("guide_feedback", "0001_initial"),
        ("courses", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
