"""Case studies get drafts, revisions and the moderation workflow, for the practices cities share.

The case studies that exist stay live. Case studies are assigned the "Moderators approval"
workflow pages use (courses/migrations/0002_editorial_groups.py), and Moderators may publish
them; Editors, as for pages, draft and submit.
"""

import importlib

import django.db.models.deletion
from django.db import migrations, models

editorial_groups = importlib.import_module("courses.migrations.0002_editorial_groups")
WORKFLOW_NAME = editorial_groups.WORKFLOW_NAME


def set_up_case_study_workflow(apps, schema_editor):
    CaseStudy = apps.get_model("courses", "CaseStudy")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    CaseStudy.objects.filter(live=False, latest_revision__isnull=True).update(live=True)
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="casestudy")
    # Wagtail adds this permission after migrating (wagtail.snippets.models.create_extra_permissions);
    # it is created here so that the Moderators can be given it now.
    publish, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="publish_casestudy", defaults={"name": "Can publish case study"}
    )
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        moderators.permissions.add(publish)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None and moderators is not None:
        # 0002 makes the workflow only where the page tree has a root; case studies need it all the same
        # (a database flushed between browser tests has no root when its data migrations run again).
        workflow = editorial_groups.moderators_workflow(apps, moderators)
    if workflow is not None:
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_study_time_help"),
        ("wagtailcore", "0098_apitoken"),
        ("courses", "0002_editorial_groups"),
    ]

    operations = [
        migrations.AddField(
            model_name="casestudy",
            name="challenges",
            field=models.TextField(
                blank=True,
                help_text="What was hard, and how the city dealt with it. Optional.",
                verbose_name="challenges",
            ),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="expire_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time"),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="expired",
            field=models.BooleanField(default=False, editable=False, verbose_name="expired"),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="first_published_at",
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name="first published at"),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="go_live_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="go live date/time"),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="has_unpublished_changes",
            field=models.BooleanField(default=False, editable=False, verbose_name="has unpublished changes"),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="last_published_at",
            field=models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="live",
            field=models.BooleanField(default=True, editable=False, verbose_name="live"),
        ),
        migrations.AddField(
            model_name="casestudy",
            name="live_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="live revision",
            ),
        ),
        migrations.AlterField(
            model_name="casestudy",
            name="sources",
            field=models.TextField(
                blank=True,
                help_text="Where the facts come from: one source per line. Empty for a city's own account.",
                verbose_name="sources",
            ),
        ),
        migrations.RunPython(set_up_case_study_workflow, migrations.RunPython.noop),
    ]
