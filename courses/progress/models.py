"""Who learned what: enrolments, per-lesson progress, quiz attempts and private reflections.

Everything is keyed by the page's ``translation_key``, not its id, so a lesson finished in
Arabic counts for its English and French versions too, and a learner can switch language
at any time without losing progress.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrolmentStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    LEFT = "left", _("Left")


class EnrolmentQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def active(self):
        return self.filter(status=EnrolmentStatus.ACTIVE)


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course"), help_text=_("The course's translation key: one enrolment per course."))
    status = models.CharField(
        _("status"), max_length=10, choices=EnrolmentStatus.choices, default=EnrolmentStatus.ACTIVE
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="one_enrolment_per_course")]

    def __str__(self) -> str:
        return f"{self.user} · {self.course_key}"


class LessonStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")


class LessonProgressQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def in_course(self, course_key):
        return self.filter(course_key=course_key)

    def completed(self):
        return self.filter(status=LessonStatus.COMPLETED)


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson_key = models.UUIDField(_("lesson"), help_text=_("The lesson's translation key."))
    course_key = models.UUIDField(_("course"), db_index=True, help_text=_("The course's translation key."))
    status = models.CharField(
        _("status"), max_length=12, choices=LessonStatus.choices, default=LessonStatus.IN_PROGRESS
    )
    first_visited_at = models.DateTimeField(_("first visit"), auto_now_add=True)
    last_visited_at = models.DateTimeField(_("last visit"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    best_score = models.PositiveSmallIntegerField(_("best score (%)"), null=True, blank=True)

    objects = LessonProgressQuerySet.as_manager()

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="one_progress_row_per_lesson"),
            # Completion never goes back: a completed row always has its time.
            models.CheckConstraint(
                condition=~models.Q(status="completed") | models.Q(completed_at__isnull=False),
                name="completed_lessons_have_a_completion_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson_key} · {self.status}"

    @property
    def is_completed(self) -> bool:
        return self.status == LessonStatus.COMPLETED


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"))
    quiz_id = models.CharField(
        _("quiz"), max_length=64, help_text=_("The quiz block's id, the same in every language.")
    )
    submission_id = models.UUIDField(
        _("submission"), help_text=_("Sent with the form, so that a double submit or retry records one attempt.")
    )
    answers = models.JSONField(_("answers"), help_text=_("Question id → the option ids chosen."))
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "submission_id"], name="one_attempt_per_submission"),
        ]
        indexes = [models.Index(fields=["user", "lesson_key", "quiz_id"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.quiz_id} · {self.score}%"


class ActivityResult(models.Model):
    """The best result of an activity scored in the learner's browser (an H5P block), per learner and block."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="activity_results"
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"))
    block_id = models.CharField(
        _("activity"), max_length=64, help_text=_("The block's id, the same in every language.")
    )
    best_score = models.PositiveSmallIntegerField(_("best score (%)"), null=True, blank=True)
    passed_at = models.DateTimeField(_("passed at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("activity result")
        verbose_name_plural = _("activity results")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key", "block_id"], name="one_result_per_activity"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.block_id} · {self.best_score}"

    @property
    def passed(self) -> bool:
        return self.passed_at is not None


class ReflectionNote(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="reflections"
    )
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.CharField(_("reflection"), max_length=64)
    text = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("reflection note")
        verbose_name_plural = _("reflection notes")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key", "block_id"], name="one_note_per_reflection"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.block_id}"
