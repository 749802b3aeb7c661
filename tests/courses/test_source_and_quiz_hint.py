"""What a module's source line and a quiz's questions look like to an Arabic reader: the publisher and year
of a guide isolated from the sentence, and the "choose all that apply" hint written once, by the page."""

import re

import pytest
from django.utils import translation

from courses.models import LessonPage

pytestmark = pytest.mark.django_db

# The hint in the words the demo content used before the page wrote it itself (ar, en, fr).
HINTS = re.compile(
    "all that apply|all the correct answers|كل الإجابات الصحيحة|plusieurs réponses|toutes les bonnes réponses",
    re.IGNORECASE,
)


def test_the_source_line_isolates_publisher_and_year_and_uses_the_arabic_comma(client, demo_site):
    html = client.get("/ar/courses/city-role-in-prevention/what-a-city-can-do/").content.decode()
    assert (
        '<span class="muted">(<bdi>شبكة المدن القوية (Strong Cities Network)</bdi>، '
        '<bdi class="bidi-token">2023</bdi>)</span>'
    ) in html


def _multiple_questions(lesson: LessonPage) -> list:
    return [
        question
        for block in lesson.body
        if block.block_type == "quiz"
        for question in block.value["questions"]
        if question["kind"] == "multiple"
    ]


def test_no_demo_question_writes_the_hint_the_page_adds(demo_site):
    prompts = [
        (lesson.url_path, question["prompt"])
        for lesson in LessonPage.objects.live()
        for question in _multiple_questions(lesson)
    ]
    assert prompts, "the demo has multiple-choice questions"
    assert [prompt for prompt in prompts if HINTS.search(prompt[1])] == []


def test_an_arabic_multiple_choice_question_shows_the_hint_once(client, demo_site):
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().filter(locale__language_code="ar").order_by("path")
        if _multiple_questions(lesson)
    )
    html = client.get(lesson.url).content.decode()
    with translation.override("ar"):
        hint = translation.gettext("Choose all that apply.")
    assert hint == "يُرجى اختيار كل الإجابات الصحيحة."
    assert html.count("كل الإجابات الصحيحة") == len(_multiple_questions(lesson))
