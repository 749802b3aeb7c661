"""“Recommended for your city” in the course catalogue: a badge on each course of the learner's city pathway
(the course itself or one of its modules), the reasons in the learner's language when the badge is opened,
a strip above the cards in the pathway's order, nothing for a visitor or a learner without a city, and a
number of queries that does not grow with the catalogue or the pathway."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext, pgettext

from courses.cities import selectors, services
from courses.cities.models import AdjustmentAction, CityMembership, PathwayAdjustment
from courses.models import CourseIndexPage, CoursePage
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db


def _strip(html: str) -> list[str]:
    """The strip's course titles, in order."""
    match = re.search(r'<ol class="catalogue-strip__list".*?</ol>', html, re.S)
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', match.group(0)) if match else []


def _marked_titles(html: str) -> set[str]:
    """The titles of the cards that carry a badge."""
    cards = re.findall(r'<article class="course-card.*?</article>', html, re.S)
    return {
        re.search(r'class="course-card__title"><a href="[^"]+">([^<]+)</a>', card).group(1)
        for card in cards
        if "course-mark__badge" in card
    }


def _expected_courses(city, language: str) -> list[CoursePage]:
    """The pathway's courses in order of their first entry (a module stands for its course)."""
    courses = []
    for entry in selectors.city_pathway(city=city, language=language).entries:
        course = entry.page.specific if entry.kind == "course" else entry.page.get_parent().specific
        if course not in courses:
            courses.append(course)
    return courses


def test_a_team_member_sees_their_citys_courses_marked_with_the_reasons_in_arabic(client, demo_site):
    rabat = CityMembership.objects.select_related("city", "user").get(user__email="learner-rabat-5@academy.example")
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    expected = _expected_courses(rabat.city, "ar")
    all_titles = set(CoursePage.objects.live().child_of(index).values_list("title", flat=True))
    assert expected and {c.title for c in expected} <= all_titles
    client.force_login(rabat.user)
    html = client.get(index.get_url()).text

    assert _marked_titles(html) == {course.title for course in expected}
    assert _strip(html) == [course.title for course in expected]
    assert html.count('<details class="course-mark">') == len(expected)
    with translation.override("ar"):
        badge = pgettext("a badge on one course in the catalogue", "Recommended for your city")
        badge = f'<span class="course-mark__badge">{badge}</span>'
        heading = f'class="catalogue-strip__heading">{gettext("Recommended for your city")}</h2>'
    assert html.count(heading) == 1
    assert html.count(badge) == len(expected)
    first = selectors.city_pathway(city=rabat.city, language="ar").entries[0]
    english = selectors.city_pathway(city=rabat.city, language="en").entries[0]
    assert first.reasons[0].question in html and english.reasons[0].question not in html
    assert "<bdi>الرباط</bdi>" in html


def test_a_module_on_the_pathway_marks_its_course_and_names_the_module(client, questionnaire, catalogue, city, lead):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    services.save_answers(assessment=draft, user=lead, answers={"q-youth": ["o-nothing"]})
    services.submit_assessment(assessment=draft, user=lead)
    client.force_login(lead)
    html = client.get(CourseIndexPage.objects.get(locale__language_code="ar").get_url()).text
    assert _marked_titles(html) == {catalogue["course_b"].title}
    assert catalogue["module"].title in html  # "The module “…”" in the badge's details
    assert "How do young people take part?" in html and "They do not" in html


def test_no_marks_for_a_visitor_a_learner_without_a_city_or_a_city_without_an_assessment(client, demo_site, city, lead):
    url = CourseIndexPage.objects.get(locale__language_code="ar").get_url()
    assert "course-mark" not in client.get(url).text and "catalogue-strip" not in client.get(url).text
    for user in (make_user("no-city@example.org"), lead):
        client.force_login(user)
        html = client.get(url).text
        assert "course-mark" not in html and "catalogue-strip" not in html
        assert 'class="course-card' in html


def _queries(client, url: str) -> int:
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


# The catalogue alone, and with the city's marks (membership, the pathway's reads, the modules' courses).
# A visitor's catalogue comes from the page cache (lms.page_cache): no query; a member's is rendered, on a
# cached route (it was 15 and 33 queries when routing walked the tree and the user bar asked the database).
PINNED = {"visitor": 0, "member": 20}


def test_the_marked_catalogue_costs_the_same_for_few_or_many_courses_and_pathway_items(
    client, questionnaire, catalogue, city, lead
):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    services.save_answers(
        assessment=draft, user=lead, answers={"q-structure": "o-none", "q-youth": ["o-nothing"], "q-coordination": 1}
    )
    services.submit_assessment(assessment=draft, user=lead)
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    url = index.get_url()
    visitor = _queries(client, url)
    client.force_login(lead)
    few = _queries(client, url)
    assert len(_strip(client.get(url).text)) == 2

    extra = [make_course(index, slug=f"marked-extra-{n}", modules=2, lessons_per_module=1) for n in range(8)]
    for course in extra:  # each one pinned, and one module of each: the pathway grows too
        PathwayAdjustment.objects.create(city=city, page=course, action=AdjustmentAction.PIN, note="Pinned")
        PathwayAdjustment.objects.create(
            city=city, page=course.get_children().first(), action=AdjustmentAction.PIN, note="Pinned"
        )
    many = _queries(client, url)
    assert len(_strip(client.get(url).text)) == 10
    client.logout()
    assert (visitor, few) == (_queries(client, url), many)
    assert {"visitor": visitor, "member": few} == PINNED
