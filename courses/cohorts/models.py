"""Cohorts: groups of learners that trainers follow (a city's team, a national workshop).

A cohort follows one or more courses (stored as pages; progress is matched through their
``translation_key``, so the language a learner reads in does not matter). Learners join
through the cohort's invitation link or a personal e-mail invitation (a trainer's list sends
those): either way only by their own click on the join page, which says what the trainers will see.
Reminders are kept so that one learner gets at most one a day, whoever sends it.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

# Personal invitations sent by e-mail stay valid this long.
INVITATION_VALIDITY = timedelta(days=30)
# A cohort's name is held in each language of the site on the one row.
NAME_LANGUAGES = ("ar", "en", "fr")
# A trainer's personal message in a reminder: a few sentences, not a newsletter.
REMINDER_MESSAGE_MAX_LENGTH = 500


def new_token() -> str:
    return secrets.token_urlsafe(24)


class CohortStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Running")
    FINISHED = "finished", _("Finished")
    ARCHIVED = "archived", _("Archived")


class CohortQuerySet(models.QuerySet):
    def trained_by(self, user):
        return self.filter(trainers=user)

    def without_city(self):
        """Cohorts whose city is not linked yet: a programme manager chooses it."""
        return self.filter(city__isnull=True)

    def open(self):
        """Cohorts that still take learners and send digests."""
        return self.filter(status__in=[CohortStatus.PLANNED, CohortStatus.ACTIVE])


class Cohort(ClusterableModel):
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("E.g. Rabat municipal staff, spring 2026. Shown where no name is given in the reader's language."),
    )
    name_ar = models.CharField(
        _("name in Arabic"), max_length=200, blank=True, help_text=_("Shown on Arabic pages and mails.")
    )
    name_en = models.CharField(
        _("name in English"), max_length=200, blank=True, help_text=_("Shown on English pages and mails.")
    )
    name_fr = models.CharField(
        _("name in French"), max_length=200, blank=True, help_text=_("Shown on French pages and mails.")
    )
    country = CountryField(_("country"), help_text=_("The country the cohort's learners work in."))
    city = models.ForeignKey(
        "cities.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cohorts",
        help_text=_("The city or municipality the cohort's learners work for; the regional roll-up groups by it."),
    )
    # What was typed before cohorts pointed to a City: kept read-only, so that a programme manager
    # can choose the city of a cohort the migration could not match for certain.
    city_name = models.CharField(
        _("city as typed"),
        max_length=200,
        blank=True,
        help_text=_("The city as it was typed before cities were listed; kept for reference."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="ar",
        help_text=_("Used for invitations and reminders when a learner has not chosen a language."),
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        related_name="trained_cohorts",
        blank=True,
        help_text=_("They see this cohort's progress, invite learners and send reminders."),
    )
    start_date = models.DateField(_("start date"), help_text=_("When the cohort starts."))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("When the cohort ends; leave empty if open-ended.")
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CohortStatus.choices,
        default=CohortStatus.PLANNED,
        help_text=_("Finished and archived cohorts take no new learners and get no digest."),
    )
    invitation_token = models.CharField(
        _("invitation token"),
        max_length=64,
        unique=True,
        default=new_token,
        editable=False,
        help_text=_("The secret part of the invitation link; rotating it disables the old link."),
    )
    invitation_expires_at = models.DateTimeField(
        _("invitation link expires at"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a link that does not expire."),
    )
    seat_limit = models.PositiveIntegerField(
        _("seat limit"),
        null=True,
        blank=True,
        help_text=_("The invitation link stops accepting learners at this number. Leave empty for no limit."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = CohortQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("name_ar"), FieldPanel("name_en"), FieldPanel("name_fr")])],
            heading=_("Name in each language"),
        ),
        FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
        FieldPanel("city_name", read_only=True),
        FieldRowPanel([FieldPanel("language"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        InlinePanel("cohort_courses", label=_("Courses"), min_num=1),
        FieldPanel("trainers"),
        MultiFieldPanel([FieldPanel("invitation_expires_at"), FieldPanel("seat_limit")], heading=_("Invitation link")),
    ]

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-start_date", "name"]

    def __str__(self) -> str:
        return self.local_name

    def name_in(self, language: str | None) -> str:
        """The name in this language, else the name as first written."""
        language = (language or "")[:2]
        value = getattr(self, f"name_{language}", "") if language in NAME_LANGUAGES else ""
        return value or self.name

    @property
    def local_name(self) -> str:
        """The name in the active language (the page's, or the mail's under ``translation.override``)."""
        return self.name_in(translation.get_language())

    @property
    def place_name(self) -> str:
        """The linked city's name in the active language, else the city as typed."""
        return str(self.city) if self.city_id else self.city_name

    @property
    def takes_learners(self) -> bool:
        return self.status in (CohortStatus.PLANNED, CohortStatus.ACTIVE)


