"""Invitations remember who accepted them (so the address can be blanked when that account is
deleted), blanked rows leave the one-invitation-per-address rule, and the limits' lookups
(an address's last mail, a trainer's mails of the day) get an index each."""

import django.db.models.deletion
import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models


def remember_who_accepted(apps, schema_editor):
    """Accepted invitations from before: the member of the cohort who joined through one with that address."""
    CohortInvitation = apps.get_model("cohorts", "CohortInvitation")
    CohortMembership = apps.get_model("cohorts", "CohortMembership")
    for invitation in CohortInvitation.objects.filter(accepted_at__isnull=False, accepted_by__isnull=True):
        membership = CohortMembership.objects.filter(
            cohort_id=invitation.cohort_id, user__email__iexact=invitation.email, source="invitation"
        ).first()
        if membership is not None:
            invitation.accepted_by_id = membership.user_id
            invitation.save(update_fields=["accepted_by"])


class Migration(migrations.Migration):

    dependencies = [
        ('cohorts', '0002_programme_managers'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='cohortinvitation',
            name='one_invitation_per_address',
        ),
        migrations.AddField(
            model_name='cohortinvitation',
            name='accepted_by',
            field=models.ForeignKey(blank=True, help_text='The account that accepted it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='accepted_cohort_invitations', to=settings.AUTH_USER_MODEL, verbose_name='accepted by'),
        ),
        migrations.AlterField(
            model_name='cohortinvitation',
            name='email',
            field=models.EmailField(blank=True, help_text='Where the invitation was sent; emptied when the person who accepted it deletes their account.', max_length=254, verbose_name='e-mail address'),
        ),
        migrations.AlterField(
            model_name='cohortinvitation',
            name='language',
            field=models.CharField(choices=[('ar', 'العربية'), ('en', 'English'), ('fr', 'Français')], help_text='The language chosen by the trainer, used when the person has not chosen one.', max_length=10, verbose_name='language'),
        ),
        migrations.AddIndex(
            model_name='cohortinvitation',
            index=models.Index(django.db.models.functions.text.Lower('email'), models.F('created_at'), name='cohort_invitation_address_sent'),
        ),
        migrations.AddIndex(
            model_name='cohortinvitation',
            index=models.Index(fields=['invited_by', 'created_at'], name='cohort_invitation_trainer_sent'),
        ),
        migrations.AddConstraint(
            model_name='cohortinvitation',
            constraint=models.UniqueConstraint(models.F('cohort'), django.db.models.functions.text.Lower('email'), condition=models.Q(('email', ''), _negated=True), name='one_invitation_per_address'),
        ),
        migrations.RunPython(remember_who_accepted, migrations.RunPython.noop),
    ]
