"""The "Programme managers" group: they see every cohort on the trainer pages and the regional
roll-up, and manage cohorts in the Wagtail admin (so they get admin access and the cohort permissions).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Programme managers"


def create_group(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    cohorts = Permission.objects.filter(
        content_type__app_label="cohorts",
        codename__in=[f"{action}_cohort" for action in ("add", "change", "delete", "view")],
    )
    group.permissions.add(*admin_access, *cohorts)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
