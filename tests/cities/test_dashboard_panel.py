"""“Recommended for your city” on the learner's dashboard: a module is named with its course in the
reader's language; what the learner has completed leaves the top items and is listed after them, marked
done; an item whose course needs a prerequisite the learner has not completed says "after <course>";
and all of it in a number of queries that does not grow with the pathway."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from courses.cities import dashboard, services
from courses.cities.models import AdjustmentAction, City, CityMembership, PathwayAdjustment
from courses.models import CoursePage, CoursePrerequisite, ModulePage
from courses.progress.models import Enrolment

DASHBOARD = "/ar/learn/"


def _panel(html: str) -> str:
    return html[html.index('id="city-panel-heading"') : html.index("</section>", html.index('id="city-panel-heading"'))]


def _top(html: str) -> str:
    """The numbered top items only (not the done list after them)."""
    panel = _panel(html)
    return panel[panel.index('<ol class="pathway"') : panel.index("</ol>")] if '<ol class="pathway"' in panel else ""


def _complete(user, course):
    Enrolment.objects.create(user=user, course_key=course.translation_key, completed_at=timezone.now())


@pytest.fixture
def submitted(questionnaire, city, lead):
    """The city's assessment: course A (no network), the module of course B (young people do not take
    part), course B (coordination rated 1)."""
    assessment = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    answers = {"q-structure": "o-none", "q-youth": ["o-nothing"], "q-coordination": "1"}
    services.save_answers(assessment=assessment, user=lead, answers=answers)
    services.submit_assessment(assessment=assessment, user=lead)
    return assessment


def test_a_module_is_named_with_its_course(client, submitted, member, catalogue):
    client.force_login(member)
    top = _top(client.get(DASHBOARD).text)
    module, course_b = catalogue["module"], catalogue["course_b"]
    assert f'<bdi>{module.title}</bdi></a> <span class="pathway__course">— <bdi>{course_b.title}</bdi></span>' in top
    # A course is named alone.
    assert f"<bdi>{catalogue['course_a'].title}</bdi></a></h3>" in top


def test_the_module_s_course_is_in_the_readers_language(client, demo_site):
    """Irbid in the demo: in French, each module's course is the French course (its parent)."""
    member = CityMembership.objects.select_related("user").get(user__email="learner-irbid-3@academy.example")
    panel = dashboard.recommended(user=member.user, language="fr")
    modules = [item for item in panel.items + panel.done if item.course]
    assert modules, "the demo's Irbid pathway names no module"
    client.force_login(member.user)
    page = client.get("/fr/learn/").text
    for item in modules:
        assert item.course.pk == item.entry.page.get_parent().pk
        assert Page.objects.get(pk=item.course.pk).locale.language_code == "fr"
        assert f"— <bdi>{item.course.title}</bdi>" in _panel(page)


def test_completed_items_leave_the_top_and_are_listed_after_as_done(client, submitted, member, catalogue):
    course_a = catalogue["course_a"]
    client.force_login(member)
    assert f"<bdi>{course_a.title}</bdi>" in _top(client.get(DASHBOARD).text)
    _complete(member, course_a)
    panel = _panel(client.get(DASHBOARD).text)
    assert f"<bdi>{course_a.title}</bdi>" not in _top(client.get(DASHBOARD).text)
    done = panel[panel.index('class="pathway__done"') :]
    assert f"<bdi>{course_a.title}</bdi>" in done
    assert 'id="city-panel-done"' in panel and done.count("<li>") == 1
    # The items still to do stay at the top.
    assert f"<bdi>{catalogue['module'].title}</bdi>" in _top(client.get(DASHBOARD).text)


def test_when_everything_is_done_the_panel_says_so(client, submitted, member, catalogue):
    for course in (catalogue["course_a"], catalogue["course_b"]):
        _complete(member, course)
    client.force_login(member)
    with_done = dashboard.recommended(user=member, language="ar")
    assert with_done.items == [] and len(with_done.done) == 3 and all(item.done for item in with_done.done)
    panel = _panel(client.get("/en/learn/").text)
    assert "You have completed everything recommended for your city so far." in panel
    assert "points to no course yet" not in panel


def test_an_item_needing_an_unmet_prerequisite_says_after_which_course(client, submitted, member, catalogue):
    course_a, course_b, module = catalogue["course_a"], catalogue["course_b"], catalogue["module"]
    CoursePrerequisite.objects.create(course=course_b, prerequisite=course_a)
    client.force_login(member)
    panel = dashboard.recommended(user=member, language="ar")
    after = {item.entry.page.pk: [page.pk for page in item.after] for item in panel.items}
    assert after == {course_a.pk: [], module.pk: [course_a.pk], course_b.pk: [course_a.pk]}
    top = _top(client.get("/en/learn/").text)
    assert top.count(f"After “<bdi>{course_a.title}</bdi>” (complete it first)") == 2
    assert f'<a href="{course_a.url}">After' in top
    # Once it is completed, nothing waits any more.
    _complete(member, course_a)
    top = _top(client.get("/en/learn/").text)
    assert "complete it first" not in top
    assert all(item.after == [] for item in dashboard.recommended(user=member, language="ar").items)


def _pin(city, pages, user):
    PathwayAdjustment.objects.filter(city=city).delete()
    for page in pages:
        PathwayAdjustment.objects.create(city=city, page=page, action=AdjustmentAction.PIN, note="", created_by=user)


def test_the_panel_costs_the_same_with_prerequisites_and_completions_for_2_or_10_items(
    client, submitted, lead, member, django_assert_num_queries
):
    city = City.objects.get(pk=submitted.city_id)
    courses = list(CoursePage.objects.live().filter(locale__language_code="en").order_by("path"))
    assert len(courses) >= 3
    first, last = courses[0], courses[-1]
    # The learner completed the first course; every other course needs the last one, not completed.
    _complete(member, first)
    for course in courses[1:-1]:
        CoursePrerequisite.objects.create(course=course, prerequisite=last)
    others = Page.objects.live().type(CoursePage, ModulePage).filter(locale__language_code="en").order_by("path")
    items = [first, *others.exclude(path__startswith=first.path).exclude(path__startswith=last.path)[:9]]
    assert len(items) == 10
    client.force_login(member)
    _pin(city, items[:2], lead)
    client.get("/en/learn/")  # warm the per-process caches (site, content types) first
    with CaptureQueriesContext(connection) as two:
        client.get("/en/learn/")
    two_count = len(two)  # read now: the next request clears the query log
    _pin(city, items, lead)
    client.get("/en/learn/")  # saving the pathway renewed the page cache: warm it again, as before the first count
    with django_assert_num_queries(two_count):
        page = client.get("/en/learn/").text
    assert "complete it first" in page and 'class="pathway__done"' in page
    assert page.count('class="pathway__item"') == 5
