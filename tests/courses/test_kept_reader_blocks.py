"""Quizzes in the lesson's kept HTML (courses.templatetags.lesson_body, ReaderState): a learner who has not
answered gets the quiz kept for every such learner, with their own CSRF token and a fresh submission id
put in; a learner who answered gets their own answers; an edit shows at once."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import CourseIndexPage, LessonPage
from courses.progress import services
from courses.progress.models import QuizAttempt
from tests.factories import QUIZ_ID, WRONG_ANSWERS, make_course, make_user, quiz_post

pytestmark = pytest.mark.django_db

LAST_ANSWER = "Your last answer."


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.filter(locale__language_code="en").first()
    return make_course(index, slug="kept-quiz", modules=1, lessons_per_module=2, quiz_lessons=((0, 0),))


@pytest.fixture
def lesson(course):
    return LessonPage.objects.live().descendant_of(course).order_by("path").first()


def _learner(course, email: str) -> Client:
    user = make_user(email)
    services.enrol(user=user, course=course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def _form(page: str) -> tuple[str, str]:
    """The quiz form's CSRF token and submission id."""
    form = re.search(r'<form method="post" action="[^"]*/quizzes/[^"]*".*?</form>', page, re.S).group(0)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    submission = re.search(r'name="submission_id" value="([^"]+)"', form).group(1)
    return token, submission


def test_each_learner_who_has_not_answered_gets_their_own_token_and_a_fresh_submission_id(course, lesson):
    first, second = _learner(course, "kept-a@example.org"), _learner(course, "kept-b@example.org")
    first_page = first.get(lesson.get_url()).content.decode()  # renders the quiz and keeps it
    pages = [second.get(lesson.get_url()).content.decode() for _view in range(2)]  # from the kept HTML
    assert "__yca_slot_" not in first_page + "".join(pages)
    submissions = {_form(page)[1] for page in [first_page, *pages]}
    assert len(submissions) == 3, "a fresh submission id for every showing"

    # The token put in is the reader's own: the second learner's form is accepted as theirs.
    token, submission = _form(pages[1])
    url = reverse("submit_quiz", args=[lesson.pk, QUIZ_ID])
    response = second.post(url, quiz_post(WRONG_ANSWERS, submission) | {"csrfmiddlewaretoken": token})
    assert response.status_code == 302, response.status_code
    attempt = QuizAttempt.objects.get(submission_id=submission)
    assert attempt.user.email == "kept-b@example.org"

    # Who answered sees their own answers; who did not still sees the quiz unanswered.
    assert LAST_ANSWER in second.get(lesson.get_url()).content.decode()
    assert LAST_ANSWER not in first.get(lesson.get_url()).content.decode()


def test_a_quiz_edited_after_it_was_kept_shows_at_once(course, lesson):
    learner = _learner(course, "kept-c@example.org")
    learner.get(lesson.get_url())
    body = lesson.body.get_prep_value()
    for block in body:
        if block["type"] == "quiz":
            block["value"]["questions"][0]["value"]["prompt"] = "Which one is right, after the edit?"
    lesson.body = body
    lesson.save_revision().publish()
    assert "Which one is right, after the edit?" in learner.get(lesson.get_url()).content.decode()


def test_a_reader_who_may_not_answer_gets_the_quiz_disabled_without_a_token(course, lesson):
    reader = make_user("kept-d@example.org")  # logged in, not enrolled
    client = Client()
    client.force_login(reader)
    for _view in range(2):
        page = client.get(lesson.get_url()).content.decode()
        form = re.search(r'<form method="post" action="[^"]*/quizzes/[^"]*".*?</form>', page, re.S).group(0)
        assert "csrfmiddlewaretoken" not in form and "submission_id" not in form
        assert "disabled" in form
