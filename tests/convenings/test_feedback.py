"""Feedback after a session: only learners marked present or late, only once the session has ended, one
answer per learner (sending again replaces it); the form on the session page and the dashboard; the
organisers' report (organisers and programme managers only, 404 for anyone else) shows the count, and
from five answers the average, the spread and the texts without names; its queries do not grow."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.convenings import feedback
from courses.convenings.models import Attendance, AttendanceStatus, Registration, RegistrationStatus, SessionFeedback
from tests.cohorts.conftest import add_member
from tests.convenings.conftest import make_session
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


def attend(session, *users, status=AttendanceStatus.PRESENT):
    for user in users:
        Registration.objects.get_or_create(
            session=session, user=user, defaults={"status": RegistrationStatus.REGISTERED}
        )
        Attendance.objects.create(session=session, user=user, status=status)


@pytest.fixture
def organiser():
    return make_user("organiser@example.org", full_name="Organiser One")


@pytest.fixture
def past(cohort, organiser):
    """A session that ended two hours ago."""
    session = make_session(cohorts=[cohort], starts_in=timedelta(hours=-4), title_en="Past dialogue")
    session.organisers.add(organiser)
    return session


def answer(client, session, usefulness="4", **fields):
    return client.post(url("session_feedback", session.pk), {"usefulness": usefulness, **fields})


# --- Who answers ---------------------------------------------------------------------------------


def test_a_present_learner_answers_once_and_a_second_answer_replaces_the_first(client, past, invited):
    attend(past, invited[0])
    client.force_login(invited[0])
    page = client.get(url("session_detail", past.pk)).content.decode()
    assert f'action="/en/sessions/{past.pk}/feedback/"' in page and 'name="usefulness"' in page

    response = answer(client, past, "4", will_apply="A youth council", comment="Good")
    assert response.status_code == 302 and response.url == url("session_detail", past.pk)
    answer(client, past, "4", will_apply="A youth council", comment="Good")  # the same form sent twice
    assert SessionFeedback.objects.count() == 1
    answer(client, past, "2", will_apply="", comment="Too long")
    row = SessionFeedback.objects.get()
    assert (row.user, row.usefulness, row.will_apply, row.comment) == (invited[0], 2, "", "Too long")
    page = client.get(url("session_detail", past.pk)).content.decode()
    assert "Update my feedback" in page
    assert re.search(r'<input[^>]*name="usefulness" value="2"[^>]*checked', page)
    assert "Too long" in page


@pytest.mark.parametrize("status", [AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED])
def test_absent_excused_and_unmarked_learners_cannot_answer(client, past, invited, status):
    attend(past, invited[0], status=status)
    Registration.objects.create(session=past, user=invited[1], status=RegistrationStatus.REGISTERED)
    for learner in invited[:2]:
        client.force_login(learner)
        assert 'name="usefulness"' not in client.get(url("session_detail", past.pk)).content.decode()
        response = answer(client, past)
        assert response.status_code == 302
        page = client.get(response.url).content.decode()
        assert "Only learners marked present at the session can give feedback on it." in page
    assert not SessionFeedback.objects.exists()


def test_a_late_learner_answers_but_not_before_the_end(client, cohort, invited):
    running = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-30))
    attend(running, invited[0], status=AttendanceStatus.LATE)
    client.force_login(invited[0])
    assert 'name="usefulness"' not in client.get(url("session_detail", running.pk)).content.decode()
    answer(client, running)
    assert not SessionFeedback.objects.exists()
    with pytest.raises(feedback.FeedbackRefused):
        feedback.give_feedback(user=invited[0], session=running, usefulness=3)
    running.starts_at -= timedelta(hours=3)
    running.ends_at -= timedelta(hours=3)
    running.save()
    assert feedback.give_feedback(user=invited[0], session=running, usefulness=3).usefulness == 3


def test_an_uninvited_learner_gets_404_and_bad_scores_store_nothing(client, past, invited, outsider):
    client.force_login(outsider)
    assert answer(client, past).status_code == 404
    attend(past, invited[0])
    client.force_login(invited[0])
    for bad in ("0", "6", "x", ""):
        response = answer(client, past, bad)
        assert response.status_code == 400
        assert "Choose a score from 1 to 5." in response.content.decode() or "Select a valid choice" in (
            response.content.decode()
        )
    assert not SessionFeedback.objects.exists()
    with pytest.raises(ValueError):
        feedback.give_feedback(user=invited[0], session=past, usefulness=9)


def test_answering_needs_csrf(past, invited):
    attend(past, invited[0])
    client = Client(enforce_csrf_checks=True)
    client.force_login(invited[0])
    assert answer(client, past).status_code == 403
    assert not SessionFeedback.objects.exists()


def test_the_dashboard_asks_until_answered_and_returns_there(client, past, invited):
    attend(past, invited[0])
    client.force_login(invited[0])
    dashboard = url("my_learning", language="ar")
    page = client.get(dashboard).content.decode()
    assert 'id="session-feedback-heading"' in page and 'name="next" value="dashboard"' in page
    response = client.post(url("session_feedback", past.pk, language="ar"), {"usefulness": "5", "next": "dashboard"})
    assert response.status_code == 302 and response.url == url("my_learning", language="ar")
    assert 'id="session-feedback-heading"' not in client.get(dashboard).content.decode()
    # Another learner, who did not attend, is never asked.
    client.force_login(invited[1])
    assert 'id="session-feedback-heading"' not in client.get(dashboard).content.decode()


def test_the_dashboard_stops_asking_after_30_days(past, invited):
    attend(past, invited[0])
    later = past.ends_at + timedelta(days=31)
    assert feedback.awaiting_feedback(invited[0]) == [past]
    assert feedback.awaiting_feedback(invited[0], now=later) == []


# --- The organisers' report ---------------------------------------------------------------------


def _answers(session, cohort, count, start=0):
    learners = []
    for number in range(start, start + count):
        learner = make_user(f"answer{number}@example.org", full_name=f"Named Learner {number}")
        add_member(cohort, learner)
        attend(session, learner)
        feedback.give_feedback(
            user=learner,
            session=session,
            usefulness=1 + number % 5,
            will_apply=f"apply {number}" if number % 2 else "",
            comment=f"comment {number}",
        )
        learners.append(learner)
    return learners


def test_below_five_answers_the_report_shows_the_count_only(client, past, organiser, cohort):
    _answers(past, cohort, 4)
    client.force_login(organiser)
    page = client.get(url("session_feedback_report", past.pk)).content.decode()
    assert "4 answers from 4 learners who attended." in page
    assert "at least 5 learners have answered" in page
    for hidden in ("comment 0", "apply 1", "Average", "Named Learner"):
        assert hidden not in page


def test_from_five_answers_the_report_shows_figures_and_texts_without_names(client, past, organiser, cohort):
    _answers(past, cohort, 5)
    client.force_login(organiser)
    page = client.get(url("session_feedback_report", past.pk, language="ar")).content.decode()
    report = feedback.report(past)
    assert report.shown and report.answers == 5 and report.average == 3.0
    assert report.spread == [(5, 1), (4, 1), (3, 1), (2, 1), (1, 1)]
    assert report.comments == [f"comment {n}" for n in range(5)]
    assert report.will_apply == ["apply 1", "apply 3"]
    for shown in ("comment 4", "apply 3"):
        assert shown in page
    english = client.get(url("session_feedback_report", past.pk)).content.decode()
    assert "Average: <bdi>3.0</bdi> out of 5" in english
    assert "Named Learner" not in page and "answer0@example.org" not in page


def test_learners_and_other_organisers_get_404_and_managers_see_it(client, past, invited, cohort):
    _answers(past, cohort, 5)
    other = make_user("other-organiser@example.org")
    make_session(cohorts=[cohort]).organisers.add(other)
    for user in (invited[0], other):
        client.force_login(user)
        assert client.get(url("session_feedback_report", past.pk)).status_code == 404
    manager = make_user("manager@example.org")
    manager.groups.add(Group.objects.get_or_create(name=PROGRAMME_MANAGERS)[0])
    give_mfa(manager)
    client.force_login(manager)
    assert client.get(url("session_feedback_report", past.pk)).status_code == 200
    client.logout()
    response = client.get(url("session_feedback_report", past.pk))
    assert response.status_code == 302 and "login" in response.url


def test_the_report_is_linked_from_the_list_and_the_roster(client, past, organiser):
    client.force_login(organiser)
    link = url("session_feedback_report", past.pk)
    assert link in client.get(url("trainer_sessions")).content.decode()
    assert link in client.get(url("session_attendance", past.pk)).content.decode()


@pytest.mark.parametrize(
    ("language", "edit", "feedback_link", "wrong_words"),
    [
        ("ar", "تعديل", "آراء المشاركين", ("التغيّر", "التعليق على الإجابة")),
        ("fr", "Modifier", "Avis des participants", ("Évolution", "Explication")),
    ],
)
def test_the_session_links_say_edit_and_participants_feedback(
    client, past, organiser, language, edit, feedback_link, wrong_words
):
    """The words "Change" and "Feedback" mean other things elsewhere (the change in a programme report's score, the
    explanation of a quiz answer): a session's links have their own translations."""
    client.force_login(organiser)
    listed = client.get(url("trainer_sessions", language=language)).content.decode()
    assert f">{edit}</a>" in listed and f">{feedback_link}</a>" in listed
    roster = client.get(url("session_attendance", past.pk, language=language)).content.decode()
    assert f">{feedback_link}</a>" in roster
    report = client.get(url("session_feedback_report", past.pk, language=language)).content.decode()
    assert re.search(rf"<title>\s*{feedback_link} · ", report)
    for page in (listed, roster, report):
        assert not any(word in page for word in wrong_words)


def test_the_reports_queries_do_not_grow_with_the_answers(past, cohort, django_assert_num_queries):
    _answers(past, cohort, 5)
    with django_assert_num_queries(3):
        feedback.report(past)
    _answers(past, cohort, 45, start=5)
    with django_assert_num_queries(3):
        assert feedback.report(past).answers == 50


def test_the_personal_data_export_lists_feedback(past, invited):
    from wagtail import hooks

    attend(past, invited[0])
    feedback.give_feedback(user=invited[0], session=past, usefulness=5, comment="Merci")
    exported = dict(hook(invited[0]) for hook in hooks.get_hooks("export_personal_data"))
    assert exported["session_feedback"][0]["comment"] == "Merci"
