"""Convenings: the sessions the hub holds besides the online courses (training workshops, national–local
dialogues, city-to-city exchanges) and the learners' registrations for them.

Session → invited cohorts and cities (who may register) → registrations (registered, or waiting in
``position`` order when the session is full, or cancelled). A session's title and agenda are held in
Arabic, English and French on the one row, shown in the reader's language with English as the fallback
(lms.languages.multilingual), as a city's name is; a session needs a title in one language only, so when
English has none either, the first language that has one (Arabic, then French) is shown.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from courses.cities.models import City
from courses.cohorts.models import Cohort
from lms.languages.calendar import TIME_ZONE_CHOICES
from lms.languages.multilingual import LANGUAGES, text_in

MAX_CAPACITY = 5000  # places; more is a typing slip (an online session with no limit leaves the field empty)
TITLE_HELP = _("At least one of the three titles. Left empty, the title in another language is shown.")
AGENDA_HELP = _("Left empty, the agenda in another language is shown.")


class SessionKind(models.TextChoices):
    WORKSHOP = "workshop", _("Training workshop")
    DIALOGUE = "dialogue", _("National–local dialogue")
    EXCHANGE = "exchange", _("City-to-city exchange")


class LanguagesField(models.JSONField):
    """A list of language codes, chosen with checkboxes (a JSON text box would be no form for an editor)."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


def default_languages() -> list[str]:
    return [settings.LANGUAGE_CODE]


class SessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        """Sessions that have not ended yet, soonest first."""
        return self.filter(ends_at__gt=now or timezone.now()).order_by("starts_at", "pk")

    def inviting(self, user):
        """Sessions that invite this learner: through one of their cohorts or their city's team."""
        if not user.is_authenticated:
            return self.none()
        invited = models.Q(invited_cohorts__memberships__user=user) | models.Q(invited_cities__memberships__user=user)
        return self.filter(pk__in=self.model.objects.filter(invited).values("pk"))

    def organised_by(self, user):
        return self.filter(organisers=user)


