"""The learner's pre and post checks: offered after enrolling, scored on the server by the quizzes' code,
stored once per phase, refused (and nothing stored) once the lessons have begun, and compared per topic on
the learner's own page only."""

import ast
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from courses.evidence import checks, selectors, services
from courses.evidence.models import CheckAttempt, CheckSkip, Phase, SurveyResponse
from tests.evidence.conftest import (
    ALL_RIGHT,
    CHECK_QUESTIONS,
    CONFIDENT,
    HALF_RIGHT,
    UNSURE,
    check_post,
    make_check,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db


PRE_CHECK_INTRO = (
    "A few questions about what you know now, and how confident you feel. It does not count towards anything: not "
    "your progress, not your certificate. At the end of the course you answer the same questions again and see what "
    "changed."
)
PRE_CHECK_CLOSED = (
    "You have already started this course's lessons, so a check now would not show where you started from. There is "
    "nothing to do: you will take the final check after the last lesson."
)


def _check_url(course, phase):
    return reverse("evidence_check", args=[course.pk, phase])


# Offering the pre-check ------------------------------------------------------------------------


def test_enrolling_leads_to_the_pre_check_which_says_it_does_not_count(client, learner, course, check):
    response = client.post(reverse("enrol", args=[course.pk]))
    assert response["Location"] == _check_url(course, Phase.PRE)
    page = client.get(response["Location"])
    assert page.status_code == 200
    with translation.override("ar"):  # the learner's page is in Arabic
        assert translation.gettext(PRE_CHECK_INTRO) in page.content.decode()
    assert not CheckAttempt.objects.in_course(course.translation_key).exists()


def test_enrolling_in_a_course_without_a_check_goes_to_the_first_lesson(client, learner, course, lessons):
    response = client.post(reverse("enrol", args=[course.pk]))
    assert response["Location"] == lessons[0].url


def test_skipping_the_pre_check_goes_to_the_lessons_and_stores_no_attempt(client, enrolled, course, lessons):
    response = client.post(reverse("evidence_skip", args=[course.pk]))
    assert response["Location"] == lessons[0].url
    assert CheckSkip.objects.filter(user=enrolled, course_key=course.translation_key).count() == 1
    assert not CheckAttempt.objects.in_course(course.translation_key).exists()
    assert not services.pre_check_open(user=enrolled, course_key=course.translation_key)


# Scoring ---------------------------------------------------------------------------------------


def test_pre_check_is_scored_on_the_server_overall_and_per_topic(client, enrolled, course):
    response = client.post(_check_url(course, Phase.PRE), check_post(HALF_RIGHT, UNSURE))
    assert response.status_code == 302
    attempt = CheckAttempt.objects.get(user=enrolled, phase=Phase.PRE)
    assert attempt.score == 50
    assert attempt.topic_scores == {"Networks": 50, "Why cities": 50}
    assert sorted(attempt.correct_question_ids) == ["k-one", "k-three"]
    assert attempt.question_ids == list(CHECK_QUESTIONS)
    assert attempt.confidence == {"c-explain": 2, "c-convene": 1}
    assert attempt.answers["k-two"] == ["k-two-a"]


def test_a_score_sent_by_the_browser_is_ignored(client, enrolled, course):
    client.post(_check_url(course, Phase.PRE), {**check_post({}), "score": "100"})
    assert CheckAttempt.objects.get(user=enrolled).score == 0


def test_answering_twice_is_idempotent(client, enrolled, course):
    client.post(_check_url(course, Phase.PRE), check_post(HALF_RIGHT))
    again = client.post(_check_url(course, Phase.PRE), check_post(ALL_RIGHT))
    assert again.status_code == 302
    attempts = CheckAttempt.objects.filter(user=enrolled)
    assert attempts.count() == 1 and attempts.get().score == 50
    first = attempts.get()
    assert (
        services.submit_check(user=enrolled, course=course, phase=Phase.PRE, answers=ALL_RIGHT, confidence=CONFIDENT)
        == first
    )


def test_missing_confidence_is_refused_in_the_learners_language_and_nothing_stored(client, enrolled, course):
    response = client.post("/fr" + _check_url(course, Phase.PRE)[3:], check_post(ALL_RIGHT, {"c-explain": "9"}))
    assert response.status_code == 400
    page = response.content.decode()
    assert 'lang="fr"' in page and 'role="alert"' in page
    assert 'value="k-one-right" checked' in page  # the learner's choices are kept
    assert not CheckAttempt.objects.in_course(course.translation_key).exists()


def test_the_check_needs_the_csrf_token(enrolled, course):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(enrolled)
    assert strict.post(_check_url(course, Phase.PRE), check_post(ALL_RIGHT)).status_code == 403
    assert not CheckAttempt.objects.in_course(course.translation_key).exists()


# The pre-check rule ----------------------------------------------------------------------------


def test_pre_check_is_refused_after_the_lessons_have_begun(client, enrolled, course, lessons):
    client.get(lessons[0].url)  # opening a lesson records it: the course has begun
    from courses.progress.models import LessonProgress

    assert LessonProgress.objects.filter(user=enrolled).count() == 1, lessons[0].url
    page = client.get(_check_url(course, Phase.PRE))
    with translation.override("ar"):
        assert translation.gettext(PRE_CHECK_CLOSED) in page.content.decode()
    assert 'name="q-' not in page.content.decode()
    response = client.post(_check_url(course, Phase.PRE), check_post(ALL_RIGHT))
    assert response.status_code == 400
    assert not CheckAttempt.objects.in_course(course.translation_key).exists()
    with pytest.raises(services.PreCheckClosed):
        services.submit_check(user=enrolled, course=course, phase=Phase.PRE, answers=ALL_RIGHT, confidence=CONFIDENT)
    assert not CheckAttempt.objects.in_course(course.translation_key).exists()


def test_post_check_is_closed_until_the_course_is_completed(client, enrolled, course):
    response = client.post(_check_url(course, Phase.POST), check_post(ALL_RIGHT))
    assert response.status_code == 400
    assert not CheckAttempt.objects.in_course(course.translation_key).exists()


def test_a_learner_not_enrolled_cannot_take_the_pre_check(client, learner, course, check):
    assert client.post(_check_url(course, Phase.PRE), check_post(ALL_RIGHT)).status_code == 400
    assert not CheckAttempt.objects.in_course(course.translation_key).exists()


# Order -----------------------------------------------------------------------------------------


def _question_order(html: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'name="q-([\w-]+)"', html)))