class CohortCourse(Orderable):
    """One course of a cohort; the order is the order learners are enrolled in (prerequisites first)."""

    cohort = ParentalKey(Cohort, on_delete=models.CASCADE, related_name="cohort_courses")
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Any language version: progress counts in every language."),
    )

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("cohort course")
        verbose_name_plural = _("cohort courses")
        constraints = [models.UniqueConstraint(fields=["cohort", "course"], name="one_row_per_cohort_course")]

    def __str__(self) -> str:
        return f"{self.cohort} · {self.course}"


class MembershipSource(models.TextChoices):
    LINK = "link", _("Invitation link")
    INVITATION = "invitation", _("E-mail invitation")
    TRAINER = "trainer", _("Added by a trainer")


class CohortMembershipQuerySet(models.QuerySet):
    def of_learner(self, user):
        """A learner's own cohorts, with their trainers: what the learner's "My cohorts" page lists."""
        return (
            self.filter(user=user)
            .select_related("cohort__city")
            .prefetch_related("cohort__trainers")
            .order_by("-joined_at", "pk")
        )


class CohortMembership(models.Model):
    cohort = models.ForeignKey(Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="cohort_memberships",
        help_text=_("A learner of the cohort."),
    )
    source = models.CharField(
        _("joined through"),
        max_length=12,
        choices=MembershipSource.choices,
        help_text=_("How the learner came into the cohort."),
    )
    joined_at = models.DateTimeField(_("joined at"), default=timezone.now, help_text=_("When the learner joined."))

    objects = CohortMembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("cohort membership")
        verbose_name_plural = _("cohort memberships")
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="one_membership_per_cohort")]

    def __str__(self) -> str:
        return f"{self.cohort} · {self.user}"


class CohortInvitation(models.Model):
    """A personal invitation e-mailed by a trainer; the person joins only by accepting it.

    The row is also the record of the mail: ``created_at`` is when it was last sent, which the
    limits (one mail per address a day, a daily number per trainer) count. When the person who
    accepted it deletes their account, the address is blanked (``signal_handlers``).
    """

    cohort = models.ForeignKey(Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(
        _("e-mail address"),
        blank=True,
        help_text=_("Where the invitation was sent; emptied when the person who accepted it deletes their account."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language chosen by the trainer, used when the person has not chosen one."),
    )
    token = models.CharField(
        _("token"), max_length=64, unique=True, default=new_token, editable=False, help_text=_("The link's secret.")
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The trainer who sent it."),
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, help_text=_("When it was (last) sent."))
    accepted_at = models.DateTimeField(
        _("accepted at"), null=True, blank=True, help_text=_("When someone joined with it.")
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accepted_cohort_invitations",
        help_text=_("The account that accepted it."),
    )

    class Meta:
        verbose_name = _("cohort invitation")
        verbose_name_plural = _("cohort invitations")
        constraints = [
            # Blanked rows (their person deleted the account) no longer count as the address's invitation.
            models.UniqueConstraint(
                "cohort", Lower("email"), condition=~models.Q(email=""), name="one_invitation_per_address"
            )
        ]
        indexes = [
            models.Index(Lower("email"), "created_at", name="cohort_invitation_address_sent"),
            models.Index(fields=["invited_by", "created_at"], name="cohort_invitation_trainer_sent"),
        ]

    def __str__(self) -> str:
        return f"{self.cohort} · {self.email}"

    @property
    def expires_at(self):
        return self.created_at + INVITATION_VALIDITY


class Reminder(models.Model):
    """A nudge e-mailed to a stalled learner. One learner gets at most one in 24 hours."""

    cohort = models.ForeignKey(Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="reminders")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="cohort_reminders",
        help_text=_("Who was reminded."),
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The trainer who sent it."),
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, help_text=_("The language it was written in.")
    )
    sent_at = models.DateTimeField(
        _("sent at"), default=timezone.now, db_index=True, help_text=_("When it was queued.")
    )
    delivered_at = models.DateTimeField(
        _("delivered at"), null=True, blank=True, help_text=_("When the mail was handed to the mail server.")
    )
    message = models.TextField(
        _("personal message"),
        max_length=REMINDER_MESSAGE_MAX_LENGTH,
        blank=True,
        help_text=_("A few words from the trainer, added to the mail as written."),
    )

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        indexes = [models.Index(fields=["learner", "sent_at"])]

    def __str__(self) -> str:
        return f"{self.learner} · {self.sent_at:%Y-%m-%d %H:%M}"
