"""A learner's city pages: their own city only (no id in a request is read), drafts kept between visits,
the lead alone submits, a submitted assessment is read-only, the empty state without a city, and
"Recommended for your city" on the dashboard with its reasons in the learner's language, in a number of
queries that does not grow with the pathway or the team."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from courses.cities import selectors, services
from courses.cities.models import (
    AdjustmentAction,
    AssessmentAnswer,
    AssessmentStatus,
    CityAssessment,
    CityMembership,
    PathwayAdjustment,
)
from courses.models import CoursePage, ModulePage
from tests.cities.conftest import make_city, make_member
from tests.factories import make_user

SAVE = "/en/city/assessment/save/"
ANSWERS = {
    "q-q-structure": "o-informal",
    "q-q-youth": ["o-lab", "o-nothing"],
    "q-q-coordination": "2",
    "q-q-notes": "Hello from the team",
}


def _answers(assessment, user):
    return dict(AssessmentAnswer.objects.filter(assessment=assessment, user=user).values_list("question_id", "value"))


@pytest.fixture
def draft(questionnaire, city, lead):
    return services.start_assessment(city=city, questionnaire=questionnaire, user=lead)


@pytest.fixture
def other_city(questionnaire):
    """City Y, with its own lead and draft."""
    city = make_city("Gabes")
    lead = make_member(city, "gabes-lead@example.org", lead=True)
    return city, lead, services.start_assessment(city=city, questionnaire=questionnaire, user=lead)


def test_a_learner_without_a_city_is_sent_to_their_profile(client, demo_site):
    answers = AssessmentAnswer.objects.count()
    client.force_login(make_user("no-city@example.org"))
    for url in ("/en/city/", "/en/city/assessment/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "You are not in a city's team yet" in response.text
        assert reverse("account_profile") in response.text
    response = client.post(SAVE, {**ANSWERS, "action": "submit"})
    assert "You are not in a city's team yet" in response.text
    assert AssessmentAnswer.objects.count() == answers


def test_the_city_page_shows_the_learners_city_in_their_language_and_its_team(client, city, lead, member):
    client.force_login(member)
    response = client.get("/ar/city/")
    assert response.status_code == 200
    assert "<bdi>Sfax (ar)</bdi>" in response.text
    assert (
        f"<bdi>{lead.get_full_name()}</bdi>" in response.text
        and f"<bdi>{member.get_full_name()}</bdi>" in response.text
    )
    assert "Gabes" not in response.text


def test_a_member_saves_a_draft_and_finds_it_again_after_reloading(client, draft, member):
    client.force_login(member)
    form = client.get("/en/city/assessment/").text
    assert 'name="q-q-structure"' in form and 'value="submit"' not in form  # no Submit for a member
    for _retry in range(2):  # the same click twice stores the same answers once
        response = client.post(SAVE, {**ANSWERS, "action": "save"})
        assert response.status_code == 302
    assert _answers(draft, member) == {
        "q-structure": "o-informal",
        "q-youth": ["o-nothing", "o-lab"],
        "q-coordination": 2,
        "q-notes": "Hello from the team",
    }
    page = client.get("/en/city/assessment/").text
    assert 'value="o-informal" checked' in page and 'value="o-lab" checked' in page
    assert 'value="o-nothing" checked' in page and 'value="2" checked' in page
    assert 'value="Hello from the team"' in page
    # Unticking everything clears the member's answers.
    client.post(SAVE, {"action": "save"})
    assert _answers(draft, member) == {}


def test_a_refused_answer_stores_nothing_and_is_shown_with_the_form(client, draft, member):
    client.force_login(member)
    response = client.post(SAVE, {**ANSWERS, "q-q-coordination": "9", "action": "save"})
    assert response.status_code == 400
    assert "Choose a number from 1 to 5." in response.text
    assert 'value="Hello from the team"' in response.text  # what they typed is not lost
    assert _answers(draft, member) == {}


def test_a_member_who_is_not_the_lead_cannot_submit(client, draft, member):
    client.force_login(member)
    response = client.post(SAVE, {**ANSWERS, "action": "submit"})
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.status == AssessmentStatus.DRAFT
    assert _answers(draft, member) == {}  # nothing stored on refusal


def test_the_lead_submits_and_the_assessment_becomes_read_only(client, draft, lead, member):
    services.save_answers(assessment=draft, user=member, answers={"q-structure": "o-none", "q-coordination": 5})
    client.force_login(lead)
    assert 'value="submit"' in client.get("/en/city/assessment/").text
    for _retry in range(2):  # sent twice: submitted once, the second is told so
        response = client.post(SAVE, {**ANSWERS, "action": "submit"})
        assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == AssessmentStatus.SUBMITTED and draft.submitted_by == lead
    assert CityAssessment.objects.filter(city=draft.city).count() == 1

    client.force_login(member)
    page = client.get("/en/city/assessment/").text
    assert f'action="{SAVE}"' not in page and 'name="q-q-structure"' not in page
    assert "2 team members answered" in page
    assert "Where the team disagrees" in page and "Does your city have a local prevention network?" in page
    client.post(SAVE, {"q-q-structure": "o-formal", "action": "save"})
    assert _answers(draft, member) == {"q-structure": "o-none", "q-coordination": 5}


def test_a_learner_cannot_read_or_write_another_citys_assessment(client, draft, lead, member, other_city):
    services.save_answers(assessment=draft, user=member, answers={"q-notes": "Only for city X"})
    _city_y, lead_y, draft_y = other_city
    client.force_login(lead_y)
    # Ids of city X in the query string or the form are never read.
    ids = {"city": draft.city.pk, "city_id": draft.city.pk, "assessment": draft.pk, "assessment_id": draft.pk}
    for url in ("/en/city/", "/en/city/assessment/"):
        page = client.get(url, ids).text
        assert "Gabes" in page and "Sfax" not in page and "Only for city X" not in page
    client.post(SAVE, {**ANSWERS, **ids, "action": "save"})
    assert _answers(draft, lead_y) == {} and len(_answers(draft_y, lead_y)) == 4
    client.post(SAVE, {**ANSWERS, **ids, "action": "submit"})
    draft.refresh_from_db()
    draft_y.refresh_from_db()
    assert draft.status == AssessmentStatus.DRAFT and draft_y.status == AssessmentStatus.SUBMITTED
    client.post("/en/city/assessment/start/", ids)
    assert not CityAssessment.objects.filter(city=draft.city, started_by=lead_y).exists()
    # X's submitted result stays X's.
    services.submit_assessment(assessment=draft, user=lead)
    assert "Only for city X" not in client.get("/en/city/assessment/", ids).text
    # No URL takes a city or an assessment.
    assert client.get(f"/en/city/{draft.city.pk}/").status_code == 404
    assert client.get(f"/en/city/assessment/{draft.pk}/").status_code == 404


def test_the_lead_starts_the_assessment_once(client, city, lead, demo_site):
    client.force_login(lead)
    assert "Start the assessment" in client.get("/en/city/assessment/").text
    for _retry in range(2):
        assert client.post("/en/city/assessment/start/").status_code == 302
    assert CityAssessment.objects.filter(city=city, status=AssessmentStatus.DRAFT).count() == 1
    assert 'name="q-' in client.get("/en/city/assessment/").text


def test_the_city_page_costs_the_same_for_a_team_of_two_or_twelve(client, city, lead, member, draft):
    client.force_login(member)
    client.get("/en/city/")  # warm the per-process caches first
    with CaptureQueriesContext(connection) as small:
        assert client.get("/en/city/").status_code == 200
    for n in range(10):
        make_member(city, f"extra-{n}@example.org")
    with CaptureQueriesContext(connection) as large:
        page = client.get("/en/city/").text
    assert page.count("<bdi>") >= 13
    assert len(large) == len(small)


# --- "Recommended for your city" on the dashboard --------------------------------------------------


def test_the_dashboard_recommends_the_citys_pathway_with_reasons_in_arabic(client, demo_site):
    rabat = CityMembership.objects.select_related("city", "user").get(user__email="learner-rabat-2@academy.example")
    expected = selectors.city_pathway(city=rabat.city, language="ar").entries[0]
    reason = expected.reasons[0]
    english = selectors.city_pathway(city=rabat.city, language="en").entries[0].reasons[0]
    assert reason.question != english.question  # the reason really is in Arabic
    client.force_login(rabat.user)
    with translation.override("ar"):
        url = reverse("my_learning")
    page = client.get(url).text
    assert 'id="city-panel-heading"' in page
    assert expected.page.title in page and expected.page.locale.language_code == "ar"
    assert reason.question in page and english.question not in page
    assert 'href="/ar/city/"' in page


def test_a_learner_without_a_city_has_no_city_panel(client, demo_site):
    client.force_login(make_user("no-city@example.org"))
    assert 'id="city-panel-heading"' not in client.get("/en/learn/").text


def _pin(city, pages, user):
    PathwayAdjustment.objects.filter(city=city).delete()
    for page in pages:
        PathwayAdjustment.objects.create(
            city=city, page=page, action=AdjustmentAction.PIN, note=f"Pinned {page.pk}", created_by=user
        )


def test_the_dashboard_costs_the_same_for_a_pathway_of_two_or_ten_items(
    client, draft, lead, member, django_assert_num_queries
):
    services.save_answers(assessment=draft, user=lead, answers={"q-notes": "Pinned items only"})
    services.submit_assessment(assessment=draft, user=lead)
    items = list(
        Page.objects.live().type(CoursePage, ModulePage).filter(locale__language_code="en").order_by("path")[:10]
    )
    assert len(items) == 10
    client.force_login(member)
    _pin(draft.city, items[:2], lead)
    client.get("/en/learn/")  # warm the per-process caches (site, content types) first
    with CaptureQueriesContext(connection) as two:
        page = client.get("/en/learn/").text
    two_count = len(two)  # read now: the next request clears the query log
    assert page.count('class="pathway__item"') == 2
    _pin(draft.city, items, lead)
    client.get("/en/learn/")  # saving the pathway renewed the page cache: warm it again, as before the first count
    with django_assert_num_queries(two_count):
        page = client.get("/en/learn/").text
    assert page.count('class="pathway__item"') == 5  # the top of the pathway
    assert "Pinned" in page