def test_the_post_check_asks_the_same_questions_in_another_order(client, enrolled, course, lessons):
    pre_page = client.get(_check_url(course, Phase.PRE)).content.decode()
    assert _question_order(pre_page) == _question_order(client.get(_check_url(course, Phase.PRE)).content.decode())
    client.post(_check_url(course, Phase.PRE), check_post(HALF_RIGHT))
    for lesson in lessons:
        client.post(reverse("complete_lesson", args=[lesson.pk]))
    post_page = client.get(_check_url(course, Phase.POST)).content.decode()
    pre, post = _question_order(pre_page), _question_order(post_page)
    assert sorted(pre) == sorted(post) == sorted(CHECK_QUESTIONS)
    assert pre != post


def test_shuffled_order_differs_between_phases_for_many_learners(course):
    items = list(CHECK_QUESTIONS)
    for user_id in range(1, 30):
        pre = checks.shuffled(items, user_id=user_id, course_key=course.translation_key, phase=Phase.PRE)
        post = checks.shuffled(items, user_id=user_id, course_key=course.translation_key, phase=Phase.POST)
        assert sorted(pre) == sorted(post) == sorted(items) and pre != post


# Before and after ------------------------------------------------------------------------------


def test_after_the_course_the_final_check_is_offered_then_the_learner_sees_before_and_after(
    client, enrolled, course, lessons
):
    client.post(_check_url(course, Phase.PRE), check_post(HALF_RIGHT, UNSURE))
    for lesson in lessons:
        client.post(reverse("complete_lesson", args=[lesson.pk]))
    course_page = client.get(course.url).content.decode()
    assert _check_url(course, Phase.POST) in course_page
    response = client.post(_check_url(course, Phase.POST), check_post(ALL_RIGHT, CONFIDENT))
    assert response["Location"] == reverse("evidence_results", args=[course.pk])
    page = client.get(response["Location"]).content.decode()
    assert "50%" in page and "100%" in page and "Networks" in page and "Why cities" in page
    comparison = selectors.before_after(user=enrolled, course_key=course.translation_key)
    assert (comparison.before, comparison.after, comparison.gain) == (50, 100, 50)
    assert [(row.topic, row.before, row.after) for row in comparison.topics] == [
        ("Networks", 50, 100),
        ("Why cities", 50, 100),
    ]
    assert [(row.before, row.after) for row in comparison.confidence] == [(2, 4), (1, 5)]
    assert reverse("evidence_results", args=[course.pk]) in client.get(course.url).content.decode()


