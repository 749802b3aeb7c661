"""Editors draft and submit; Moderators approve and publish.

Wagtail creates both groups with page permissions and a "Moderators approval" workflow on
install; this migration makes sure they exist (also on a database where someone removed
them) and gives both groups the course library snippets.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Moderators approval"
LIBRARY_MODELS = ("track", "guidebook", "casestudy")
PAGE_PERMISSIONS = {
    "Editors": ("add_page", "change_page"),
    "Moderators": ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}


def set_up_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    root = Page.objects.filter(depth=1).first()
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    library = Permission.objects.filter(
        content_type__app_label="courses",
        codename__in=[f"{action}_{model}" for model in LIBRARY_MODELS for action in ("add", "change", "view")],
    )
    moderator_extra = Permission.objects.filter(
        content_type__app_label="courses", codename__in=[f"delete_{model}" for model in LIBRARY_MODELS]
    )

    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(admin_access, *library)
        if name == "Moderators":
            group.permissions.add(*moderator_extra)
        if root is None:
            continue
        for codename in codenames:
            permission = Permission.objects.filter(content_type__app_label="wagtailcore", codename=codename).first()
            if permission is not None:
                GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)

    if root is None:
        return
    workflow = moderators_workflow(apps, groups["Moderators"])
    WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})


def moderators_workflow(apps, moderators):
    """The "Moderators approval" workflow, with its one task for the Moderators group made if it has none.

    0008 uses it too, for case studies on a database where this migration found no root page.
    """
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if created or not WorkflowTask.objects.filter(workflow=workflow).exists():
        task_content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_content_type, active=True)
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailcore", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(set_up_groups, migrations.RunPython.noop)]
