"""Moderators review a shared practice through the workflow: changes requested (the learner is told and edits),
published (it joins the library, credited as the learner chose), and the learner's own pages are theirs alone."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import WorkflowState

from courses.models import CaseStudy
from courses.practices.models import PracticeSubmission, SubmissionStatus
from tests.practices.conftest import practice_post

pytestmark = pytest.mark.django_db


def _shared(client, learner, **overrides) -> PracticeSubmission:
    client.force_login(learner)
    client.post("/en/practices/new/", practice_post(**overrides))
    return PracticeSubmission.objects.select_related("case_study").filter(submitter=learner).first()


def _act(client, moderator, case: CaseStudy, action: str, comment: str = ""):
    client.force_login(moderator)
    state = case.current_workflow_state
    url = reverse(
        "wagtailsnippets_courses_casestudy:workflow_action", args=[case.pk, action, state.current_task_state.pk]
    )
    return client.post(url, {"comment": comment})


def test_changes_requested_are_shown_and_mailed_in_the_learners_language(client, learner, moderator):
    submission = _shared(client, learner)
    mail.outbox.clear()
    _act(client, moderator, submission.case_study, "reject", "Give the budget's amount.")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.CHANGES_REQUESTED
    assert submission.moderator_comment == "Give the budget's amount."
    assert submission.case_study.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_learner = [message for message in mail.outbox if learner.email in message.to]
    assert len(to_learner) == 1  # ours, not Wagtail's admin notification
    assert "Give the budget's amount." in to_learner[0].body
    assert "/ar/practices/" in to_learner[0].body  # the learner reads Arabic
    assert "admin" not in to_learner[0].body
    client.force_login(learner)
    html = client.get("/ar/practices/").content.decode()
    assert "Give the budget&#x27;s amount." in html
    assert "practice-status--changes_requested" in html


def test_the_learner_edits_and_the_review_starts_again_on_the_new_text(client, learner, moderator):
    submission = _shared(client, learner)
    _act(client, moderator, submission.case_study, "reject", "More detail please.")
    client.force_login(learner)
    data = practice_post(impact="Three projects, 12,000 dinars in all.", credit="anonymous")
    response = client.post(f"/en/practices/{submission.pk}/edit/", data)
    assert response.status_code == 302
    submission.refresh_from_db()
    case = CaseStudy.objects.get(pk=submission.case_study_id)
    assert submission.status == SubmissionStatus.IN_REVIEW and submission.credit == "anonymous"
    assert case.impact == "Three projects, 12,000 dinars in all." and not case.live
    state = case.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision == case.latest_revision
    assert case.latest_revision.as_object().impact == "Three projects, 12,000 dinars in all."


def test_an_edit_during_review_restarts_the_task_on_the_new_revision(client, learner):
    submission = _shared(client, learner)
    client.post(f"/en/practices/{submission.pk}/edit/", practice_post(title="A better title"))
    case = CaseStudy.objects.get(pk=submission.case_study_id)
    assert case.current_workflow_state.current_task_state.revision == case.latest_revision
    assert WorkflowState.objects.filter(object_id=str(case.pk)).count() == 1


def test_publishing_puts_it_in_the_library_credited_by_name_without_email(client, learner, moderator):
    submission = _shared(client, learner)
    mail.outbox.clear()
    _act(client, moderator, submission.case_study, "approve")
    submission.refresh_from_db()
    case = CaseStudy.objects.get(pk=submission.case_study_id)
    assert case.live and submission.status == SubmissionStatus.PUBLISHED and submission.published_at
    assert [message.subject for message in mail.outbox if learner.email in message.to]
    client.logout()
    listing = client.get("/en/case-studies/").content.decode()
    assert case.get_absolute_url() in listing
    assert "Shared by a city" in listing and "Salma Idrissi" in listing
    page = client.get(case.get_absolute_url()).content.decode()
    assert "Shared by a city" in page and "Salma Idrissi" in page
    assert learner.email not in listing and learner.email not in page
    assert "Low turnout at first." in page  # the challenges


def test_an_anonymous_practice_names_no_one_in_any_translation(client, learner, moderator):
    submission = _shared(client, learner, credit="anonymous")
    _act(client, moderator, submission.case_study, "approve")
    case = CaseStudy.objects.get(pk=submission.case_study_id)
    french = case.copy_for_translation(case.locale.__class__.objects.get(language_code="fr"))
    french.save()
    client.logout()
    page = client.get(f"/fr/case-studies/{case.slug}/").content.decode()
    assert 'lang="fr"' in page and "Salma Idrissi" not in page
    assert "Shared by a city" in client.get(f"/en/case-studies/{case.slug}/").content.decode()
    assert "Shared anonymously" in client.get(f"/en/case-studies/{case.slug}/").content.decode()


def test_a_published_practice_cannot_be_edited(client, learner, moderator):
    submission = _shared(client, learner)
    _act(client, moderator, submission.case_study, "approve")
    client.force_login(learner)
    response = client.post(f"/en/practices/{submission.pk}/edit/", practice_post(title="Changed after"))
    assert response.status_code == 302
    assert CaseStudy.objects.get(pk=submission.case_study_id).title == "Youth council budget"


def test_another_learners_practice_is_a_404(client, learner, other_learner):
    submission = _shared(client, learner)
    client.force_login(other_learner)
    assert client.get(f"/en/practices/{submission.pk}/edit/").status_code == 404
    assert client.post(f"/en/practices/{submission.pk}/edit/", practice_post(title="Hijacked")).status_code == 404
    assert "Youth council budget" not in client.get("/en/practices/").content.decode()
    assert CaseStudy.objects.get(pk=submission.case_study_id).title == "Youth council budget"


def _library_queries(client) -> int:
    client.logout()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/case-studies/").status_code == 200
    return len(queries.captured_queries)


def test_the_library_is_constant_in_queries(client, learner, moderator):
    """The credits of a page of case studies cost one query, however many came from practices."""
    for number in range(2):
        submission = _shared(client, learner, title=f"Practice {number}")
        _act(client, moderator, submission.case_study, "approve")
    few = _library_queries(client)
    for number in range(2, 9):
        submission = _shared(client, learner, title=f"Practice {number}")
        _act(client, moderator, submission.case_study, "approve")
    assert PracticeSubmission.objects.filter(status=SubmissionStatus.PUBLISHED).count() == 9
    assert _library_queries(client) == few


def test_the_dashboard_links_to_sharing(client, learner):
    client.force_login(learner)
    html = client.get("/en/learn/").content.decode()
    assert "/en/practices/new/" in html
