"""Evidence of learning, on the learner's side: a course's knowledge check (questions by topic and
confidence statements), the learner's pre and post attempts, a skipped pre-check, and the end-of-course
survey.

Attempts are keyed by the course's ``translation_key``, like progress, so a check taken in Arabic and
one taken in French compare. Questions keep their block ids across languages; ``question_ids`` records
which were asked, so that a check edited between the two phases is compared on the ids both share.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin

from courses.evidence.blocks import CheckQuestionBlock, ConfidenceStatementBlock


class KnowledgeCheckQuerySet(models.QuerySet):
    def for_course_key(self, course_key):
        return self.filter(course__translation_key=course_key)


class KnowledgeCheck(TranslatableMixin, models.Model):
    """The questions and confidence statements a course's learners answer before and after the course."""

    title = models.CharField(
        _("title"), max_length=255, help_text=_("For editors, e.g. “Foundation course: knowledge check”.")
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The course whose learners take this check, when they enrol and after the last lesson."),
    )
    questions = StreamField(
        [("question", CheckQuestionBlock())],
        verbose_name=_("questions"),
        min_num=1,
        help_text=_(
            "Scored on the server. Changing questions after learners took the check keeps their results "
            "comparable only on the questions both checks share."
        ),
    )
    confidence_statements = StreamField(
        [("statement", ConfidenceStatementBlock())],
        verbose_name=_("confidence statements"),
        blank=True,
        help_text=_("A few statements the learner rates from 1 to 5, before and after the course."),
    )

    objects = KnowledgeCheckQuerySet.as_manager()

    panels = [FieldPanel("title"), FieldPanel("course"), FieldPanel("questions"), FieldPanel("confidence_statements")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("knowledge check")
        verbose_name_plural = _("knowledge checks")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title


class Phase(models.TextChoices):
    PRE = "pre", _("Before the course")
    POST = "post", _("After the course")


class CheckAttemptQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def in_course(self, course_key):
        return self.filter(course_key=course_key)


class CheckAttempt(models.Model):
    """One learner's answers to a course's check in one phase: one per phase, so a retry changes nothing."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="check_attempts"
    )
    course_key = models.UUIDField(_("course"), help_text=_("The course's translation key."))
    phase = models.CharField(_("phase"), max_length=4, choices=Phase.choices)
    score = models.PositiveSmallIntegerField(
        _("score (%)"), validators=[MaxValueValidator(100)], help_text=_("Share of knowledge questions answered right.")
    )
    topic_scores = models.JSONField(_("scores per topic"), default=dict, help_text=_("Topic → score (%)."))
    answers = models.JSONField(_("answers"), default=dict, help_text=_("Question id → the option ids chosen."))
    correct_question_ids = models.JSONField(
        _("questions answered right"), default=list, help_text=_("The ids of the questions answered right.")
    )
    confidence = models.JSONField(_("confidence"), default=dict, help_text=_("Statement id → 1 to 5."))
    question_ids = models.JSONField(
        _("questions asked"),
        default=list,
        help_text=_("The question ids asked; comparisons use those both phases share."),
    )
    language = models.CharField(_("language"), max_length=8, blank=True, help_text=_("The language it was taken in."))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    objects = CheckAttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("check attempt")
        verbose_name_plural = _("check attempts")
        ordering = ["course_key", "phase"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key", "phase"], name="one_check_attempt_per_phase"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course_key} · {self.phase} · {self.score}%"


class CheckSkip(models.Model):
    """A learner chose not to take a course's pre-check or final check; that check is not offered again.

    A skipped final check counts towards nothing, but it lets the course complete: the certificate waits
    for the final check to be taken *or* skipped, never for a score."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="check_skips"
    )
    course_key = models.UUIDField(_("course"), help_text=_("The course's translation key."))
    phase = models.CharField(
        _("phase"), max_length=4, choices=Phase.choices, default=Phase.PRE, help_text=_("Which check was skipped.")
    )
    skipped_at = models.DateTimeField(_("skipped at"), auto_now_add=True)

    class Meta:
        verbose_name = _("skipped check")
        verbose_name_plural = _("skipped checks")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key", "phase"], name="one_check_skip_per_phase"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course_key} · {self.phase}"


RATING = [MinValueValidator(1), MaxValueValidator(5)]


class SurveyResponse(models.Model):
    """The end-of-course survey. The learner is kept only so that a second submit changes nothing; reports
    never show who answered."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="survey_responses"
    )
    course_key = models.UUIDField(_("course"), help_text=_("The course's translation key."))
    relevance = models.PositiveSmallIntegerField(_("relevance"), validators=RATING, help_text=_("1 to 5."))
    usefulness = models.PositiveSmallIntegerField(
        _("usefulness for their city"), validators=RATING, help_text=_("1 to 5.")
    )
    likely_to_apply = models.PositiveSmallIntegerField(
        _("likelihood to apply"), validators=RATING, help_text=_("1 to 5.")
    )
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    language = models.CharField(_("language"), max_length=8, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="one_survey_response_per_course")]

    def __str__(self) -> str:
        return f"{self.course_key} · {self.submitted_at:%Y-%m-%d}"
