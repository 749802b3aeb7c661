"""Writes of evidence of learning: taking or skipping the pre-check, taking the post-check, answering the
end-of-course survey. Each is idempotent (one row per learner, course and phase: a retry returns what was
stored) and stores nothing when it refuses. Scoring is the quizzes' own (courses.progress.quizzes).

The final check comes before the certificate: a course with a check completes once its lessons are done
*and* the final check is taken or skipped (``courses.evidence.requirements``, registered with progress's
completion registry). Taking or skipping it therefore asks progress to check the course's completion again,
which records it and issues the certificate once everything is met.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from courses.evidence import checks
from courses.evidence.models import CheckAttempt, CheckSkip, KnowledgeCheck, Phase, SurveyResponse
from courses.models import CoursePage
from courses.progress import quizzes
from courses.progress.models import Enrolment, EnrolmentStatus, LessonProgress, LessonStatus
from courses.progress.selectors import required_lesson_keys
from courses.progress.services import recheck_course_completion
from lms.accounts.models import User

__all__ = [
    "CheckRefused",
    "PreCheckClosed",
    "closed_reason",
    "post_check_open",
    "pre_check_open",
    "skip_post_check",
    "skip_pre_check",
    "submit_check",
    "submit_survey",
]

RATINGS = range(1, 6)


class CheckRefused(Exception):
    """Why a learner may not do this now, in their language."""


class PreCheckClosed(CheckRefused):
    pass


def _enrolment(user: User, course_key: uuid.UUID) -> Enrolment | None:
    return Enrolment.objects.filter(user=user, course_key=course_key).first()


def has_started(*, user: User, course_key: uuid.UUID) -> bool:
    """Any lesson of the course opened: a check taken now would not be a pre-check."""
    return LessonProgress.objects.filter(user=user, course_key=course_key).exists()


def pre_check_open(*, user: User, course_key: uuid.UUID) -> bool:
    """Enrolled, not yet in the lessons, and neither taken nor skipped."""
    enrolment = _enrolment(user, course_key)
    return (
        enrolment is not None
        and enrolment.status == EnrolmentStatus.ACTIVE
        and not has_started(user=user, course_key=course_key)
        and not CheckAttempt.objects.filter(user=user, course_key=course_key).exists()
        and not CheckSkip.objects.filter(user=user, course_key=course_key, phase=Phase.PRE).exists()
    )


def lessons_done(*, user: User, course_key: uuid.UUID) -> bool:
    """Every lesson the course's completion rule counts is completed (in any language)."""
    course = CoursePage.objects.filter(translation_key=course_key).first()
    required = required_lesson_keys(course) if course else set()
    if not required:
        return False
    done = LessonProgress.objects.filter(user=user, lesson_key__in=required, status=LessonStatus.COMPLETED).values_list(
        "lesson_key", flat=True
    )
    return required <= set(done)


def post_check_open(*, user: User, course_key: uuid.UUID) -> bool:
    """The course completed, or its lessons done (then the final check is what completion waits for)."""
    enrolment = _enrolment(user, course_key)
    if enrolment is None:
        return False
    if enrolment.completed_at is not None:
        return True
    return enrolment.status == EnrolmentStatus.ACTIVE and lessons_done(user=user, course_key=course_key)


def course_completed(*, user: User, course_key: uuid.UUID) -> bool:
    enrolment = _enrolment(user, course_key)
    return enrolment is not None and enrolment.completed_at is not None


def _require_open(*, user: User, course_key: uuid.UUID, phase: str) -> None:
    if phase == Phase.PRE:
        enrolment = _enrolment(user, course_key)
        if enrolment is None or enrolment.status != EnrolmentStatus.ACTIVE:
            raise CheckRefused(_("Enrol in this course to take its check."))
        if has_started(user=user, course_key=course_key):
            raise PreCheckClosed(
                _(
                    "You have already started this course's lessons, so a check now would not show where you "
                    "started from. There is nothing to do: you will take the final check after the last lesson."
                )
            )
    elif not post_check_open(user=user, course_key=course_key):
        raise CheckRefused(_("The final check opens when you have completed the course's lessons."))


def closed_reason(*, user: User, course_key: uuid.UUID, phase: Phase | str) -> str:
    """Why the learner may not take this phase's check now, in their language; "" when they may."""
    try:
        _require_open(user=user, course_key=course_key, phase=phase)
    except CheckRefused as refused:
        return str(refused)
    return ""


