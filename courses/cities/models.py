"""Cities and their teams, the needs-assessment questionnaire, the cities' assessments and the
adjustments trainers make to a city's recommended pathway.

City → team members (one city per learner); City → assessments over time (draft, then submitted and
read-only) → each member's answers to the questionnaire's stable question ids. A city's name (and region) is
held in Arabic, English and French on the one row, so that every foreign key (team, cohorts,
assessments) points to one city whatever the viewer's language.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.cities.blocks import SectionBlock
from lms.accounts.models import CityContext
from lms.languages.multilingual import local_text, text_in

NAME_LANGUAGES = ("ar", "en", "fr")


class CityKind(models.TextChoices):
    CAPITAL = "capital", _("Capital")
    LARGE_CITY = "large_city", _("Large city")
    TOWN = "town", _("Town")
    RURAL = "rural", _("Rural municipality")
    BORDER = "border", _("Border municipality")


class CityQuerySet(models.QuerySet):
    def with_local_name(self, language: str | None = None):
        """Annotate ``local_name``: the name in this language (the active one by default), else English."""
        return self.annotate(local_name=local_text("name", language))

    def in_country(self, country: str):
        return self.filter(country=country) if country else self

    def search(self, text: str):
        """Match any of the three names, so a learner finds "Rabat" by typing الرباط."""
        text = text.strip()
        if not text:
            return self
        return self.filter(
            models.Q(name_ar__icontains=text) | models.Q(name_en__icontains=text) | models.Q(name_fr__icontains=text)
        )


class City(index.Indexed, models.Model):
    """A municipality or governorate of the programme, from capitals to border villages."""

    name_ar = models.CharField(_("name in Arabic"), max_length=120, help_text=_("e.g. الرباط"))
    name_en = models.CharField(_("name in English"), max_length=120, help_text=_("e.g. Rabat"))
    name_fr = models.CharField(_("name in French"), max_length=120, help_text=_("e.g. Rabat"))
    country = CountryField(_("country"), help_text=_("The programme's seven countries are listed first."))
    # The region, like the name, in the three languages: an Arabic page shows محافظة إربد, not "Irbid Governorate".
    region_ar = models.CharField(
        _("governorate or region in Arabic"),
        max_length=120,
        blank=True,
        help_text=_("e.g. جهة الرباط سلا القنيطرة. Left empty, the English one is shown."),
    )
    region_en = models.CharField(
        _("governorate or region in English"),
        max_length=120,
        blank=True,
        help_text=_("As the country names it, e.g. Rabat-Salé-Kénitra."),
    )
    region_fr = models.CharField(
        _("governorate or region in French"),
        max_length=120,
        blank=True,
        help_text=_("e.g. Rabat-Salé-Kénitra. Left empty, the English one is shown."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=CityKind.choices,
        default=CityKind.TOWN,
        help_text=_("From the capital to a remote border municipality."),
    )
    context = models.CharField(
        _("context"),
        max_length=20,
        choices=CityContext.choices,
        default=CityContext.STABLE,
        help_text=_("The same contexts the lessons' context variants use."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = CityQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("name_ar"), FieldPanel("name_en"), FieldPanel("name_fr")])],
            heading=_("Name"),
        ),
        FieldPanel("country"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("region_ar"), FieldPanel("region_en"), FieldPanel("region_fr")])],
            heading=_("Governorate or region"),
        ),
        FieldPanel("kind"),
        FieldPanel("context"),
    ]

    search_fields = [
        index.SearchField("name_ar"),
        index.SearchField("name_en"),
        index.SearchField("name_fr"),
        index.AutocompleteField("name_ar"),
        index.AutocompleteField("name_en"),
        index.AutocompleteField("name_fr"),
        index.FilterField("country"),
    ]

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["country", "name_en"]
        constraints = [
            models.UniqueConstraint(fields=["country", "name_en"], name="unique_city_name_per_country"),
        ]

    def __str__(self) -> str:
        return self.name_in(translation.get_language())

    def name_in(self, language: str | None) -> str:
        return self._in_language("name", language)

    def region_in(self, language: str | None) -> str:
        return self._in_language("region", language)

    @property
    def local_region(self) -> str:
        """The region in the reader's (active) language, as ``str(city)`` is the name: English if not given."""
        return self.region_in(translation.get_language())

    def _in_language(self, prefix: str, language: str | None) -> str:
        """``<prefix>_<language>`` (name, region), else the English one: each is held in the three languages."""
        return text_in(self, prefix, language or "en")