ONLY_NOW = "You can answer it only now, before your first lesson: once a lesson is open, the course goes on without it."
NOTHING_TO_COMPARE = "Thank you. Here are your answers: without a check at the start, there is nothing to compare."
WHAT_CHANGED = "Thank you. Here is what changed since you started the course."


def test_the_pre_check_says_it_is_now_or_never_and_the_final_check_does_not_claim_a_change_without_it(
    client, enrolled, course, lessons
):
    with translation.override("ar"):  # the learner's pages are in Arabic
        only_now, nothing, changed = (
            translation.gettext(text) for text in (ONLY_NOW, NOTHING_TO_COMPARE, WHAT_CHANGED)
        )
    assert only_now != ONLY_NOW and nothing != NOTHING_TO_COMPARE
    assert only_now in client.get(_check_url(course, Phase.PRE)).content.decode()
    for lesson in lessons:  # straight to the lessons: no pre-check, taken or skipped
        client.post(reverse("complete_lesson", args=[lesson.pk]))
    assert only_now not in client.get(_check_url(course, Phase.PRE)).content.decode()  # closed now
    results = client.post(_check_url(course, Phase.POST), check_post(ALL_RIGHT, CONFIDENT), follow=True)
    page = results.content.decode()
    assert nothing in page and changed not in page


def test_a_changed_check_is_compared_on_the_questions_both_asked(client, enrolled, course, check, lessons):
    client.post(_check_url(course, Phase.PRE), check_post(HALF_RIGHT))
    for lesson in lessons:
        client.post(reverse("complete_lesson", args=[lesson.pk]))
    check.delete()
    fewer = {key: value for key, value in CHECK_QUESTIONS.items() if key != "k-four"}
    make_check(course, fewer)
    client.post(_check_url(course, Phase.POST), check_post(ALL_RIGHT))
    comparison = selectors.before_after(user=enrolled, course_key=course.translation_key)
    assert comparison.shared_questions == 3 and comparison.questions_changed
    assert (comparison.before, comparison.after) == (67, 100)


def test_before_and_after_is_only_for_its_owner(client, enrolled, course):
    client.post(_check_url(course, Phase.PRE), check_post(HALF_RIGHT))
    url = reverse("evidence_results", args=[course.pk])
    assert client.get(url).status_code == 200
    other = make_user("other-learner@example.org")
    client.force_login(other)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


# Survey ----------------------------------------------------------------------------------------

SURVEY = {"relevance": "5", "usefulness": "4", "likely_to_apply": "3", "comment": "Useful for our council."}


def test_the_survey_is_offered_after_completion_and_is_idempotent(client, completed, course):
    assert reverse("evidence_survey", args=[course.pk]) in client.get(course.url).content.decode()
    assert client.post(reverse("evidence_survey", args=[course.pk]), SURVEY).status_code == 302
    assert client.post(reverse("evidence_survey", args=[course.pk]), {**SURVEY, "relevance": "1"}).status_code == 302
    response = SurveyResponse.objects.get(user=completed)
    assert (response.relevance, response.usefulness, response.likely_to_apply) == (5, 4, 3)
    assert reverse("evidence_survey", args=[course.pk]) not in client.get(course.url).content.decode()


