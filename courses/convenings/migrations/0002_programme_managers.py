"""Programme managers schedule sessions and keep their registrations in the admin. The group is the one
cohorts created; it is made here too if absent.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Programme managers"
MANAGED = ("session", "registration")


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    codenames = [f"{action}_{model}" for model in MANAGED for action in ("add", "change", "delete", "view")]
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(
        *admin_access, *Permission.objects.filter(content_type__app_label="convenings", codename__in=codenames)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="convenings"))


class Migration(migrations.Migration):
    dependencies = [
        ("convenings", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