def _clean_confidence(check: KnowledgeCheck, confidence: dict[str, str]) -> dict[str, int]:
    ratings = {}
    for statement in checks.statements(check):
        try:
            rating = int(confidence.get(statement.id, ""))
        except ValueError:
            rating = 0
        if rating not in RATINGS:
            raise CheckRefused(_("Rate every statement from 1 to 5."))
        ratings[statement.id] = rating
    return ratings


def submit_check(
    *,
    user: User,
    course: CoursePage,
    phase: Phase | str,
    answers: dict[str, list[str]],
    confidence: dict[str, str],
    language: str = "",
) -> CheckAttempt:
    """Score and store the learner's answers for one phase; the stored attempt if they already took it.

    A final check lets the course complete (and its certificate issue) if the lessons are done; a retry
    asks again, so a completion that failed the first time is recorded by the next submit.
    """
    course_key = course.translation_key
    existing = CheckAttempt.objects.filter(user=user, course_key=course_key, phase=phase).first()
    if existing:
        if phase == Phase.POST:
            recheck_course_completion(user=user, course=course)
        return existing
    check = checks.check_for(course_key, language=language or None)
    if check is None:
        raise CheckRefused(_("This course has no check."))
    _require_open(user=user, course_key=course_key, phase=phase)
    ratings = _clean_confidence(check, confidence)
    asked = checks.questions(check)
    results = quizzes.score_questions(asked, answers)
    topic_of = checks.topics(check)
    by_topic = defaultdict(list)
    for result in results:
        by_topic[topic_of[result.question_id]].append(result)
    try:
        with transaction.atomic():
            attempt = CheckAttempt.objects.create(
                user=user,
                course_key=course_key,
                phase=phase,
                score=quizzes.percent_correct(results),
                topic_scores={topic: quizzes.percent_correct(rows) for topic, rows in by_topic.items()},
                answers={result.question_id: list(result.chosen) for result in results},
                correct_question_ids=[result.question_id for result in results if result.correct],
                confidence=ratings,
                question_ids=[question_id for question_id, _question, _options in asked],
                language=check.locale.language_code,
            )
    except IntegrityError:
        # The same form sent twice at once: the first one counts.
        attempt = CheckAttempt.objects.get(user=user, course_key=course_key, phase=phase)
    if phase == Phase.POST:
        recheck_course_completion(user=user, course=course)
    return attempt


def _skip(*, user: User, course_key: uuid.UUID, phase: Phase | str) -> CheckSkip:
    existing = CheckSkip.objects.filter(user=user, course_key=course_key, phase=phase).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            skip, _created = CheckSkip.objects.get_or_create(user=user, course_key=course_key, phase=phase)
    except IntegrityError:
        skip = CheckSkip.objects.get(user=user, course_key=course_key, phase=phase)
    return skip


def skip_pre_check(*, user: User, course: CoursePage) -> CheckSkip:
    return _skip(user=user, course_key=course.translation_key, phase=Phase.PRE)


def skip_post_check(*, user: User, course: CoursePage) -> CheckSkip:
    """The learner chose not to take the final check: it counts towards nothing, and the course completes
    (its certificate issues) as if they had taken it. Refused before the lessons are done."""
    course_key = course.translation_key
    if not post_check_open(user=user, course_key=course_key):
        raise CheckRefused(_("The final check opens when you have completed the course's lessons."))
    skip = _skip(user=user, course_key=course_key, phase=Phase.POST)
    recheck_course_completion(user=user, course=course)
    return skip


def submit_survey(
    *,
    user: User,
    course: CoursePage,
    relevance: int,
    usefulness: int,
    likely_to_apply: int,
    comment: str = "",
    language: str = "",
) -> SurveyResponse:
    """The end-of-course survey, once per learner and course: a second submit returns the first."""
    course_key = course.translation_key
    existing = SurveyResponse.objects.filter(user=user, course_key=course_key).first()
    if existing:
        return existing
    if not course_completed(user=user, course_key=course_key):
        raise CheckRefused(_("The survey opens when you have completed the course."))
    if any(rating not in RATINGS for rating in (relevance, usefulness, likely_to_apply)):
        raise CheckRefused(_("Choose a rating from 1 to 5 for each question."))
    try:
        with transaction.atomic():
            return SurveyResponse.objects.create(
                user=user,
                course_key=course_key,
                relevance=relevance,
                usefulness=usefulness,
                likely_to_apply=likely_to_apply,
                comment=comment.strip()[:2000],
                language=language,
            )
    except IntegrityError:
        return SurveyResponse.objects.get(user=user, course_key=course_key)
