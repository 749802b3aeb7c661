"""The course, module and lesson pages cost the same number of queries for a small and a large course."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CourseIndexPage, LessonPage, ModulePage
from tests.factories import make_course

pytestmark = pytest.mark.django_db

# None: the page itself comes with its route from the page cache (lms.page_cache.routes).
COURSE_RENDERED = 0


def _queries(client, url: str) -> int:
    """Queries of the page rendered for an anonymous visitor, its route and course tree cached.

    A query string the page does not declare keeps the page itself out of the page cache
    (lms.page_cache), so what is counted is the rendering; from the cache the page costs none.
    """
    url += "?pin=rendered"
    client.get(url)  # warm per-process caches (site root paths, templates) and the page cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _queries_from_the_cache(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def small_and_large(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    small = make_course(index, slug="small-course", modules=3, lessons_per_module=2)
    large = make_course(index, slug="large-course", modules=10, lessons_per_module=10)
    return small, large


# Routes (with the page itself) and course trees come from the page cache, so depth costs nothing any more
# (it was 17, 15 and 20 queries when routing walked the tree); nothing grows with the number of modules or
# lessons, and an anonymous render reads nothing from the database.
PINNED = {"course": COURSE_RENDERED, "module": 0, "lesson": 0}


def test_course_page_queries_are_pinned_for_3x2_and_10x10(client, small_and_large):
    small, large = small_and_large
    assert _queries(client, small.get_url()) == _queries(client, large.get_url()) == PINNED["course"]
    assert _queries_from_the_cache(client, small.get_url()) == _queries_from_the_cache(client, large.get_url()) == 0


def test_module_page_queries_are_pinned(client, small_and_large):
    small, large = small_and_large
    small_module = ModulePage.objects.child_of(small).first()
    large_module = ModulePage.objects.child_of(large).first()
    assert _queries(client, small_module.get_url()) == _queries(client, large_module.get_url()) == PINNED["module"]


def test_lesson_page_queries_are_pinned_for_3x2_and_10x10(client, small_and_large):
    small, large = small_and_large
    small_lesson = LessonPage.objects.descendant_of(small).order_by("path")[3]
    large_lesson = LessonPage.objects.descendant_of(large).order_by("path")[55]
    assert _queries(client, small_lesson.get_url()) == _queries(client, large_lesson.get_url()) == PINNED["lesson"]
    assert _queries_from_the_cache(client, small_lesson.get_url()) == 0
    assert _queries_from_the_cache(client, large_lesson.get_url()) == 0


def test_catalogue_queries_do_not_grow_with_courses(client, demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="en")
    before = _queries(client, index.get_url())
    for number in range(6):
        make_course(index, slug=f"extra-{number}", modules=2, lessons_per_module=1)
    assert _queries(client, index.get_url()) == before
