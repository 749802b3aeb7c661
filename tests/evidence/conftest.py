"""Evidence builders: a course with a knowledge check whose block ids are fixed, so tests answer by id."""

import pytest
from django.urls import reverse

from courses.evidence.models import KnowledgeCheck
from courses.models import CourseIndexPage, LessonPage
from tests.factories import make_course, make_user

# question id: (topic, kind, {option id: correct})
CHECK_QUESTIONS = {
    "k-one": ("Networks", "single", {"k-one-right": True, "k-one-wrong": False}),
    "k-two": ("Networks", "multiple", {"k-two-a": True, "k-two-b": True, "k-two-c": False}),
    "k-three": ("Why cities", "true_false", {"k-three-true": False, "k-three-false": True}),
    "k-four": ("Why cities", "single", {"k-four-right": True, "k-four-wrong": False}),
}
ALL_RIGHT = {
    "k-one": ["k-one-right"],
    "k-two": ["k-two-a", "k-two-b"],
    "k-three": ["k-three-false"],
    "k-four": ["k-four-right"],
}
HALF_RIGHT = {"k-one": ["k-one-right"], "k-two": ["k-two-a"], "k-three": ["k-three-false"], "k-four": ["k-four-wrong"]}
STATEMENTS = {"c-explain": "I can explain the city's role.", "c-convene": "I know whom to bring together."}
CONFIDENT = {"c-explain": "4", "c-convene": "5"}
UNSURE = {"c-explain": "2", "c-convene": "1"}


def check_stream(questions=CHECK_QUESTIONS) -> list[dict]:
    return [
        {
            "type": "question",
            "id": question_id,
            "value": {
                "kind": kind,
                "prompt": f"Question {question_id}",
                "topic": topic,
                "options": [
                    {"type": "item", "id": option_id, "value": {"text": option_id, "correct": correct, "feedback": ""}}
                    for option_id, correct in options.items()
                ],
            },
        }
        for question_id, (topic, kind, options) in questions.items()
    ]


def make_check(course, questions=CHECK_QUESTIONS) -> KnowledgeCheck:
    return KnowledgeCheck.objects.create(
        title="Test check",
        locale=course.locale,
        course=course,
        questions=check_stream(questions),
        confidence_statements=[
            {"type": "statement", "id": statement_id, "value": text} for statement_id, text in STATEMENTS.items()
        ],
    )


def check_post(answers: dict[str, list[str]], confidence: dict[str, str] = CONFIDENT) -> dict:
    data = {f"q-{question}": options for question, options in answers.items()}
    data.update({f"c-{statement}": rating for statement, rating in confidence.items()})
    return data


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="evidence-course", modules=1, lessons_per_module=2)


@pytest.fixture
def check(course):
    return make_check(course)


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


@pytest.fixture
def learner(client):
    user = make_user("evidence-learner@example.org")
    client.force_login(user)
    return user


@pytest.fixture
def enrolled(client, learner, course, check):
    response = client.post(reverse("enrol", args=[course.pk]))
    assert response.status_code == 302
    return learner


@pytest.fixture
def lessons_done(client, enrolled, lessons):
    """Every lesson completed: the course now waits for the final check (taken or skipped)."""
    for lesson in lessons:
        assert client.post(reverse("complete_lesson", args=[lesson.pk])).status_code in (200, 302)
    return enrolled


@pytest.fixture
def completed(client, lessons_done, course):
    """The course completed: lessons done and the final check skipped."""
    assert client.post(reverse("evidence_skip_final", args=[course.pk])).status_code == 302
    return lessons_done
