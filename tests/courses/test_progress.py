"""The learner journey: enrolment, completion, server-scored quizzes, reflections and resume."""

import re
import uuid

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from courses.models import CourseIndexPage, CoursePage, LessonPage
from courses.progress import selectors, services
from courses.progress.models import (
    ActivityResult,
    Enrolment,
    EnrolmentStatus,
    LessonProgress,
    QuizAttempt,
    ReflectionNote,
)
from lms.languages.bidi import isolate
from tests.factories import (
    QUIZ_ID,
    RIGHT_ANSWERS,
    WRONG_ANSWERS,
    make_course,
    make_user,
    quiz_post,
    translate_course,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="journey", modules=2, lessons_per_module=2, quiz_lessons=((0, 1),))


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


@pytest.fixture
def learner(client):
    user = make_user("learner-one@example.org")
    client.force_login(user)
    return user


@pytest.fixture
def enrolled(client, learner, course):
    response = client.post(reverse("enrol", args=[course.pk]))
    assert response.status_code == 302
    return learner


def _quiz_url(lesson):
    return reverse("submit_quiz", args=[lesson.pk, QUIZ_ID])


# Enrolment -------------------------------------------------------------------------------------


def test_enrol_then_leave_keeps_history_and_enrol_again(client, learner, course, lessons):
    client.post(reverse("enrol", args=[course.pk]))
    client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    client.post(reverse("leave_course", args=[course.pk]))
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.status == EnrolmentStatus.LEFT and enrolment.left_at
    assert LessonProgress.objects.filter(user=learner).completed().count() == 1
    client.post(reverse("enrol", args=[course.pk]))
    client.post(reverse("enrol", args=[course.pk]))  # a retry changes nothing
    assert Enrolment.objects.filter(user=learner).count() == 1
    assert Enrolment.objects.get(user=learner).status == EnrolmentStatus.ACTIVE


def test_unverified_email_cannot_enrol(client, course):
    user = make_user("unverified@example.org", verified=False)
    client.force_login(user)
    response = client.post(reverse("enrol", args=[course.pk]), follow=True)
    assert not Enrolment.objects.filter(user=user).exists()
    with translation.override("ar"):  # the course is in Arabic, and so is the message
        expected = translation.gettext("Please confirm your e-mail address before you enrol.")
    assert expected in response.content.decode()


def test_unmet_prerequisites_are_listed_and_enrolment_refused(client, learner):
    mayors = CoursePage.objects.get(locale__language_code="en", slug="leading-prevention-mayors")
    foundation = CoursePage.objects.get(locale__language_code="en", slug="city-role-in-prevention")
    page = client.get(mayors.get_url()).content.decode()
    assert f'href="{foundation.get_url()}"' in page
    assert reverse("enrol", args=[mayors.pk]) not in page  # no enrol button while prerequisites are unmet
    client.post(reverse("enrol", args=[mayors.pk]))
    assert not Enrolment.objects.filter(user=learner).exists()
    # Completing the foundation course (in any language) opens the door.
    Enrolment.objects.create(user=learner, course_key=foundation.translation_key, completed_at="2026-01-01T00:00Z")
    client.post(reverse("enrol", args=[mayors.pk]))
    assert Enrolment.objects.filter(user=learner, course_key=mayors.translation_key).exists()


# Endpoints ----------------------------------------------------------------------------------


def test_every_write_answers_405_to_get(client, enrolled, course, lessons):
    urls = [
        reverse("enrol", args=[course.pk]),
        reverse("leave_course", args=[course.pk]),
        reverse("complete_lesson", args=[lessons[0].pk]),
        _quiz_url(lessons[1]),
        reverse("save_reflection", args=[lessons[0].pk, "any"]),
    ]
    for url in urls:
        assert client.get(url).status_code == 405, url


def test_writes_need_csrf(course, lessons):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    user = make_user("csrf@example.org")
    strict.force_login(user)
    assert strict.post(reverse("enrol", args=[course.pk])).status_code == 403
    assert not Enrolment.objects.filter(user=user).exists()


