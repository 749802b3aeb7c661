"""A learner's rows of several kinds in one query, its SQL written once per shape (courses.progress.joined_rows)."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.progress.joined_rows import rows_joined_to_user
from courses.progress.models import Enrolment, LessonProgress, LessonStatus, QuizAttempt
from tests.factories import make_user

pytestmark = pytest.mark.django_db

COURSE = uuid.uuid4()
LESSONS = [uuid.uuid4() for _ in range(3)]


def _rows_of(user):
    Enrolment.objects.create(user=user, course_key=COURSE)
    for lesson in LESSONS[:2]:
        LessonProgress.objects.create(
            user=user,
            lesson_key=lesson,
            course_key=COURSE,
            status=LessonStatus.COMPLETED,
            completed_at=timezone.now(),
            best_score=75,
        )
    for score in (40, 90):
        QuizAttempt.objects.create(
            user=user,
            lesson_key=LESSONS[0],
            course_key=COURSE,
            quiz_id="q1",
            submission_id=uuid.uuid4(),
            answers={"question": ["option-b"]},
            score=score,
            passed=score >= 50,
        )


def _fields(instance) -> dict:
    return {field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields}


def test_each_kind_comes_back_as_the_orm_reads_it_once_per_row_for_that_learner_only():
    learner, other = make_user("joined-one@example.org"), make_user("joined-two@example.org")
    _rows_of(learner)
    _rows_of(other)
    conditions = {
        Enrolment: {"course_key": COURSE},
        LessonProgress: {"lesson_key__in": LESSONS},
        QuizAttempt: {"lesson_key": LESSONS[0]},
    }
    with CaptureQueriesContext(connection) as queries:
        found = rows_joined_to_user(learner, conditions)
    assert len(queries) == 1
    # The join multiplies the kinds' rows (1 × 2 × 2 here); each row is still taken once.
    for model in (Enrolment, LessonProgress, QuizAttempt):
        expected = {row.pk: _fields(row) for row in model.objects.filter(user=learner)}
        assert {row.pk: _fields(row) for row in found[model]} == expected
    # Converted as the ORM converts: UUIDs, aware times, booleans and JSON, not the database's raw values.
    attempt = found[QuizAttempt][0]
    assert isinstance(attempt.lesson_key, uuid.UUID)
    assert timezone.is_aware(attempt.submitted_at)
    assert attempt.passed in (True, False)
    assert attempt.answers == {"question": ["option-b"]}

    # The same shape with other values reads the other learner's rows; a longer IN list is a new shape.
    again = rows_joined_to_user(
        other, {Enrolment: {"course_key": COURSE}, LessonProgress: {"lesson_key__in": LESSONS[:1]}}
    )
    assert [row.user_id for row in again[Enrolment]] == [other.pk]
    assert [row.lesson_key for row in again[LessonProgress]] == [LESSONS[0]]


def test_a_learner_without_rows_of_one_kind_still_gets_the_others():
    learner = make_user("joined-three@example.org")
    Enrolment.objects.create(user=learner, course_key=COURSE)
    found = rows_joined_to_user(learner, {Enrolment: {"course_key": COURSE}, QuizAttempt: {"lesson_key": LESSONS[0]}})
    assert len(found[Enrolment]) == 1
    assert found[QuizAttempt] == []


def test_conditions_it_cannot_join_on_are_refused():
    learner = make_user("joined-four@example.org")
    with pytest.raises(ValueError, match="a list of values"):
        rows_joined_to_user(learner, {LessonProgress: {"lesson_key__in": []}})
    with pytest.raises(ValueError, match="a list of values"):
        rows_joined_to_user(learner, {LessonProgress: {"lesson_key__in": (key for key in LESSONS)}})
    # The ORM would write IS NULL, or drop the None from the list: here both are refused rather than guessed.
    with pytest.raises(ValueError, match="None"):
        rows_joined_to_user(learner, {LessonProgress: {"lesson_key": None}})
    with pytest.raises(ValueError, match="None"):
        rows_joined_to_user(learner, {LessonProgress: {"lesson_key__in": [LESSONS[0], None]}})
    with pytest.raises(ValueError, match="Only exact and in"):
        rows_joined_to_user(learner, {LessonProgress: {"best_score__gte": 50}})
