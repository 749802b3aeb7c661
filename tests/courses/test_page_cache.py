"""The page cache (lms.page_cache): anonymous pages, routes and course trees, and what clears them.

Publishing, unpublishing, moving or deleting a page shows at once, on the page itself and in the
course's outline; an anonymous page from the cache holds no CSRF token; a logged-in learner, or
any visitor with a session, never gets the cached page.
"""

import pytest
from django.conf import settings

from courses.models import CourseIndexPage, LessonPage, ModulePage
from courses.progress import services
from lms.page_cache.responses import HIT_HEADER
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="en")
    return make_course(index, slug="cached-course", modules=2, lessons_per_module=2)


def _lesson(course, position: int = 0) -> LessonPage:
    return LessonPage.objects.descendant_of(course).order_by("path")[position]


def _cached(client, url: str):
    """The page twice: the second comes from the cache (checked)."""
    assert client.get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers.get(HIT_HEADER) == "hit", url
    return response


def _republish_with_slug(page, slug: str):
    page = page.specific
    page.slug = slug
    page.save_revision().publish()
    return LessonPage.objects.get(pk=page.pk)


def _republish_with_title(page, title: str):
    page = page.specific
    page.title = title
    page.save_revision().publish()
    return page


def test_an_anonymous_page_from_the_cache_holds_no_csrf_token_and_varies_on_cookies(client, course):
    lesson = _lesson(course)
    response = _cached(client, lesson.get_url())
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html and "data-csrf" not in html
    assert "Cookie" in response.headers["Vary"]
    assert "csrftoken" not in response.cookies and "sessionid" not in response.cookies
    # Security headers are added to the cached page too.
    assert "Content-Security-Policy" in response.headers


def test_publishing_a_new_title_shows_at_once_on_the_page_the_outline_and_the_catalogue(client, course):
    lesson = _lesson(course)
    catalogue = course.get_parent()
    for url in (lesson.get_url(), course.get_url(), catalogue.get_url()):
        _cached(client, url)
    _republish_with_title(lesson, "A title published just now")
    for url in (lesson.get_url(), course.get_url()):
        assert "A title published just now" in client.get(url).content.decode(), url
    _republish_with_title(course, "A course renamed just now")
    assert "A course renamed just now" in client.get(catalogue.get_url()).content.decode()
    assert "A course renamed just now" in client.get(lesson.get_url()).content.decode()  # the breadcrumbs


def test_unpublishing_a_page_removes_it_at_once_from_the_route_and_the_outline(client, course):
    lesson = _lesson(course)
    url = lesson.get_url()
    _cached(client, url)
    _cached(client, course.get_url())
    lesson.specific.unpublish()
    assert client.get(url).status_code == 404
    assert lesson.title not in client.get(course.get_url()).content.decode()


def test_moving_a_lesson_changes_its_route_and_both_modules_at_once(client, course):
    lesson = _republish_with_slug(_lesson(course, 0), "moving-lesson")
    first, second = ModulePage.objects.child_of(course).order_by("path")
    old_url = lesson.get_url()
    _cached(client, old_url)
    _cached(client, second.get_url())
    lesson.move(second, pos="last-child")
    lesson.refresh_from_db()
    new_url = lesson.get_url()
    assert new_url != old_url
    # The old address is not the cached page any more: Wagtail's automatic redirect sends it to the new one.
    moved = client.get(old_url)
    assert moved.status_code == 301 and moved["Location"] == new_url
    assert client.get(new_url).status_code == 200
    assert lesson.title in client.get(second.get_url()).content.decode()
    assert lesson.title not in client.get(first.get_url()).content.decode()


def test_renaming_a_slug_moves_the_route_at_once(client, course):
    lesson = _lesson(course)
    old_url = lesson.get_url()
    _cached(client, old_url)
    lesson = _republish_with_slug(lesson, "a-new-slug")
    assert lesson.get_url() != old_url
    assert client.get(old_url).status_code == 404
    assert client.get(lesson.get_url()).status_code == 200


def test_deleting_a_lesson_removes_it_at_once(client, course):
    lesson = _lesson(course)
    url = lesson.get_url()
    _cached(client, url)
    lesson.delete()
    assert client.get(url).status_code == 404


