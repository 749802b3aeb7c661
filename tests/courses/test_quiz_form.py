"""The quiz form after an attempt: the learner's last answers stay chosen and are marked as such."""

import re

import pytest
from django.urls import reverse

from courses.models import CourseIndexPage, LessonPage
from tests.factories import QUIZ_ID, WRONG_ANSWERS, make_course, make_user, quiz_post

pytestmark = pytest.mark.django_db


def _inputs(html: str) -> dict[str, bool]:
    """Option id → whether its input is checked, for every quiz option in the page."""
    inputs = re.findall(r'<input type="(?:radio|checkbox)" name="q-[^"]+" value="([^"]+)"([^>]*)>', html)
    return {value: " checked" in attributes for value, attributes in inputs}


@pytest.fixture
def quiz_lesson(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="quiz-form", modules=1, lessons_per_module=1, quiz_lessons=((0, 0),))
    return course, LessonPage.objects.live().descendant_of(course).get()


def test_after_a_failed_attempt_the_form_keeps_the_previous_answers(client, quiz_lesson):
    course, lesson = quiz_lesson
    client.force_login(make_user("quiz-form@example.org"))
    client.post(reverse("enrol", args=[course.pk]))
    assert not any(_inputs(client.get(lesson.url).content.decode()).values())

    client.post(reverse("submit_quiz", args=[lesson.pk, QUIZ_ID]), quiz_post(WRONG_ANSWERS))
    html = client.get(lesson.url).content.decode()
    assert "quiz__result--fail" in html
    assert _inputs(html) == {"s-right": False, "s-wrong": True, "m-a": True, "m-b": False, "m-c": False}
    assert html.count('class="option__last"') == 2
