"""Concurrent quiz submissions on PostgreSQL: no errors, one row per lesson, and the best score survives."""

import threading
import uuid

import pytest
from django.db import connection, connections

from courses.models import CourseIndexPage, LessonPage
from courses.progress import services
from courses.progress.models import LessonProgress, QuizAttempt
from tests.factories import QUIZ_ID, RIGHT_ANSWERS, WRONG_ANSWERS, make_course, make_user

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row-level concurrency is tested on PostgreSQL"),
]


def test_concurrent_submissions_lose_no_best_score(demo_site):
    from django.core.management import call_command

    from tests.e2e.conftest import restore_migration_data

    restore_migration_data()  # an earlier transactional test's flush removed the groups and workflows
    call_command("load_demo", "--with-demo-accounts", stdout=__import__("io").StringIO())
    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = make_course(index, slug="race", modules=1, lessons_per_module=2, quiz_lessons=((0, 0),))
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    user = make_user("racer@example.org")
    services.enrol(user=user, course=course)

    errors: list[BaseException] = []
    barrier = threading.Barrier(8)
    shared_submission = uuid.uuid4()

    def submit(number: int) -> None:
        try:
            barrier.wait()
            answers = RIGHT_ANSWERS if number == 3 else WRONG_ANSWERS
            submission = shared_submission if number >= 6 else uuid.uuid4()
            services.submit_quiz(user=user, lesson=lesson, quiz_id=QUIZ_ID, answers=answers, submission_id=submission)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).count() == 1
    progress = LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)
    assert progress.best_score == 100
    assert progress.is_completed
    # Six distinct submissions plus one shared by two threads.
    assert QuizAttempt.objects.filter(user=user).count() == 7