def test_the_survey_refuses_bad_ratings_and_learners_who_have_not_completed(client, enrolled, course):
    assert client.post(reverse("evidence_survey", args=[course.pk]), SURVEY).status_code == 400
    assert not SurveyResponse.objects.filter(course_key=course.translation_key).exists()


def test_survey_ratings_outside_1_to_5_are_refused(client, completed, course):
    assert client.post(reverse("evidence_survey", args=[course.pk]), {**SURVEY, "usefulness": "7"}).status_code == 400
    assert not SurveyResponse.objects.filter(course_key=course.translation_key).exists()


# Layers ----------------------------------------------------------------------------------------


ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    "place",
    [
        "courses/models",
        "courses/progress",
        "courses/templatetags",
        "courses/blocks.py",
        "courses/views.py",
        "courses/selectors.py",
    ],
)
def test_progress_and_pages_do_not_import_evidence(place):
    path = ROOT / place
    paths = [path] if path.suffix == ".py" else list(path.rglob("*.py"))
    offenders = {str(p.relative_to(ROOT)) for p in paths if any(n.startswith("courses.evidence") for n in _imports(p))}
    assert paths and offenders == set()


# Demo ------------------------------------------------------------------------------------------


def test_the_demo_foundation_course_has_its_check_in_three_languages(demo_site):
    from courses.evidence.models import KnowledgeCheck
    from courses.models import CoursePage

    foundation = CoursePage.objects.filter(slug="city-role-in-prevention").first()
    demo = KnowledgeCheck.objects.for_course_key(foundation.translation_key)
    assert sorted(demo.values_list("locale__language_code", flat=True)) == ["ar", "en", "fr"]
    assert len({check.translation_key for check in demo}) == 1
    ids = [[child.id for child in check.questions] for check in demo]
    assert ids[0] == ids[1] == ids[2] and len(ids[0]) == 4
    topics = {check.locale.language_code: checks.topics(check) for check in demo}
    assert topics["ar"] != topics["en"] and set(topics["ar"]) == set(topics["en"])


# Cost ------------------------------------------------------------------------------------------


def _completed_courses(learner, count):
    from courses.models import CourseIndexPage
    from courses.progress.models import Enrolment
    from tests.factories import make_course

    index = CourseIndexPage.objects.get(locale__language_code="ar")
    courses = []
    for number in range(count):
        course = make_course(index, slug=f"cost-{count}-{number}", modules=1, lessons_per_module=1)
        make_check(course)
        Enrolment.objects.create(user=learner, course_key=course.translation_key, completed_at="2026-01-01T00:00Z")
        courses.append(course)
    return courses


@pytest.mark.parametrize("compact", [True, False])
def test_completion_actions_cost_does_not_grow_with_courses(rf, learner, demo_site, django_assert_num_queries, compact):
    from courses.evidence import completion

    request = rf.get("/")
    request.user = learner
    few, many = _completed_courses(learner, 1), _completed_courses(learner, 10)
    CheckAttempt.objects.create(user=learner, course_key=many[0].translation_key, phase=Phase.POST, score=50)
    expected = 0 if compact else 3
    with django_assert_num_queries(expected):
        completion.final_check_actions(request, few, compact=compact)
        completion.survey_actions(request, few, compact=compact)
    with django_assert_num_queries(expected):
        actions = completion.final_check_actions(request, many, compact=compact)
        completion.survey_actions(request, many, compact=compact)
    if compact:
        assert actions == {}
        return
    assert actions[many[0].pk].url == reverse("evidence_results", args=[many[0].pk])
    assert actions[many[1].pk].url == reverse("evidence_check", args=[many[1].pk, Phase.POST])


def test_the_learners_data_export_includes_their_checks_and_survey(client, completed, course):
    from lms.accounts.services import export_personal_data

    client.post(reverse("evidence_survey", args=[course.pk]), SURVEY)
    client.post(_check_url(course, Phase.POST), check_post(ALL_RIGHT))
    exported = export_personal_data(user=completed)["evidence"]
    assert [row["phase"] for row in exported["check_attempts"]] == [Phase.POST]
    assert exported["survey_responses"][0]["comment"] == SURVEY["comment"]
