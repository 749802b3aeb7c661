"""A practice a learner shared from their city: a draft case study in the library, under moderation.

PracticeSubmission → the case study it became (a draft until a moderator publishes it, then a
case study like any other, translated through wagtail-localize). The submission keeps who shared it,
how they want to be credited and where moderation stands; it is linked to the case study's
``translation_key`` too, so every translation of the case study can say "Shared by a city".
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.models import CaseStudy


class Credit(models.TextChoices):
    BY_NAME = "by_name", _("By my name")
    ANONYMOUS = "anonymous", _("Anonymously")


class SubmissionStatus(models.TextChoices):
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")


class PracticeSubmissionQuerySet(models.QuerySet):
    def of_user(self, user):
        return self.filter(submitter=user)

    def editable(self):
        return self.exclude(status=SubmissionStatus.PUBLISHED)


class PracticeSubmission(models.Model):
    """One practice a learner shared, and the case study it became."""

    submitter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="practice_submissions",
        verbose_name=_("submitted by"),
        help_text=_("The learner who shared the practice. Never shown with their e-mail address."),
    )
    case_study = models.OneToOneField(
        CaseStudy,
        on_delete=models.CASCADE,
        related_name="practice_submission",
        verbose_name=_("case study"),
        help_text=_("The case study in the language the practice was written in."),
    )
    translation_key = models.UUIDField(
        _("translation key"),
        db_index=True,
        editable=False,
        help_text=_("The case study's translation key: its translations were shared by the same city."),
    )
    credit = models.CharField(
        _("credit"),
        max_length=20,
        choices=Credit.choices,
        default=Credit.BY_NAME,
        help_text=_("Whether the library names the learner or says the practice was shared anonymously."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.IN_REVIEW,
        help_text=_("Where moderation stands."),
    )
    moderator_comment = models.TextField(
        _("moderator's comment"), blank=True, help_text=_("What the moderator asked to change, shown to the learner.")
    )
    submission_key = models.UUIDField(
        _("submission key"),
        editable=False,
        help_text=_("Sent with the form, so that the same form sent twice shares one practice."),
    )
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    objects = PracticeSubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("practice shared by a city")
        verbose_name_plural = _("practices shared by cities")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["submitter", "submission_key"], name="unique_practice_submission_per_form"),
        ]

    def __str__(self) -> str:
        return str(self.case_study)

    @property
    def is_editable(self) -> bool:
        return self.status != SubmissionStatus.PUBLISHED