def test_not_enrolled_gets_403_and_no_row(client, learner, lessons):
    assert client.post(reverse("complete_lesson", args=[lessons[0].pk])).status_code == 403
    assert client.post(_quiz_url(lessons[1]), quiz_post(RIGHT_ANSWERS)).status_code == 403
    assert client.post(reverse("save_reflection", args=[lessons[0].pk, "x"]), {"text": "hi"}).status_code == 403
    assert not LessonProgress.objects.filter(user=learner).exists()
    assert not QuizAttempt.objects.filter(user=learner).exists()
    assert not ReflectionNote.objects.filter(user=learner).exists()


def test_anonymous_writes_go_to_login(client, lessons):
    response = client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not LessonProgress.objects.filter(lesson_key=lessons[0].translation_key).exists()


# Completion and quizzes --------------------------------------------------------------------------


def test_mark_complete_and_completion_never_goes_back(client, enrolled, lessons):
    client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    progress = LessonProgress.objects.get(user=enrolled, lesson_key=lessons[0].translation_key)
    first_completion = progress.completed_at
    assert progress.is_completed
    client.get(lessons[0].get_url())  # a later visit
    client.post(reverse("complete_lesson", args=[lessons[0].pk]))  # a retry
    progress.refresh_from_db()
    assert progress.is_completed and progress.completed_at == first_completion
    assert LessonProgress.objects.filter(user=enrolled).count() == 1


def test_a_lesson_with_a_required_quiz_cannot_be_marked_complete(client, enrolled, lessons):
    client.post(reverse("complete_lesson", args=[lessons[1].pk]))
    assert not LessonProgress.objects.filter(user=enrolled, status="completed").exists()


def test_quiz_failed_then_passed_completes_the_lesson(client, enrolled, lessons):
    client.post(_quiz_url(lessons[1]), quiz_post(WRONG_ANSWERS))
    attempt = QuizAttempt.objects.get(user=enrolled)
    assert (attempt.score, attempt.passed) == (0, False)
    assert not LessonProgress.objects.filter(user=enrolled, status="completed").exists()

    client.post(_quiz_url(lessons[1]), quiz_post(RIGHT_ANSWERS))
    assert QuizAttempt.objects.filter(user=enrolled).count() == 2
    progress = LessonProgress.objects.get(user=enrolled, lesson_key=lessons[1].translation_key)
    assert progress.is_completed and progress.best_score == 100

    # A worse attempt later does not lower the best score or undo completion.
    client.post(_quiz_url(lessons[1]), quiz_post(WRONG_ANSWERS))
    progress.refresh_from_db()
    assert progress.is_completed and progress.best_score == 100


def test_half_right_scores_fifty(client, enrolled, lessons):
    client.post(_quiz_url(lessons[1]), quiz_post({"q-single": ["s-right"], "q-multi": ["m-a", "m-c"]}))
    assert QuizAttempt.objects.get(user=enrolled).score == 50


def test_forged_score_and_user_id_in_the_payload_change_nothing(client, enrolled, lessons):
    other = make_user("victim@example.org")
    data = quiz_post(WRONG_ANSWERS) | {
        "score": "100",
        "passed": "true",
        "user": str(other.pk),
        "user_id": str(other.pk),
    }
    client.post(_quiz_url(lessons[1]), data)
    attempt = QuizAttempt.objects.get(lesson_key=lessons[1].translation_key)
    assert attempt.user == enrolled and attempt.score == 0 and not attempt.passed
    assert not QuizAttempt.objects.filter(user=other).exists()
    assert not LessonProgress.objects.filter(lesson_key=lessons[1].translation_key, status="completed").exists()


def test_double_submit_records_one_attempt(client, enrolled, lessons):
    data = quiz_post(RIGHT_ANSWERS)
    first = client.post(_quiz_url(lessons[1]), data)
    second = client.post(_quiz_url(lessons[1]), data)
    assert first.status_code == second.status_code == 302
    assert QuizAttempt.objects.filter(user=enrolled).count() == 1


