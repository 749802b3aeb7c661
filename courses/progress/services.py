"""Writes for the learner journey: enrol, leave, visit, complete, answer quizzes, keep reflections.

Every function takes the acting user explicitly (views pass ``request.user``, never an id from
the request) and is safe to retry: a repeated call finds the row it made the first time.
Completion only ever moves forward. ``_complete_course_if_due`` is the one place where a
course's completion rule is applied (its lessons, then the requirements other apps register in
``courses.progress.completion``) and where the completion handlers (a certificate) are called;
``record_lesson_completion`` and ``recheck_course_completion`` reach it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, LessonPage
from courses.progress import activities, completion, quizzes
from courses.progress.models import (
    ActivityResult,
    Enrolment,
    EnrolmentStatus,
    LessonProgress,
    LessonStatus,
    QuizAttempt,
    ReflectionNote,
)
from courses.progress.selectors import CourseProgress, completed_course_keys, course_of, required_lesson_keys
from lms.accounts.models import User


class LearnerError(Exception):
    """A learner action that cannot be done; the message is shown to the learner."""


class NotEnrolled(LearnerError):
    pass


class EnrolmentRefused(LearnerError):
    def __init__(self, message: str, *, unmet_prerequisites: list[CoursePage] | None = None):
        super().__init__(message)
        self.unmet_prerequisites = unmet_prerequisites or []


class ActivityRequired(LearnerError):
    pass


class AttemptsExhausted(LearnerError):
    pass


class UnknownActivity(LearnerError):
    pass


@dataclass(frozen=True)
class CompletionResult:
    lesson_completed_now: bool
    course_completed_now: bool


def has_verified_email(user: User) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def active_enrolment(*, user: User, course_key: uuid.UUID) -> Enrolment | None:
    return Enrolment.objects.filter(user=user, course_key=course_key, status=EnrolmentStatus.ACTIVE).first()


def unmet_prerequisites(*, user: User, course: CoursePage) -> list[CoursePage]:
    from courses import selectors

    prerequisites = selectors.prerequisite_courses(course)
    if not prerequisites:
        return []
    done = completed_course_keys(user)
    return [prerequisite for prerequisite in prerequisites if prerequisite.translation_key not in done]


def enrol(*, user: User, course: CoursePage) -> Enrolment:
    if not has_verified_email(user):
        raise EnrolmentRefused(_("Please confirm your e-mail address before you enrol."))
    unmet = unmet_prerequisites(user=user, course=course)
    if unmet:
        raise EnrolmentRefused(_("Complete the prerequisite courses first."), unmet_prerequisites=unmet)
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(user=user, course_key=course.translation_key)
        if not created and enrolment.status == EnrolmentStatus.LEFT:
            enrolment.status = EnrolmentStatus.ACTIVE
            enrolment.left_at = None
            enrolment.save(update_fields=["status", "left_at"])
    return enrolment


def leave_course(*, user: User, course: CoursePage) -> None:
    """Leave a course; its progress and attempts are kept, and re-enrolling picks them up."""
    Enrolment.objects.filter(user=user, course_key=course.translation_key, status=EnrolmentStatus.ACTIVE).update(
        status=EnrolmentStatus.LEFT, left_at=timezone.now()
    )


def _progress_row(*, user: User, lesson: LessonPage, course_key: uuid.UUID) -> LessonProgress:
    try:
        with transaction.atomic():
            progress, _created = LessonProgress.objects.get_or_create(
                user=user, lesson_key=lesson.translation_key, defaults={"course_key": course_key}
            )
    except IntegrityError:
        # Another request created it between our read and our write.
        progress = LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)
    return progress


# A lesson opened again within this time, while still the course's last visited one, is not written again.
VISIT_WRITE_INTERVAL = timedelta(minutes=5)


def record_lesson_visit(
    *, user: User, lesson: LessonPage, course: CoursePage, progress: CourseProgress | None = None
) -> LessonProgress | None:
    """Note that an enrolled learner opened a lesson: this is what "continue" resumes from.

    With the learner's ``progress`` in the course already read (the lesson page reads it anyway), a
    lesson that is already the last one visited, a few minutes ago, costs no write: "continue" would
    resume from it either way. Any other visit is written at once.
    """
    if not user.is_authenticated:
        return None
    if progress is None:
        enrolled, rows = active_enrolment(user=user, course_key=course.translation_key) is not None, {}
    else:
        enrolled, rows = progress.is_enrolled, progress.rows
    if not enrolled:
        return None
    now = timezone.now()
    row = rows.get(lesson.translation_key)
    if row is not None and row.last_visited_at is not None and now - row.last_visited_at < VISIT_WRITE_INTERVAL:
        latest = max((other.last_visited_at for other in rows.values() if other.last_visited_at), default=None)
        if row.last_visited_at == latest:
            return row
    if row is None:
        row = _progress_row(user=user, lesson=lesson, course_key=course.translation_key)
    LessonProgress.objects.filter(pk=row.pk).update(last_visited_at=now)
    row.last_visited_at = now
    rows[lesson.translation_key] = row
    return row


def require_enrolment(user: User, course: CoursePage) -> None:
    if not user.is_authenticated or active_enrolment(user=user, course_key=course.translation_key) is None:
        raise NotEnrolled(_("Enrol in this course to save your progress."))


def required_activities_passed(*, user: User, lesson: LessonPage) -> bool:
    """Every required quiz passed and, where the course counts them, every required H5P activity."""
    required_quizzes = quizzes.required_quiz_ids(lesson.body)
    required_h5p = activities.required_h5p_ids(lesson.body, course_of(lesson))
    if required_quizzes:
        passed = QuizAttempt.objects.filter(
            user=user, lesson_key=lesson.translation_key, quiz_id__in=required_quizzes, passed=True
        ).values_list("quiz_id", flat=True)
        if not required_quizzes <= set(passed):
            return False
    if required_h5p:
        passed = ActivityResult.objects.filter(
            user=user, lesson_key=lesson.translation_key, block_id__in=required_h5p, passed_at__isnull=False
        ).values_list("block_id", flat=True)
        if not required_h5p <= set(passed):
            return False
    return True


def mark_lesson_complete(*, user: User, lesson: LessonPage) -> CompletionResult:
    """The "Mark as complete" button, for lessons without a required activity."""
    course = course_of(lesson)
    require_enrolment(user, course)
    if activities.required_activity_ids(lesson.body, course):
        raise ActivityRequired(_("Pass the lesson's activities to complete it."))
    return record_lesson_completion(user=user, lesson=lesson, course=course)


def record_lesson_completion(*, user: User, lesson: LessonPage, course: CoursePage | None = None) -> CompletionResult:
    """Complete a lesson (once; it never goes back) and, if the course's rule is now met, the course."""
    course = course or course_of(lesson)
    progress = _progress_row(user=user, lesson=lesson, course_key=course.translation_key)
    now = timezone.now()
    lesson_completed_now = bool(
        LessonProgress.objects.filter(pk=progress.pk)
        .exclude(status=LessonStatus.COMPLETED)
        .update(status=LessonStatus.COMPLETED, completed_at=now, last_visited_at=now)
    )
    course_completed_now = _complete_course_if_due(user=user, course=course, now=now)
    return CompletionResult(lesson_completed_now=lesson_completed_now, course_completed_now=course_completed_now)


