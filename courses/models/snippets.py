"""Translatable snippets: tracks, guidebooks and case studies."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index


class TrackColour(models.TextChoices):
    TEAL = "teal", _("Teal")
    BLUE = "blue", _("Blue")
    PURPLE = "purple", _("Purple")
    AMBER = "amber", _("Amber")


class Track(TranslatableMixin, models.Model):
    """A learning path that groups courses for one audience (mayors, staff, youth work…)."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Shown on course cards and filters."))
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in catalogue filter links, e.g. ?track=mayors.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences: who this track is for.")
    )
    colour = models.CharField(
        _("colour"),
        max_length=10,
        choices=TrackColour.choices,
        default=TrackColour.TEAL,
        help_text=_("The accent colour of this track's course cards."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("colour")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("track")
        verbose_name_plural = _("tracks")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_track_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name


class Guidebook(TranslatableMixin, models.Model):
    """A published guide or toolkit that modules and lessons are based on."""

    title = models.CharField(_("title"), max_length=255, help_text=_("The guide's title in this language."))
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("A short identifier, e.g. guide-for-mayors."))
    publisher = models.CharField(
        _("publisher"), max_length=255, help_text=_("Who published it, e.g. Strong Cities Network.")
    )
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("Year of publication."))
    url = models.URLField(_("link"), blank=True, help_text=_("Where learners can read the guide."))

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("publisher"),
        FieldPanel("year"),
        FieldPanel("url"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("guidebook")
        verbose_name_plural = _("guidebooks")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_guidebook_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.year})"


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey("courses.CaseStudy", on_delete=models.CASCADE, related_name="tagged_items")


class CaseStudyQuerySet(models.QuerySet):
    def in_locale(self, locale):
        return self.filter(locale=locale)

    def in_country(self, country: str):
        return self.filter(country=country) if country else self

    def with_theme(self, theme: str):
        return self.filter(themes__name=theme) if theme else self

    def live(self):
        """Published: what the library and search show (a practice a city shared is a draft until then)."""
        return self.filter(live=True)


class CaseStudy(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A city's practice example, told so that other cities can learn from it.

    Drafts, revisions and the moderation workflow (the one pages use, assigned to case studies in
    courses/migrations/0008) let a practice a city shared (courses/practices) wait for a moderator's
    approval; case studies editors write are published as before.
    """

    title = models.CharField(_("title"), max_length=255, help_text=_("What the city did, in a few words."))
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used in the case study's web address."))
    city = models.CharField(_("city or municipality"), max_length=120, help_text=_("Where it happened."))
    country = CountryField(_("country"), help_text=_("The country of the city."))
    summary = models.TextField(_("summary"), help_text=_("One or two sentences shown in lists."))
    goal = models.TextField(_("goal"), help_text=_("What the city wanted to achieve."))
    approach = models.TextField(_("approach"), help_text=_("What it did, and with whom."))
    impact = models.TextField(_("impact"), help_text=_("What changed, with figures only from sources."))
    challenges = models.TextField(
        _("challenges"), blank=True, help_text=_("What was hard, and how the city dealt with it. Optional.")
    )
    lessons_learned = models.TextField(_("lessons learned"), help_text=_("What other cities can take from it."))
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("Where the facts come from: one source per line. Empty for a city's own account."),
    )
    themes = ClusterTaggableManager(
        through=CaseStudyTag,
        blank=True,
        verbose_name=_("themes"),
        help_text=_("Theme tags in this language, e.g. youth, gender equality, reintegration."),
    )

    objects = CaseStudyQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("slug"), FieldPanel("city"), FieldPanel("country")],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        FieldPanel("goal"),
        FieldPanel("approach"),
        FieldPanel("impact"),
        FieldPanel("challenges"),
        FieldPanel("lessons_learned"),
        FieldPanel("sources"),
        FieldPanel("themes"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("city", boost=2),
        index.SearchField("summary"),
        index.SearchField("goal"),
        index.SearchField("approach"),
        index.SearchField("impact"),
        index.SearchField("challenges"),
        index.SearchField("lessons_learned"),
        index.FilterField("locale_id"),
        index.FilterField("country"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_case_study_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("case_study_detail", args=[self.slug])