def test_unknown_option_ids_are_ignored(client, enrolled, lessons):
    client.post(_quiz_url(lessons[1]), quiz_post({"q-single": ["s-right", "made-up"], "q-nope": ["x"]}))
    attempt = QuizAttempt.objects.get(user=enrolled)
    assert attempt.answers == {"q-single": ["s-right"], "q-multi": []}
    assert attempt.score == 50


def test_maximum_attempts_is_enforced(demo_site, client):
    from tests.factories import quiz_block

    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = make_course(index, slug="strict", modules=1, lessons_per_module=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    lesson.body = [quiz_block(max_attempts=2)]
    lesson.save_revision().publish()
    user = make_user("strict@example.org")
    client.force_login(user)
    client.post(reverse("enrol", args=[course.pk]))
    for _ in range(3):
        client.post(_quiz_url(lesson), quiz_post(WRONG_ANSWERS))
    assert QuizAttempt.objects.filter(user=user).count() == 2


def test_course_completes_when_every_required_lesson_is_done(client, enrolled, course, lessons):
    for lesson in lessons:
        if lesson == lessons[1]:
            client.post(_quiz_url(lesson), quiz_post(RIGHT_ANSWERS))
        else:
            client.post(reverse("complete_lesson", args=[lesson.pk]))
    enrolment = Enrolment.objects.get(user=enrolled)
    assert enrolment.completed_at is not None
    assert selectors.course_progress(enrolled, course).percent == 100


def test_optional_lessons_do_not_block_completion(client, enrolled, course, lessons):
    lessons[3].is_required = False
    lessons[3].save_revision().publish()
    client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    client.post(_quiz_url(lessons[1]), quiz_post(RIGHT_ANSWERS))
    client.post(reverse("complete_lesson", args=[lessons[2].pk]))
    assert Enrolment.objects.get(user=enrolled).completed_at is not None


def test_progress_made_in_arabic_shows_in_english(client, enrolled, course, lessons):
    english = translate_course(course, "en")
    client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    client.post(_quiz_url(lessons[1]), quiz_post(RIGHT_ANSWERS))
    english_progress = selectors.course_progress(enrolled, CoursePage.objects.get(pk=english.pk))
    assert english_progress.is_enrolled
    assert english_progress.percent == 50
    html = client.get(english.get_url()).content.decode()
    assert 'value="50"' in html
    # The English quiz shows the attempt made in Arabic: the block ids are the same.
    english_lesson = LessonPage.objects.descendant_of(english).order_by("path")[1]
    assert "100%" in client.get(english_lesson.get_url()).content.decode()


# Reflections ----------------------------------------------------------------------------------


def test_reflection_is_saved_and_private(client, enrolled, course):
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    lesson.body = [*lesson.body.raw_data, {"type": "reflection", "id": "r1", "value": {"prompt": "Who?"}}]
    lesson.save_revision().publish()
    url = reverse("save_reflection", args=[lesson.pk, "r1"])
    assert client.post(url, {"text": "The youth centre in my district."}).status_code == 302
    client.post(url, {"text": "The youth centre and the school."}, HTTP_X_REQUESTED_WITH="fetch")
    assert ReflectionNote.objects.get(user=enrolled).text == "The youth centre and the school."
    assert "The youth centre and the school." in client.get(lesson.get_url()).content.decode()

    other = make_user("other@example.org")
    client.force_login(other)
    client.post(reverse("enrol", args=[course.pk]))
    assert "The youth centre" not in client.get(lesson.get_url()).content.decode()


def test_reflection_rejects_an_overlong_note(client, enrolled, course):
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    response = client.post(reverse("save_reflection", args=[lesson.pk, "r1"]), {"text": "x" * 20_001})
    assert response.status_code == 400
    assert not ReflectionNote.objects.filter(user=enrolled).exists()


# Resume and dashboard ---------------------------------------------------------------------------


def test_continue_goes_to_the_next_unfinished_lesson(client, enrolled, course, lessons):
    client.get(lessons[0].get_url())
    assert selectors.course_progress(enrolled, course).resume == lessons[0]
    client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    assert selectors.course_progress(enrolled, course).resume == lessons[1]
    client.get(lessons[2].get_url())
    assert selectors.course_progress(enrolled, course).resume == lessons[2]
    html = client.get(course.get_url()).content.decode()
    assert f'class="button" href="{lessons[2].get_url()}"' in html


# After "Mark as complete" -----------------------------------------------------------------------------


def _complete(client, lesson):
    """Press "Mark as complete"; returns where the learner is taken and the message said there (in Arabic)."""
    with translation.override("ar"):
        response = client.post(reverse("complete_lesson", args=[lesson.pk]))
    assert response.status_code == 302
    # The last message queued: earlier ones (enrolment, quizzes) wait for a page to show them.
    return response["Location"], [str(message) for message in get_messages(response.wsgi_request)][-1:]


def _said(message: str, **values) -> str:
    with translation.override("ar"):
        return gettext(message) % values


def test_marking_a_lesson_complete_says_so_and_goes_to_the_next_lesson_in_course_order(
    client, enrolled, course, lessons
):
    """The next lesson follows the course's order, done or not (lesson 2, already passed, is not skipped)."""
    client.post(_quiz_url(lessons[1]), quiz_post(RIGHT_ANSWERS))
    client.get(lessons[0].get_url())
    location, said = _complete(client, lessons[0])
    assert location == lessons[1].get_url()
    assert said == [_said("Lesson “%(title)s” is complete.", title=isolate(lessons[0].title))]


def test_a_second_press_changes_nothing_and_goes_to_the_same_place(client, enrolled, lessons):
    first = _complete(client, lessons[2])
    completed_at = LessonProgress.objects.get(user=enrolled, lesson_key=lessons[2].translation_key).completed_at
    assert _complete(client, lessons[2]) == first == (lessons[3].get_url(), first[1])
    rows = LessonProgress.objects.filter(user=enrolled)
    assert rows.count() == 1 and rows.get().completed_at == completed_at


def test_after_the_last_lesson_the_first_lesson_still_to_do_comes_with_a_message_counting_them(
    client, enrolled, course, lessons
):
    client.post(reverse("complete_lesson", args=[lessons[2].pk]))
    location, said = _complete(client, lessons[3])
    assert location == lessons[0].get_url()
    with translation.override("ar"):
        expected = ngettext(
            "Lesson “%(title)s” is complete. It was the last lesson of the course; %(count)s lesson is still to "
            "do: here it is.",
            "Lesson “%(title)s” is complete. It was the last lesson of the course; %(count)s lessons are still to "
            "do: here is the first of them.",
            2,
        ) % {"title": isolate(lessons[3].title), "count": 2}
    assert said == [expected]
    # Shown on the lesson it leads to, the title of the lesson just completed isolated.
    html = client.get(location).content.decode()
    assert re.search(rf'<li class="message message--success">[^<]*<bdi>{re.escape(lessons[3].title)}</bdi>', html)


def test_completing_the_course_says_so_on_the_course_page(client, enrolled, course, lessons):
    client.post(_quiz_url(lessons[1]), quiz_post(RIGHT_ANSWERS))
    for lesson in (lessons[0], lessons[2]):
        client.post(reverse("complete_lesson", args=[lesson.pk]))
    location, said = _complete(client, lessons[3])
    assert location == course.get_url()
    assert said == [_said("Congratulations: you have completed the course!")]
    # Once complete, a lesson pressed again leads on as before, and the last one to the course page.
    assert _complete(client, lessons[0])[0] == lessons[1].get_url()
    assert _complete(client, lessons[3]) == (
        course.get_url(),
        [_said("Lesson “%(title)s” is complete.", title=isolate(lessons[3].title))],
    )


def test_an_optional_lesson_left_undone_is_not_still_to_do(client, enrolled, course, lessons):
    lessons[0].is_required = False
    lessons[0].save_revision().publish()
    client.post(_quiz_url(lessons[1]), quiz_post(RIGHT_ANSWERS))
    client.post(reverse("complete_lesson", args=[lessons[2].pk]))
    location, said = _complete(client, lessons[3])
    assert location == course.get_url()
    assert said == [_said("Congratulations: you have completed the course!")]


def test_the_completion_view_reads_as_many_queries_whatever_the_size_of_the_course(client, learner, demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    counts = []
    for slug, size in (("after-small", 2), ("after-large", 8)):
        course = make_course(index, slug=slug, modules=size, lessons_per_module=size)
        services.enrol(user=learner, course=course)
        lesson = LessonPage.objects.descendant_of(course).order_by("path")[1]
        client.get(lesson.get_url())
        with CaptureQueriesContext(connection) as captured:
            assert client.post(reverse("complete_lesson", args=[lesson.pk])).status_code == 302
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_dashboard_lists_courses_with_progress(client, enrolled, course, lessons):
    client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    html = client.get("/ar/learn/").content.decode()
    assert course.title in html
    assert 'value="25"' in html


def test_dashboard_empty_state(client, learner):
    html = client.get("/en/learn/").content.decode()
    assert "not following any course yet" in html


def test_dashboard_queries_do_not_grow_with_courses(client, learner, django_assert_max_num_queries, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index = CourseIndexPage.objects.get(locale__language_code="ar")
    first = make_course(index, slug="dash-1", modules=1, lessons_per_module=2)
    services.enrol(user=learner, course=first)
    client.get("/ar/learn/")
    with CaptureQueriesContext(connection) as one:
        client.get("/ar/learn/")
    for number in range(2, 6):
        services.enrol(user=learner, course=make_course(index, slug=f"dash-{number}", modules=3, lessons_per_module=3))
    with CaptureQueriesContext(connection) as five:
        client.get("/ar/learn/")
    assert len(five) == len(one)


def test_lesson_page_queries_do_not_grow_for_an_enrolled_learner(client, learner, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index = CourseIndexPage.objects.get(locale__language_code="ar")
    counts = []
    for slug, size in (("q-small", 2), ("q-large", 10)):
        course = make_course(index, slug=slug, modules=size, lessons_per_module=size, quiz_lessons=((0, 1),))
        services.enrol(user=learner, course=course)
        lesson = LessonPage.objects.descendant_of(course).order_by("path")[1]
        client.get(lesson.get_url())
        with CaptureQueriesContext(connection) as captured:
            assert client.get(lesson.get_url()).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_lesson_completion_query_count_does_not_grow(learner, demo_site, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index = CourseIndexPage.objects.get(locale__language_code="ar")
    counts = []
    for slug, size in (("c-small", 2), ("c-large", 8)):
        course = make_course(index, slug=slug, modules=size, lessons_per_module=size)
        services.enrol(user=learner, course=course)
        lesson = LessonPage.objects.descendant_of(course).order_by("path").last()
        with CaptureQueriesContext(connection) as captured:
            services.mark_lesson_complete(user=learner, lesson=lesson)
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_course_progress_reads_the_enrolment_and_only_this_courses_rows_in_one_query(
    course, lessons, django_assert_num_queries
):
    """selectors._enrolment_and_rows joins the enrolment and the rows to the learner's user row: a learner
    without rows still has their enrolment, another course's rows and another learner's never count, and a
    learner who left keeps their rows but is not enrolled."""
    other_course = make_course(course.get_parent(), slug="journey-other", modules=1, lessons_per_module=2)
    learner, neighbour = make_user("one-query@example.org"), make_user("one-query-neighbour@example.org")
    for user in (learner, neighbour):
        services.enrol(user=user, course=course)
        services.enrol(user=user, course=other_course)
    services.mark_lesson_complete(user=neighbour, lesson=lessons[0])
    for lesson in LessonPage.objects.descendant_of(other_course):
        services.mark_lesson_complete(user=learner, lesson=lesson)

    with django_assert_num_queries(1):
        progress = selectors.course_progress(learner, course)
    assert (
        progress.is_enrolled
        and progress.enrolment.pk == Enrolment.objects.get(user=learner, course_key=course.translation_key).pk
    )
    assert progress.rows == {} and progress.completed == 0

    services.mark_lesson_complete(user=learner, lesson=lessons[0])
    services.record_lesson_visit(user=learner, lesson=lessons[1], course=course)
    with django_assert_num_queries(1):
        progress = selectors.course_progress(learner, course)
    assert set(progress.rows) == {lessons[0].translation_key, lessons[1].translation_key}
    assert progress.completed_keys == {lessons[0].translation_key}
    assert all(row.user_id == learner.pk for row in progress.rows.values())

    services.leave_course(user=learner, course=course)
    progress = selectors.course_progress(learner, course)
    assert not progress.is_enrolled and progress.enrolment.status == EnrolmentStatus.LEFT
    assert progress.completed_keys == {lessons[0].translation_key}

    stranger = make_user("one-query-stranger@example.org")
    progress = selectors.course_progress(stranger, course)
    assert progress.enrolment is None and progress.rows == {}


def test_a_lessons_quiz_attempts_results_and_notes_are_read_in_one_query(enrolled, course, lessons):
    """Three kinds of the learner's state, each LEFT JOINed to their user row: 3 attempts × 2 results × 1 note
    come back as six joined rows, and each row is taken once; another learner's and another lesson's are not."""
    lesson = lessons[1]
    other_lesson = lessons[0]
    lesson.body = [
        *lesson.body.raw_data,
        {"type": "reflection", "id": "r1", "value": {"prompt": "Who?"}},
        {"type": "h5p", "id": "h5p-a", "value": {"package": None, "title": "", "pass_mark": 70, "required": False}},
    ]
    lesson.save_revision().publish()
    other = make_user("learner-two@example.org")
    keys = {"lesson_key": lesson.translation_key, "course_key": course.translation_key}
    for score in (40, 90, 60):
        QuizAttempt.objects.create(
            user=enrolled,
            quiz_id=QUIZ_ID,
            answers={},
            score=score,
            passed=score >= 70,
            submission_id=uuid.uuid4(),
            **keys,
        )
    QuizAttempt.objects.create(
        user=other, quiz_id=QUIZ_ID, answers={}, score=100, passed=True, submission_id=uuid.uuid4(), **keys
    )
    QuizAttempt.objects.create(
        user=enrolled,
        quiz_id=QUIZ_ID,
        answers={},
        score=100,
        passed=True,
        submission_id=uuid.uuid4(),
        lesson_key=other_lesson.translation_key,
        course_key=course.translation_key,
    )
    for block_id, score in (("h5p-a", 80), ("h5p-b", 20)):
        ActivityResult.objects.create(user=enrolled, block_id=block_id, best_score=score, **keys)
    ReflectionNote.objects.create(
        user=enrolled, block_id="r1", text="The youth centre.", lesson_key=lesson.translation_key
    )
    ReflectionNote.objects.create(user=other, block_id="r1", text="Not mine.", lesson_key=lesson.translation_key)

    lesson = LessonPage.objects.get(pk=lesson.pk)
    selectors.lesson_state(enrolled, lesson)  # the course tree is cached
    with CaptureQueriesContext(connection) as captured:
        state = selectors.lesson_state(enrolled, lesson)
    assert len(captured) == 1
    quiz = state.quiz(QUIZ_ID)
    assert [attempt.score for attempt in quiz.attempts] == [40, 90, 60]  # in the order they were submitted
    assert (quiz.best.score, quiz.latest.score) == (90, 60)
    assert {block_id: result.best_score for block_id, result in state.activities.items()} == {"h5p-a": 80, "h5p-b": 20}
    assert state.notes == {"r1": "The youth centre."}
