"""The lesson page costs a fixed, small number of queries, for a 3×2 and a 10×10 course alike.

Routes and course trees come from the page cache (lms.page_cache, courses.course_tree), the
learner's progress is read once for the visit and the page, and an anonymous visitor's page is
served from the cache. Pins are exact (a new query must be noticed) and within issue #18's
targets: at most 12 queries enrolled and 8 anonymous.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CourseIndexPage, LessonPage, ModulePage
from courses.progress import services
from courses.progress.models import LessonProgress
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db

TARGET_ENROLLED = 12
TARGET_ANONYMOUS = 8
# Session, user, and the enrolment with the learner's rows in the course (one query,
# courses.progress.selectors._enrolment_and_rows). From the cache: the page with its route,
# the account menu's cohort links (courses.cohorts.access.menu_roles) and whether the reader opens the admin
# (lms.accounts.admin_access).
ENROLLED = 3
QUIZ_ENROLLED = ENROLLED + 1  # the learner's state in the lesson: quiz attempts, H5P results and notes together
# None: the page with its route, the course tree, the chosen snippets and the language links come from the cache.
ANONYMOUS_RENDERED = 0
ANONYMOUS_FROM_CACHE = 0


def _captured(client, url: str):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return captured


def _queries(client, url: str) -> int:
    client.get(url)  # routes, course tree and (for an anonymous visitor) the page itself are cached
    return len(_captured(client, url))


@pytest.fixture
def courses(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    small = make_course(index, slug="small-course", modules=3, lessons_per_module=2, quiz_lessons=((1, 1),))
    large = make_course(index, slug="large-course", modules=10, lessons_per_module=10, quiz_lessons=((5, 5),))
    return small, large


def _lesson(course, position: int) -> LessonPage:
    return LessonPage.objects.descendant_of(course).order_by("path")[position]


@pytest.fixture
def learner(client, courses):
    user = make_user("queries@example.org")
    for course in courses:
        services.enrol(user=user, course=course)
    client.force_login(user)
    return user


def test_enrolled_lesson_page_is_pinned_for_3x2_and_10x10(client, courses, learner):
    small, large = courses
    small_count = _queries(client, _lesson(small, 2).get_url())
    large_count = _queries(client, _lesson(large, 56).get_url())
    assert small_count == large_count == ENROLLED <= TARGET_ENROLLED


def test_enrolled_lesson_with_a_quiz_reads_its_attempts_once(client, courses, learner):
    small, large = courses
    small_quiz, large_quiz = _lesson(small, 3), _lesson(large, 55)
    assert small_quiz.body.raw_data[-1]["type"] == large_quiz.body.raw_data[-1]["type"] == "quiz"
    assert _queries(client, small_quiz.get_url()) == _queries(client, large_quiz.get_url()) == QUIZ_ENROLLED


def test_anonymous_lesson_page_is_pinned_rendered_and_from_the_cache(client, courses):
    small, large = courses
    for lesson in (_lesson(small, 2), _lesson(large, 56)):
        # A query string the page does not declare is never cached: the page is rendered, on cached routes.
        assert _queries(client, lesson.get_url() + "?utm=1") == ANONYMOUS_RENDERED <= TARGET_ANONYMOUS
        assert _queries(client, lesson.get_url()) == ANONYMOUS_FROM_CACHE


def test_course_and_module_pages_are_pinned_for_3x2_and_10x10(client, courses, learner):
    small, large = courses
    assert _queries(client, small.get_url()) == _queries(client, large.get_url())
    small_module = ModulePage.objects.child_of(small).first()
    large_module = ModulePage.objects.child_of(large).first()
    assert _queries(client, small_module.get_url()) == _queries(client, large_module.get_url())


def test_reopening_the_last_lesson_writes_nothing(client, courses, learner):
    """The visit is stored on the first view; opened again a moment later, the same lesson writes nothing."""
    small, _large = courses
    lesson = _lesson(small, 0)
    client.get(lesson.get_url())
    first = LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key).last_visited_at
    captured = _captured(client, lesson.get_url())
    assert not [query for query in captured if query["sql"].startswith(("UPDATE", "INSERT"))]
    assert LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key).last_visited_at == first


def test_going_back_to_a_lesson_is_written_so_continue_resumes_there(client, courses, learner):
    from courses.progress import selectors

    small, _large = courses
    first, second = _lesson(small, 0), _lesson(small, 1)
    for lesson in (first, second, first):
        client.get(lesson.get_url())
    assert selectors.course_progress(learner, small).resume == first
