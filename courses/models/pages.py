"""The course page tree: CourseIndexPage > CoursePage > ModulePage > LessonPage."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses import catalogue_marks, selectors
from courses.blocks import LessonBodyBlock


def _tabs(content_panels, extra_tabs=()):
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            *extra_tabs,
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


class CourseIndexPage(Page):
    """The catalogue: every course in this language, filterable by track."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("A sentence or two above the list of courses."))

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    # Anonymous visitors get the catalogue from the page cache for each track too (lms.page_cache).
    anonymous_cache_params = ("track",)

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        track_slug = request.GET.get("track", "")
        context["catalogue"] = catalogue = selectors.catalogue(index_page=self, track_slug=track_slug)
        # Other apps' badges (e.g. "Recommended for your city"), through catalogue_marks' hook.
        context["marked_cards"], context["strips"] = catalogue_marks.mark_cards(request, catalogue.cards)
        return context


class CompletionRule(models.TextChoices):
    REQUIRED_LESSONS = "required_lessons", _("Every required lesson")
    ALL_LESSONS = "all_lessons", _("Every lesson, optional ones included")


class CoursePage(Page):
    """A course: a few modules that together teach one practical capability."""

    track = models.ForeignKey(
        "courses.Track",
        verbose_name=_("track"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The learning path this course belongs to."),
    )
    audience = models.CharField(
        _("audience"), max_length=255, help_text=_("Who the course is for, e.g. mayors and deputy mayors.")
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences shown on the course card."))
    learning_outcomes = StreamField(
        [("outcome", wagtail_blocks.CharBlock(label=_("Outcome")))],
        verbose_name=_("learning outcomes"),
        blank=True,
        help_text=_("What a learner can do after the course. Start each with a verb."),
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=4,
        decimal_places=1,
        default=1,
        validators=[MinValueValidator(0)],
        help_text=_("Shown while the course has no lessons; then learners see the sum of its lessons' times."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Keep it light: it is shown small on phones."),
    )
    awards_certificate = models.BooleanField(
        _("awards a certificate"),
        default=True,
        help_text=_("Whether learners who complete the course receive a certificate."),
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=20,
        choices=CompletionRule.choices,
        default=CompletionRule.REQUIRED_LESSONS,
        help_text=_("Which lessons a learner must complete to complete the course."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for certificates that do not expire."),
    )
    quiz_pass_mark = models.PositiveSmallIntegerField(
        _("quiz pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The score a learner needs on each required quiz, unless the quiz sets its own."),
    )

    h5p_counts_towards_completion = models.BooleanField(
        _("H5P results count towards completion"),
        default=True,
        help_text=_(
            "H5P activities are scored in the learner's browser, so their results can be forged. "
            "Untick this to let them count as practice only: lessons are then completed by their "
            "server-scored quizzes or the completion button, and so is the certificate."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("track"),
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldRowPanel([FieldPanel("estimated_hours")]),
        FieldPanel("cover_image"),
    ]
    completion_panels = [
        MultiFieldPanel(
            [
                FieldPanel("completion_rule"),
                FieldPanel("quiz_pass_mark"),
                FieldPanel("h5p_counts_towards_completion"),
                FieldPanel("awards_certificate"),
                FieldPanel("certificate_validity_months"),
            ],
            heading=_("Completion"),
        ),
        InlinePanel(
            "prerequisites",
            label=_("Prerequisite courses"),
            help_text=_("Courses a learner must complete before enrolling in this one."),
        ),
    ]
    edit_handler = _tabs(content_panels, [ObjectList(completion_panels, heading=_("Completion"))])

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.FilterField("track"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["crumbs"] = selectors.breadcrumbs(self)
        context["outline"] = selectors.course_outline(self)
        context["prerequisite_courses"] = selectors.prerequisite_courses(self)
        return context


class CoursePrerequisite(Orderable):
    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="prerequisites")
    prerequisite = models.ForeignKey(
        CoursePage,
        verbose_name=_("prerequisite course"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A course to complete first."),
    )

    panels = [FieldPanel("prerequisite")]

    class Meta(Orderable.Meta):
        verbose_name = _("prerequisite course")
        verbose_name_plural = _("prerequisite courses")


class ModulePage(Page):
    """A module: one chapter of a guidebook turned into a few short lessons."""

    objectives = StreamField(
        [("objective", wagtail_blocks.CharBlock(label=_("Objective")))],
        verbose_name=_("objectives"),
        blank=True,
        help_text=_("What the learner will be able to do after this module."),
    )
    source_guidebook = models.ForeignKey(
        "courses.Guidebook",
        verbose_name=_("source guidebook"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The guide this module is based on."),
    )
    source_chapter = models.CharField(
        _("source chapter"), max_length=255, blank=True, help_text=_("The chapter or section of the guide.")
    )
    source_url = models.URLField(
        _("source link"), blank=True, help_text=_("A link to the chapter; leave empty to use the guide's link.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=20, help_text=_("Study time for the whole module.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("objectives"),
        FieldPanel("estimated_minutes"),
        MultiFieldPanel(
            [FieldPanel("source_guidebook"), FieldPanel("source_chapter"), FieldPanel("source_url")],
            heading=_("Based on"),
        ),
    ]
    edit_handler = _tabs(content_panels)

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["navigation"] = selectors.module_navigation(self)
        return context


class LessonPage(Page):
    """A lesson: 3 to 8 minutes of reading that ends with something the learner does."""

    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), help_text=_("The lesson, block by block."))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=5, help_text=_("Reading and activity time, shown to learners.")
    )
    is_required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Required lessons count towards course completion; optional ones do not."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("is_required")]),
        FieldPanel("body"),
    ]
    edit_handler = _tabs(content_panels)

    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["navigation"] = selectors.lesson_navigation(self)
        return context