class TeamRole(models.TextChoices):
    # The values (and labels) match lms.accounts' profile roles, so a profile's role maps across as is.
    MAYOR = "mayor", _("Mayor or deputy mayor")
    COUNCILLOR = "councillor", _("Elected councillor")
    MUNICIPAL_STAFF = "municipal_staff", _("Municipal staff")
    YOUTH_COUNCIL = "youth_council", _("Youth council member")
    OTHER = "other", _("Other")


class CityMembershipQuerySet(models.QuerySet):
    def of_city(self, city: City):
        return self.filter(city=city)

    def leads(self):
        return self.filter(is_lead=True)


class CityMembership(models.Model):
    """A learner who works for a city: one city per learner."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="city_membership",
        verbose_name=_("learner"),
        help_text=_("A learner belongs to one city's team."),
    )
    city = models.ForeignKey(
        City, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("city"), help_text=_("Their city.")
    )
    role = models.CharField(
        _("role"), max_length=20, choices=TeamRole.choices, default=TeamRole.OTHER, help_text=_("Their role.")
    )
    is_lead = models.BooleanField(
        _("city lead"),
        default=False,
        help_text=_("The city's lead starts and submits the city's needs assessment."),
    )
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    objects = CityMembershipQuerySet.as_manager()

    panels = [FieldPanel("user"), FieldPanel("city"), FieldPanel("role"), FieldPanel("is_lead")]

    class Meta:
        verbose_name = _("city team member")
        verbose_name_plural = _("city team members")
        ordering = ["city", "-is_lead", "joined_at"]

    def __str__(self) -> str:
        return f"{self.user} · {self.city}"


class CityRequestStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")


class CityRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=CityRequestStatus.OPEN)


class CityRequest(models.Model):
    """ "My city is not listed": a learner asks a programme manager to add their city."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="city_requests",
        verbose_name=_("learner"),
        help_text=_("Who asked."),
    )
    name = models.CharField(_("city as typed"), max_length=120, help_text=_("The name the learner typed."))
    country = CountryField(_("country"), blank=True, help_text=_("The country the learner chose."))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CityRequestStatus.choices,
        default=CityRequestStatus.OPEN,
        help_text=_("Resolved once the learner is linked to a city."),
    )
    resolved_city = models.ForeignKey(
        City,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="requests",
        verbose_name=_("city"),
        help_text=_("Add the city if needed, then choose it here: the learner joins its team."),
    )
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    objects = CityRequestQuerySet.as_manager()

    panels = [
        FieldPanel("user", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("country"),
        FieldPanel("resolved_city"),
    ]

    class Meta:
        verbose_name = _("city request")
        verbose_name_plural = _("city requests")
        ordering = ["status", "-created_at"]

    def __str__(self) -> str:
        return self.name


PATHWAYS_PREVIEW = "pathways"


class NeedsAssessmentPage(Page):
    """The questionnaire a city's team fills in: sections of questions, options tagged with what addresses them."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("Who fills this in, and how long it takes."))
    body = StreamField(
        [("section", SectionBlock())],
        verbose_name=_("sections"),
        help_text=_("Questions keep their identity when reworded or translated; deleting one keeps old answers."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("needs assessment questionnaire")

    @property
    def preview_modes(self):
        # The second mode shows the rules' effect: each city's pathway under the questionnaire being edited.
        return [("", _("Questionnaire")), (PATHWAYS_PREVIEW, _("Pathways for the cities"))]

    def get_preview_template(self, request, mode_name):
        if mode_name == PATHWAYS_PREVIEW:
            return "cities/needs_assessment_pathways_preview.html"
        return super().get_preview_template(request, mode_name)

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        if mode_name == PATHWAYS_PREVIEW:
            # Imported here: the preview reads assessments through selectors, which import this module.
            from courses.cities.rules_preview import pathways_preview

            context["preview"] = pathways_preview(questionnaire=self)
        return context


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class CityAssessmentQuerySet(models.QuerySet):
    def of_city(self, city: City):
        return self.filter(city=city)

    def submitted(self):
        return self.filter(status=AssessmentStatus.SUBMITTED)

    def drafts(self):
        return self.filter(status=AssessmentStatus.DRAFT)


class CityAssessment(models.Model):
    """One dated needs assessment of a city. Submitted ones are kept, read-only, to show what changed."""

    city = models.ForeignKey(
        City,
        on_delete=models.CASCADE,
        related_name="assessments",
        verbose_name=_("city"),
        help_text=_("The city assessed."),
    )
    questionnaire_key = models.UUIDField(
        _("questionnaire"),
        db_index=True,
        help_text=_("The questionnaire's translation key: the same questionnaire in every language."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=AssessmentStatus.choices,
        default=AssessmentStatus.DRAFT,
        help_text=_("A submitted assessment can no longer be changed."),
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("started by"),
        help_text=_("The lead or programme manager who started it."),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
        help_text=_("Who submitted it."),
    )
    copied_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("copied from"),
        help_text=_("The earlier assessment this one started from."),
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    objects = CityAssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("city needs assessment")
        verbose_name_plural = _("city needs assessments")
        ordering = ["city", "-created_at"]
        constraints = [
            # At most one draft per city: the team works on one assessment at a time.
            models.UniqueConstraint(
                fields=["city"], condition=models.Q(status="draft"), name="one_draft_assessment_per_city"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.city} · {self.created_at:%Y-%m-%d}"

    @property
    def is_submitted(self) -> bool:
        return self.status == AssessmentStatus.SUBMITTED


class AssessmentAnswer(models.Model):
    """One team member's answer to one question, by the question's stable id."""

    assessment = models.ForeignKey(
        CityAssessment,
        on_delete=models.CASCADE,
        related_name="answers",
        verbose_name=_("assessment"),
        help_text=_("The assessment answered."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="assessment_answers",
        verbose_name=_("team member"),
        help_text=_("Who answered."),
    )
    question_id = models.CharField(
        _("question id"), max_length=64, help_text=_("The question's block id, the same in every language.")
    )
    value = models.JSONField(
        _("answer"), help_text=_("An option id, a list of option ids, a number from 1 to 5, or a short text.")
    )
    updated_at = models.DateTimeField(_("answered"), auto_now=True)

    class Meta:
        verbose_name = _("assessment answer")
        verbose_name_plural = _("assessment answers")
        ordering = ["assessment", "question_id", "user"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "user", "question_id"], name="one_answer_per_member"),
        ]

    def __str__(self) -> str:
        return f"{self.assessment} · {self.question_id}"


class AdjustmentAction(models.TextChoices):
    PIN = "pin", _("Pin to the top")
    REMOVE = "remove", _("Remove")


class PathwayAdjustment(models.Model):
    """A trainer's or programme manager's change to a city's ranked pathway, with the reason."""

    city = models.ForeignKey(
        City,
        on_delete=models.CASCADE,
        related_name="pathway_adjustments",
        verbose_name=_("city"),
        help_text=_("The city whose pathway changes."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("course or module"),
        help_text=_("In any language: the adjustment applies to all its translations."),
    )
    action = models.CharField(
        _("action"), max_length=10, choices=AdjustmentAction.choices, help_text=_("Pin it first, or remove it.")
    )
    note = models.TextField(_("note"), help_text=_("Why: the team sees this next to the item."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
        help_text=_("The trainer or programme manager."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("city"),
        PageChooserPanel("page", page_type=["courses.CoursePage", "courses.ModulePage"]),
        FieldPanel("action"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("pathway adjustment")
        verbose_name_plural = _("pathway adjustments")
        ordering = ["city", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["city", "page"], name="one_adjustment_per_city_page"),
        ]

    def __str__(self) -> str:
        return f"{self.city} · {self.get_action_display()}"

    def clean(self):
        # The admin's page chooser offers only courses and modules, but a posted id could name any page.
        if self.page_id and self.page.specific_class._meta.label not in ("courses.CoursePage", "courses.ModulePage"):
            raise ValidationError({"page": _("Only courses and modules can be on a pathway.")})