def _complete_course_if_due(*, user: User, course: CoursePage, now=None) -> bool:
    """Record the course as complete if its lessons' rule and every registered requirement are met.

    True only for the call that recorded it: the UPDATE of an empty ``completed_at`` happens once, and the
    handlers run in the same transaction, so they run once however often this is retried or raced.
    """
    required = required_lesson_keys(course)
    if not required:
        return False
    done = set(
        LessonProgress.objects.for_user(user)
        .completed()
        .filter(lesson_key__in=required)
        .values_list("lesson_key", flat=True)
    )
    if not required <= done or completion.missing_for(user=user, course=course):
        return False
    with transaction.atomic():
        completed_now = bool(
            Enrolment.objects.filter(user=user, course_key=course.translation_key, completed_at__isnull=True).update(
                completed_at=now or timezone.now()
            )
        )
        if completed_now:
            # The one place where what follows a completion (a certificate) happens: on the server, when the
            # rule is met, through the handlers other apps register; progress does not know them.
            completion.run_handlers(user=user, course=course)
    return completed_now


def recheck_course_completion(*, user: User, course: CoursePage) -> bool:
    """Complete the course now if everything is met; for apps that change what a requirement reads.

    Attendance recorded after the learner's last lesson, for instance: the app that records it calls this,
    and the course completes (and its handlers run) then. Safe to call at any time and to repeat; returns
    True only when this call completed the course.
    """
    if not user.is_authenticated or active_enrolment(user=user, course_key=course.translation_key) is None:
        return False
    return _complete_course_if_due(user=user, course=course)