class Session(models.Model):
    """One meeting, in a room or online, with its own time zone and (optionally) a limit on places."""

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=SessionKind.choices,
        default=SessionKind.WORKSHOP,
        help_text=_(
            "A training workshop, a dialogue between cities and central government, or an exchange between cities."
        ),
    )
    title_ar = models.CharField(_("title in Arabic"), max_length=200, blank=True, help_text=TITLE_HELP)
    title_en = models.CharField(_("title in English"), max_length=200, blank=True, help_text=TITLE_HELP)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True, help_text=TITLE_HELP)
    agenda_ar = models.TextField(_("agenda in Arabic"), blank=True, help_text=AGENDA_HELP)
    agenda_en = models.TextField(_("agenda in English"), blank=True, help_text=_("What will be discussed, in order."))
    agenda_fr = models.TextField(_("agenda in French"), blank=True, help_text=AGENDA_HELP)
    starts_at = models.DateTimeField(_("starts at"), help_text=_("In the session's time zone."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("In the session's time zone."))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        default="Africa/Tunis",
        help_text=_(
            "Where the session takes place (or is organised from). Learners see times in their own time zone too."
        ),
    )
    venue_address = models.TextField(_("venue address"), blank=True, help_text=_("For a session in a room."))
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A link to the venue on a map."))
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("For a session held online: the meeting link.")
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1, message=_("A session has at least 1 place. Leave it empty for no limit.")),
            MaxValueValidator(
                MAX_CAPACITY,
                message=_("A session has at most %(limit_value)s places. Leave it empty for no limit."),
            ),
        ],
        help_text=_("Leave empty for no limit. When full, learners join a waiting list."),
    )
    invited_cohorts = models.ManyToManyField(
        Cohort,
        verbose_name=_("invited cohorts"),
        related_name="sessions",
        blank=True,
        help_text=_("Their learners may register."),
    )
    invited_cities = models.ManyToManyField(
        City,
        verbose_name=_("invited cities"),
        related_name="sessions",
        blank=True,
        help_text=_("Their teams' members may register."),
    )
    related_pages = models.ManyToManyField(
        "wagtailcore.Page",
        verbose_name=_("related courses and modules"),
        related_name="+",
        blank=True,
        help_text=_("The courses or modules this session builds on."),
    )
    languages = LanguagesField(
        _("languages"), default=default_languages, help_text=_("The languages spoken at the session.")
    )
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organisers"),
        related_name="organised_sessions",
        blank=True,
        help_text=_("Trainers and programme managers who run the session."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = SessionQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("title_ar"), FieldPanel("title_en"), FieldPanel("title_fr")])],
            heading=_("Title"),
        ),
        MultiFieldPanel(
            [FieldPanel("agenda_ar"), FieldPanel("agenda_en"), FieldPanel("agenda_fr")], heading=_("Agenda")
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]), FieldPanel("time_zone")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue_address"), FieldPanel("map_url"), FieldPanel("online_url")], heading=_("Where")
        ),
        FieldPanel("capacity"),
        MultiFieldPanel([FieldPanel("invited_cohorts"), FieldPanel("invited_cities")], heading=_("Who is invited")),
        FieldPanel("related_pages"),
        FieldPanel("languages"),
        FieldPanel("organisers"),
    ]

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            ),
            models.CheckConstraint(
                condition=~models.Q(title_ar="", title_en="", title_fr=""), name="session_has_a_title"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        """In the reader's (active) language, else English, else whichever language has one."""
        return self.title_in(None)

    @property
    def agenda(self) -> str:
        return self.agenda_in(None)

    def title_in(self, language: str | None) -> str:
        return self._text_in("title", language)

    def agenda_in(self, language: str | None) -> str:
        return self._text_in("agenda", language)

    def _text_in(self, prefix: str, language: str | None) -> str:
        # A session needs a title in one language only: with no English one to fall back on, an English or
        # French reader of an Arabic-only session sees the Arabic title rather than nothing.
        return text_in(self, prefix, language) or next(
            (text for code in LANGUAGES if (text := getattr(self, f"{prefix}_{code}"))), ""
        )

    @property
    def language_names(self) -> list[str]:
        """The session's languages, named in the reader's language."""
        return [translation.get_language_info(code)["name_translated"] for code in self.languages or []]

    @property
    def has_ended(self) -> bool:
        return self.ends_at <= timezone.now()

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not self.venue_address

    def clean(self):
        super().clean()
        errors: dict[str, list] = {}
        if not any(getattr(self, f"title_{code}").strip() for code in LANGUAGES):
            # On the first title field (Arabic, as the form lists them) rather than on the English one.
            errors["title_ar"] = [_("Give the session a title, in Arabic, English or French.")]
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = [_("A session ends after it starts.")]
        if not (self.venue_address or self.online_url):
            errors[NON_FIELD_ERRORS] = [_("Give a venue address or an online link.")]
        if errors:
            raise ValidationError(errors)


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def registered(self):
        return self.filter(status=RegistrationStatus.REGISTERED)

    def waiting(self):
        """The waiting list, first in line first."""
        return self.filter(status=RegistrationStatus.WAITING).order_by("position", "pk")


class Registration(models.Model):
    """A learner's place at a session (or in its waiting list). Cancelling keeps the row, so that
    registering again is the same row and a cancelled learner goes to the back of the line."""

    session = models.ForeignKey(
        Session,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("session"),
        help_text=_("The session."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="session_registrations",
        verbose_name=_("learner"),
        help_text=_("The learner who registered."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.REGISTERED,
        help_text=_("Registered, waiting for a place, or cancelled."),
    )
    position = models.PositiveIntegerField(
        _("place in line"), null=True, blank=True, help_text=_("On the waiting list: lower comes first.")
    )
    reminded_at = models.DateTimeField(
        _("reminded at"), null=True, blank=True, help_text=_("When the day-before reminder was sent.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["session", "created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_registration_per_session")]

    def __str__(self) -> str:
        return f"{self.session} · {self.user}"


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excused", _("Excused")


# What counts as having attended a session (for a course's completion).
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


class AttendanceSource(models.TextChoices):
    ROSTER = "roster", _("Roster")
    QR = "qr", _("QR check-in")


class Attendance(models.Model):
    """Whether a learner came to a session: taken by a trainer from the roster, or the learner's own check-in
    with the session's QR code (``recorded_by`` empty). One row per learner and session."""

    session = models.ForeignKey(
        Session,
        on_delete=models.CASCADE,
        related_name="attendances",
        verbose_name=_("session"),
        help_text=_("The session."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="session_attendances",
        verbose_name=_("learner"),
        help_text=_("The learner."),
    )
    status = models.CharField(
        _("attendance"),
        max_length=10,
        choices=AttendanceStatus.choices,
        help_text=_("Present, late, absent or excused."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
        help_text=_("The trainer who took attendance; empty when the learner checked in."),
    )
    source = models.CharField(
        _("source"),
        max_length=10,
        choices=AttendanceSource.choices,
        default=AttendanceSource.ROSTER,
        help_text=_("The trainer's roster or the learner's QR check-in."),
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, help_text=_("When it was recorded."))

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["session", "user"]
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_attendance_per_session")]

    def __str__(self) -> str:
        return f"{self.session} · {self.user} · {self.get_status_display()}"


class CourseAttendanceRule(models.Model):
    """Blended learning: a course completes only once the learner has attended this many of the sessions
    related to it (the course or one of its modules). Held here, by the course's translation key, because
    the courses' pages know nothing of sessions."""

    course_key = models.UUIDField(
        _("course"),
        unique=True,
        help_text=_("The course's translation key (the same in every language)."),
    )
    sessions_required = models.PositiveSmallIntegerField(
        _("sessions required"),
        default=1,
        help_text=_("How many related sessions a learner attends (present or late) before the course completes."),
    )

    class Meta:
        verbose_name = _("course attendance rule")
        verbose_name_plural = _("course attendance rules")

    def __str__(self) -> str:
        return f"{self.course_title} · {self.sessions_required}"

    @property
    def course_title(self) -> str:
        """The course's title in the reader's language if it has one, else in any (one query)."""
        from wagtail.models import Page

        pages = Page.objects.filter(translation_key=self.course_key).select_related("locale")
        titles = {page.locale.language_code: page.title for page in pages}
        language = translation.get_language() or settings.LANGUAGE_CODE
        return titles.get(language) or next(iter(titles.values()), str(self.course_key))


class SessionFeedbackQuerySet(models.QuerySet):
    def for_session(self, session):
        return self.filter(session=session)


class SessionFeedback(models.Model):
    """A learner's word on a session they attended (present or late), given once it has ended: how useful it
    was (1–5), what they will apply, and a comment. One row per learner and session; answering again
    updates it. Organisers see it without names, and only in detail once enough learners answered."""

    session = models.ForeignKey(
        Session,
        on_delete=models.CASCADE,
        related_name="feedback",
        verbose_name=_("session"),
        help_text=_("The session."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="session_feedback",
        verbose_name=_("learner"),
        help_text=_("The learner who answered."),
    )
    usefulness = models.PositiveSmallIntegerField(
        _("usefulness"),
        choices=[(value, str(value)) for value in range(1, 6)],
        help_text=_("From 1 (not useful) to 5 (very useful)."),
    )
    will_apply = models.TextField(
        _("what they will apply"), blank=True, help_text=_("What the learner will apply in their work.")
    )
    comment = models.TextField(_("comment"), blank=True, help_text=_("Anything else the learner wants to say."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SessionFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("session feedback")
        verbose_name_plural = _("session feedback")
        ordering = ["session", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_feedback_per_session"),
            models.CheckConstraint(
                condition=models.Q(usefulness__gte=1, usefulness__lte=5), name="session_feedback_usefulness_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.session} · {self.usefulness}"
