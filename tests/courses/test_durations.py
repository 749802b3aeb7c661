"""Study time reads the same, with correct plural forms, on the catalogue card, the course page and lessons."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from courses.durations import format_duration, hours_to_minutes
from courses.models import CoursePage, LessonPage
from courses.selectors import course_outline


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (1, "دقيقة واحدة"),
        (2, "دقيقتان"),
        (5, "5 دقائق"),
        (38, "38 دقيقة"),
        (60, "ساعة واحدة"),
        (120, "ساعتان"),
        (180, "3 ساعات"),
        (660, "11 ساعة"),
        (75, "ساعة واحدة و15 دقيقة"),
        (150, "ساعتان و30 دقيقة"),
    ],
)
def test_arabic_durations_use_the_number_agreement_of_arabic(minutes, words):
    with translation.override("ar"):
        assert format_duration(minutes) == words


@pytest.mark.parametrize(
    ("language", "minutes", "words"),
    [
        ("en", 1, "1 minute"),
        ("en", 75, "1 hour and 15 minutes"),
        ("fr", 38, "38 minutes"),
        ("fr", 120, "2 heures"),
        ("fr", 75, "1 heure et 15 minutes"),
    ],
)
def test_english_and_french_durations(language, minutes, words):
    with translation.override(language):
        assert format_duration(minutes) == words


def test_estimated_hours_become_minutes():
    assert hours_to_minutes(Decimal("1.5")) == 90
    assert hours_to_minutes(Decimal("0.25")) == 15
    assert hours_to_minutes(None) == 0


def test_template_filters_share_the_formatter():
    template = Template("{% load duration_tags %}{{ minutes|duration }}|{{ hours|hours_duration }}")
    with translation.override("ar"):
        assert template.render(Context({"minutes": 60, "hours": Decimal("1.00")})) == "ساعة واحدة|ساعة واحدة"


@pytest.mark.django_db
def test_catalogue_and_course_page_give_the_same_duration(client, demo_site):
    """The card said "1 ساعة" (the editor's estimate) where the course page said "38 دقيقة" (its lessons):
    both now give the lessons' total, in the same words."""
    course = CoursePage.objects.live().filter(locale__language_code="ar").first()
    total = course_outline(course).total_minutes
    assert total and total != hours_to_minutes(course.estimated_hours)
    catalogue = client.get("/ar/courses/").content.decode()
    page = client.get(course.get_url()).content.decode()
    with translation.override("ar"):
        total_words = format_duration(total)
    card = catalogue[catalogue.index(course.get_url()) :]
    card = card[: card.index("</article>")]
    assert total_words in card
    assert "1 ساعة" not in catalogue
    assert total_words in page
    for wrong in ("1 دقيقة", "2 دقيقتان", "1 ساعة", "2 ساعتان"):
        assert wrong not in page


def test_a_course_without_lessons_shows_the_editors_estimate(client, demo_site):
    course = CoursePage.objects.live().filter(locale__language_code="ar").first()
    for lesson in LessonPage.objects.descendant_of(course):
        lesson.unpublish()
    with translation.override("ar"):
        estimate = format_duration(hours_to_minutes(course.estimated_hours))
    assert estimate in client.get("/ar/courses/").content.decode()
    assert estimate in client.get(course.get_url()).content.decode()
