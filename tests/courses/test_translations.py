"""Translations: the switcher offers only live translations; a missing page falls back with a notice."""

import pytest
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def _lesson(language: str) -> LessonPage:
    course = CoursePage.objects.get(locale__language_code=language, slug="leading-prevention-mayors")
    return LessonPage.objects.live().descendant_of(course).order_by("path").first()


def test_switcher_links_to_each_translation_of_the_lesson(client, demo_site):
    lesson = _lesson("en")
    html = client.get(lesson.get_url()).content.decode()
    for language in ("ar", "fr"):
        translated = lesson.get_translation(Locale.objects.get(language_code=language))
        assert f"next={translated.get_url().replace('/', '%2F')}" in html


def test_switcher_offers_only_live_translations(client, demo_site):
    lesson = _lesson("en")
    lesson.get_translation(Locale.objects.get(language_code="fr")).unpublish()
    html = client.get(lesson.get_url()).content.decode()
    assert 'hreflang="fr"' not in html
    assert 'hreflang="ar"' in html


def test_missing_translation_shows_the_source_with_a_notice(client, demo_site):
    english = _lesson("en")
    arabic = english.get_translation(Locale.objects.get(language_code="ar"))
    arabic_url = arabic.get_url()
    arabic.unpublish()
    response = client.get(arabic_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html  # the interface stays in Arabic
    assert "غير متاحة بعد" in html  # "not yet available"
    assert '<div lang="en" dir="ltr">' in html  # the content is marked as English
    assert english.title in html


def test_a_path_that_exists_nowhere_is_404(client, demo_site):
    assert client.get("/ar/courses/no-such-course/").status_code == 404


def test_private_pages_stay_private_through_the_fallback(client, demo_site):
    from wagtail.models import PageViewRestriction

    english = _lesson("en")
    PageViewRestriction.objects.create(page=english, restriction_type=PageViewRestriction.LOGIN)
    arabic = english.get_translation(Locale.objects.get(language_code="ar"))
    url = arabic.get_url()
    arabic.unpublish()
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
