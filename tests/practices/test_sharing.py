"""A learner shares a practice: a draft case study under the site's moderation workflow, and its record."""

import uuid

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from courses.models import CaseStudy
from courses.practices import services
from courses.practices.models import Credit, PracticeSubmission, SubmissionStatus
from search.models import SearchEntry
from tests.practices.conftest import practice_post

pytestmark = pytest.mark.django_db


def _share(client, learner, **overrides):
    client.force_login(learner)
    return client.post("/en/practices/new/", practice_post(**overrides))


def test_the_form_starts_from_the_learners_city_and_country(client, learner):
    learner.municipality = "Salé"
    learner.save()
    client.force_login(learner)
    html = client.get("/fr/practices/new/").content.decode()
    assert 'value="Salé"' in html
    assert '<option value="MA" selected>' in html
    assert '<option value="fr" selected>' in html
    assert 'name="submission_key"' in html


def test_the_form_needs_a_login(client):
    response = client.get("/en/practices/new/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_sharing_creates_a_draft_case_study_in_moderation(client, learner):
    response = _share(client, learner)
    assert response.status_code == 302 and response.url == "/en/practices/"
    submission = PracticeSubmission.objects.get(submitter=learner)
    case = submission.case_study
    assert not case.live
    assert case.locale.language_code == "en"
    assert case.title == "Youth council budget" and case.challenges == "Low turnout at first."
    assert sorted(case.themes.names()) == ["participation", "youth"]
    assert submission.translation_key == case.translation_key
    assert submission.status == SubmissionStatus.IN_REVIEW and submission.credit == Credit.BY_NAME
    state = case.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Moderators approval"
    assert state.requested_by == learner
    assert state.current_task_state.revision == case.latest_revision


def test_a_draft_is_not_in_the_library_nor_in_search(client, learner):
    _share(client, learner, title="Unmistakable draft practice")
    case = CaseStudy.objects.get(title="Unmistakable draft practice")
    assert case.slug not in client.get("/en/case-studies/").content.decode()
    assert client.get(f"/en/case-studies/{case.slug}/").status_code == 404
    assert not SearchEntry.objects.filter(case_study=case).exists()


def test_the_same_form_sent_twice_shares_one_practice(client, learner):
    data = practice_post()
    client.force_login(learner)
    client.post("/en/practices/new/", data)
    client.post("/en/practices/new/", data)
    assert PracticeSubmission.objects.filter(submitter=learner).count() == 1
    assert CaseStudy.objects.filter(title=data["title"]).count() == 1


def test_submit_practice_is_idempotent_on_its_key(learner):
    key = uuid.uuid4()
    data = services.PracticeData(
        title="T",
        summary="S",
        goal="G",
        approach="A",
        impact="I",
        challenges="C",
        lessons_learned="L",
        city="Rabat",
        country="MA",
        themes=("youth",),
    )
    first = services.submit_practice(user=learner, data=data, language="ar", submission_key=key)
    second = services.submit_practice(user=learner, data=data, language="ar", submission_key=key)
    assert first.pk == second.pk
    assert WorkflowState.objects.filter(object_id=str(first.case_study_id)).count() == 1


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"goal": ""}, "goal", "هذا الحقل مطلوب."),
        ({"themes": " , "}, "themes", None),
        ({"themes": "a, b, c, d, e, f"}, "themes", None),
        ({"country": "XX"}, "country", None),
        ({"language": "de"}, "language", None),
        ({"credit": "famous"}, "credit", None),
    ],
)
def test_bad_input_stores_nothing_and_says_why_in_the_learners_language(client, learner, overrides, field, message):
    client.force_login(learner)
    before = CaseStudy.objects.count()
    response = client.post("/ar/practices/new/", practice_post(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    if message:
        assert message in response.content.decode()
    assert CaseStudy.objects.count() == before
    assert not PracticeSubmission.objects.filter(submitter=learner).exists()


def test_a_missing_submission_key_stores_nothing(client, learner):
    client.force_login(learner)
    data = practice_post()
    del data["submission_key"]
    response = client.post("/en/practices/new/", data)
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    assert not PracticeSubmission.objects.filter(submitter=learner).exists()


def test_credit_by_name_needs_a_name(client, learner):
    learner.full_name = ""
    learner.save()
    before = CaseStudy.objects.count()
    response = _share(client, learner)
    assert response.status_code == 200
    assert "add your full name" in response.content.decode()
    assert CaseStudy.objects.count() == before
    _share(client, learner, credit="anonymous")
    assert PracticeSubmission.objects.get(submitter=learner).credit == Credit.ANONYMOUS


def test_sharing_needs_csrf(learner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert client.post("/en/practices/new/", practice_post()).status_code == 403
    assert not PracticeSubmission.objects.filter(submitter=learner).exists()


def test_the_learner_gets_no_admin_mail_from_wagtail(client, learner):
    _share(client, learner)
    assert all(learner.email not in message.to for message in mail.outbox)


def _page_queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_my_practices_and_the_dashboard_are_constant_in_queries(client, learner):
    _share(client, learner, title="Practice 0")
    client.get("/en/practices/")  # shows (and clears) the "thank you" message first
    one = (_page_queries(client, "/en/practices/"), _page_queries(client, "/en/learn/"))
    for number in range(1, 10):
        _share(client, learner, title=f"Practice {number}")
    assert PracticeSubmission.objects.filter(submitter=learner).count() == 10
    client.get("/en/practices/")
    assert (_page_queries(client, "/en/practices/"), _page_queries(client, "/en/learn/")) == one
    html = client.get("/en/practices/").content.decode()
    assert html.count('class="practice-card"') == 10