def test_a_logged_in_learner_never_gets_the_cached_page(client, course):
    lesson = _lesson(course)
    _cached(client, lesson.get_url())
    learner = make_user("cache@example.org")
    services.enrol(user=learner, course=course)
    client.force_login(learner)
    response = client.get(lesson.get_url())
    assert HIT_HEADER not in response.headers
    html = response.content.decode()
    assert "My account" in html and "csrfmiddlewaretoken" in html  # the log-out form, with its token
    client.logout()
    # A browser that still sends a session cookie (say, an expired one) gets the page rendered, not shared.
    client.cookies[settings.SESSION_COOKIE_NAME] = "an-expired-session"
    assert HIT_HEADER not in client.get(lesson.get_url()).headers


def test_a_logged_in_page_is_never_stored_for_anonymous_visitors(client, course):
    lesson = _lesson(course)
    learner = make_user("first@example.org")
    client.force_login(learner)
    client.get(lesson.get_url())
    client.logout()
    client.cookies.clear()
    response = client.get(lesson.get_url())
    assert HIT_HEADER not in response.headers
    assert "first@example.org" not in response.content.decode()


def test_a_view_restriction_saved_later_applies_at_once(client, course):
    from wagtail.models import PageViewRestriction

    lesson = _lesson(course)
    _cached(client, lesson.get_url())
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(lesson.get_url())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_snippet_edited_after_a_lesson_was_read_shows_at_once_in_the_lesson(client, demo_site):
    """The snippets a lesson shows (case studies, guidebooks, H5P packages) come from the page cache; saving
    one replaces the cache's generation, so the lesson shows the new text on the next view."""
    from courses.models import CoursePage

    course = CoursePage.objects.get(locale__language_code="ar", slug="city-role-in-prevention")
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().descendant_of(course).order_by("path")
        if any(block.block_type == "case_study" for block in lesson.body)
    )
    case_study = next(block.value["case_study"] for block in lesson.body if block.block_type == "case_study")
    client.force_login(make_user("snippet-reader@example.org"))
    assert case_study.title in client.get(lesson.get_url()).content.decode()
    assert client.get(lesson.get_url()).status_code == 200  # now read from the cache

    case_study.title = "دراسة حالة بعنوان جديد"
    case_study.save_revision().publish()

    html = client.get(lesson.get_url()).content.decode()
    assert "دراسة حالة بعنوان جديد" in html


def test_a_lesson_body_published_again_shows_at_once_to_a_logged_in_learner(client, course):
    """The blocks that read nothing of the reader are rendered once per language and kept under the page
    cache's generation (courses/templatetags/lesson_body.py); publishing a new body shows it at once."""
    lesson = _lesson(course)
    client.force_login(make_user("body-reader@example.org"))
    assert "Read this." in client.get(lesson.get_url()).content.decode()
    assert "Read this." in client.get(lesson.get_url()).content.decode()  # now from the cache

    page = lesson.specific
    page.body = [{"type": "rich_text", "value": "<p>Read this instead.</p>"}]
    page.save_revision().publish()

    html = client.get(lesson.get_url()).content.decode()
    assert "Read this instead." in html


def test_a_logged_in_learner_sees_a_renamed_course_and_next_lesson_at_once_in_the_kept_navigation(client, course):
    """The breadcrumbs and the lesson pager read nothing of the reader and are kept with the lesson's other
    HTML ({% same_for_every_reader %} in courses/templatetags/lesson_body.py); a new title of the course or
    of the next lesson shows at once, and moving the next lesson away changes the pager at once."""
    services.enrol(user=make_user("pager-reader@example.org"), course=course)
    client.force_login(make_user("pager-reader-2@example.org"))
    lesson, following, third = _lesson(course, 0), _lesson(course, 1), _lesson(course, 2)
    old_next, old_course = following.title, course.title
    html = client.get(lesson.get_url()).content.decode()
    assert old_next in html and old_course in html
    assert old_next in client.get(lesson.get_url()).content.decode()  # now from the kept HTML

    _republish_with_title(following, "A renamed next lesson")
    _republish_with_title(course, "A renamed course")
    html = client.get(lesson.get_url()).content.decode()
    assert "A renamed next lesson" in html and "A renamed course" in html
    assert old_next not in html and old_course not in html

    second_module = ModulePage.objects.child_of(course).order_by("path")[1]
    _republish_with_slug(following, "moved-next-lesson").move(second_module, pos="last-child")
    html = client.get(lesson.get_url()).content.decode()
    assert "A renamed next lesson" not in html and third.title in html
