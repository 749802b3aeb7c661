"""Catalogue → course → module → lesson answer in Arabic, English and French, with that language's text."""

import re
from html import escape

import pytest

from courses.models import CaseStudy, CoursePage, Guidebook, LessonPage, ModulePage, Track

pytestmark = pytest.mark.django_db

ARABIC = re.compile(r"[\u0600-\u06FF]{4,}")


def _path(page) -> str:
    return page.get_url()


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_walk_from_catalogue_to_lesson(client, demo_site, language):
    catalogue = client.get(f"/{language}/courses/")
    assert catalogue.status_code == 200
    course = CoursePage.objects.live().filter(locale__language_code=language).first()
    assert escape(course.title) in catalogue.content.decode()

    course_response = client.get(_path(course))
    assert course_response.status_code == 200
    module = ModulePage.objects.live().child_of(course).first()
    assert escape(module.title) in course_response.content.decode()

    module_response = client.get(_path(module))
    assert module_response.status_code == 200
    lesson = LessonPage.objects.live().child_of(module).first()
    assert escape(lesson.title) in module_response.content.decode()

    lesson_response = client.get(_path(lesson))
    html = lesson_response.content.decode()
    assert lesson_response.status_code == 200
    assert f'<html lang="{language}"' in html
    main = html[html.index("<main") :]
    if language == "ar":
        assert ARABIC.search(main)
    else:
        # Latin-script content, and no Arabic in the lesson body.
        body = main[main.index('class="lesson__body') : main.index('class="pager"')]
        assert not ARABIC.search(body)


def test_demo_catalogue_has_four_courses_in_three_languages(demo_site):
    for language in ("ar", "en", "fr"):
        courses = CoursePage.objects.live().filter(locale__language_code=language)
        assert courses.count() == 4
        for course in courses:
            modules = ModulePage.objects.live().child_of(course)
            assert modules.count() >= 3
            for module in modules:
                assert LessonPage.objects.live().child_of(module).count() >= 2
    assert Track.objects.count() == 4 * 3
    assert CaseStudy.objects.live().count() == 3 * 3  # the demo practice in moderation is a draft
    assert Guidebook.objects.filter(locale__language_code="ar").count() == 7


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_demo_uses_every_block_type(demo_site, language):
    all_types = set(LessonPage.body.field.stream_block.child_blocks)
    used = set()
    for lesson in LessonPage.objects.filter(locale__language_code=language):
        used |= {block.block_type for block in lesson.body}
    assert used == all_types, f"unused block types: {all_types - used}"


def test_every_demo_lesson_renders_in_every_language(client, demo_site):
    for lesson in LessonPage.objects.live():
        response = client.get(lesson.get_url())
        assert response.status_code == 200, lesson.url_path


def test_catalogue_shows_languages_and_filters_by_track(client, demo_site):
    html = client.get("/en/courses/").content.decode()
    assert '<bdi lang="ar">العربية</bdi>, <bdi lang="en">English</bdi>, <bdi lang="fr">Français</bdi>' in html
    mayors = client.get("/en/courses/", {"track": "mayors"}).content.decode()
    assert mayors.count('class="course-card ') == 1
    assert "course-card--blue" in mayors


def test_course_page_lists_outcomes_modules_and_duration(client, demo_site):
    course = CoursePage.objects.get(locale__language_code="fr", slug="city-role-in-prevention")
    html = client.get(course.get_url()).content.decode()
    for module in ModulePage.objects.child_of(course):
        assert escape(module.title) in html
    assert escape(course.learning_outcomes[0].value) in html
    assert "minutes" in html


def test_lesson_page_has_breadcrumbs_pager_and_print_css(client, demo_site):
    course = CoursePage.objects.get(locale__language_code="ar", slug="city-role-in-prevention")
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    html = client.get(lessons[1].get_url()).content.decode()
    assert 'aria-label="مسار التنقّل"' in html or 'class="breadcrumbs"' in html
    assert f'href="{lessons[0].get_url()}" rel="prev"' in html
    assert f'href="{lessons[2].get_url()}" rel="next"' in html
    assert 'media="print"' in html
