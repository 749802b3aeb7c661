"""A learner's answer to "Was this part of the guide useful for your city?" on a module page.

One answer per learner per module (the module's translation key, so the Arabic, English and French versions
of a module share it); answering again changes it. The guidebook is kept by its translation key too, so the
report groups the three language versions of a guide, and the chapter as the learner read it. The learner's
country, kind of city and city context are copied when they answer: the report reads them as they were,
whatever the learner changes in their profile later.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from courses.cities.models import CityKind
from lms.accounts.models import CityContext

RATING = [MinValueValidator(1), MaxValueValidator(5)]
REPORT_PERMISSION = "guide_feedback.view_report"


class GuideFeedbackQuerySet(models.QuerySet):
    def of_user(self, user):
        return self.filter(user=user)

    def for_module(self, module_key):
        return self.filter(module_key=module_key)

    def with_comment(self):
        return self.exclude(comment="", missing="")


class GuideFeedback(models.Model):
    """How useful one learner found the guide chapter behind one module."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="guide_feedback",
        help_text=_("Who answered; shown to editors only when five or more answered."),
    )
    module_key = models.UUIDField(_("module"), help_text=_("The module's translation key."))
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The module page the learner answered on, in their language."),
    )
    guidebook_key = models.UUIDField(
        _("guidebook"), help_text=_("The guidebook's translation key: its language versions share it.")
    )
    chapter = models.CharField(
        _("chapter"), max_length=255, blank=True, help_text=_("The module's source chapter, as the learner read it.")
    )
    rating = models.PositiveSmallIntegerField(
        _("usefulness"), validators=RATING, help_text=_("1: not useful for their city, 5: very useful.")
    )
    comment = models.TextField(_("comment"), blank=True, max_length=2000, help_text=_("Never shown publicly."))
    missing = models.TextField(
        _("what is missing"),
        blank=True,
        max_length=2000,
        help_text=_("What is missing for a city like theirs. Never shown publicly."),
    )
    language = models.CharField(_("language"), max_length=8, blank=True, help_text=_("The language they answered in."))
    country = CountryField(_("country"), blank=True, help_text=_("Their city's country when they answered."))
    city_kind = models.CharField(
        _("kind of city"),
        max_length=20,
        choices=CityKind.choices,
        blank=True,
        help_text=_("Their city's kind when they answered, if they had chosen a city."),
    )
    city_context = models.CharField(
        _("city context"),
        max_length=20,
        choices=CityContext.choices,
        blank=True,
        help_text=_("Their city's context when they answered."),
    )
    created_at = models.DateTimeField(_("first answered"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), auto_now=True, db_index=True)

    objects = GuideFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("guide feedback")
        verbose_name_plural = _("guide feedback")
        default_permissions = ()
        permissions = [("view_report", _("Can read the guide feedback report"))]
        constraints = [models.UniqueConstraint(fields=["user", "module_key"], name="one_guide_feedback_per_module")]
        indexes = [models.Index(fields=["guidebook_key", "module_key"], name="guide_feedback_chapter")]

    def __str__(self) -> str:
        return f"{self.module_key} · {self.rating}"