def submit_quiz(
    *, user: User, lesson: LessonPage, quiz_id: str, answers: dict[str, list[str]], submission_id: uuid.UUID
) -> QuizAttempt:
    """Score the chosen options on the server and keep the attempt; a resubmission returns the first one."""
    course = course_of(lesson)
    require_enrolment(user, course)
    quiz = quizzes.find_quiz(lesson.body, quiz_id)
    if quiz is None:
        raise UnknownActivity(_("This quiz no longer exists. Reload the lesson."))
    existing = QuizAttempt.objects.filter(user=user, submission_id=submission_id).first()
    if existing is not None:
        return existing
    previous = QuizAttempt.objects.filter(user=user, lesson_key=lesson.translation_key, quiz_id=quiz_id)
    if quiz["max_attempts"] and previous.count() >= quiz["max_attempts"]:
        raise AttemptsExhausted(_("You have used all your attempts at this quiz."))

    result = quizzes.score_quiz(quiz, answers)
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                user=user,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
                quiz_id=quiz_id,
                submission_id=submission_id,
                answers={question.question_id: list(question.chosen) for question in result.questions},
                score=result.score,
                passed=result.passed,
            )
    except IntegrityError:
        return QuizAttempt.objects.get(user=user, submission_id=submission_id)

    progress = _progress_row(user=user, lesson=lesson, course_key=course.translation_key)
    # One UPDATE with GREATEST, so that concurrent attempts never lose the best score.
    LessonProgress.objects.filter(pk=progress.pk).update(
        best_score=Greatest(Coalesce(F("best_score"), Value(0)), Value(result.score)),
        last_visited_at=timezone.now(),
    )
    if result.passed and required_activities_passed(user=user, lesson=lesson):
        record_lesson_completion(user=user, lesson=lesson, course=course)
    return attempt


def record_activity_result(
    *, user: User, lesson: LessonPage, block_id: str, score: int | None, passed: bool
) -> CompletionResult:
    """Keep the best score of a browser-scored activity; once passed, it stays passed.

    Completes the lesson when this pass was the last required activity. Safe to repeat.
    """
    course = course_of(lesson)
    require_enrolment(user, course)
    now = timezone.now()
    # One transaction, and a new row born with its score: nobody ever reads a result without it.
    with transaction.atomic():
        result, created = ActivityResult.objects.get_or_create(
            user=user,
            lesson_key=lesson.translation_key,
            block_id=block_id,
            defaults={"course_key": course.translation_key, "best_score": score, "passed_at": now if passed else None},
        )
        if not created:
            changes = {"updated_at": now}
            if score is not None:
                changes["best_score"] = Greatest(Coalesce(F("best_score"), Value(0)), Value(score))
            ActivityResult.objects.filter(pk=result.pk).update(**changes)
            if passed:
                ActivityResult.objects.filter(pk=result.pk, passed_at__isnull=True).update(passed_at=now)
    if passed:
        # Only a required activity the course counts completes the lesson; a practice block, or any H5P
        # block in a course that does not count them, leaves completion to the quizzes or the button.
        counts = block_id in activities.required_h5p_ids(lesson.body, course)
        if counts and required_activities_passed(user=user, lesson=lesson):
            return record_lesson_completion(user=user, lesson=lesson, course=course)
    return CompletionResult(lesson_completed_now=False, course_completed_now=False)


def save_reflection(*, user: User, lesson: LessonPage, block_id: str, text: str) -> ReflectionNote:
    course = course_of(lesson)
    require_enrolment(user, course)
    if not any(raw["id"] == block_id for _index, raw in quizzes.raw_blocks(lesson.body, "reflection")):
        raise UnknownActivity(_("This reflection no longer exists. Reload the lesson."))
    note, _created = ReflectionNote.objects.update_or_create(
        user=user, lesson_key=lesson.translation_key, block_id=block_id, defaults={"text": text}
    )
    return note
