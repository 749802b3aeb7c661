"""Scheduling outside the admin: a trainer schedules a session for their own cohorts only (times read on
the session's clock) and becomes its organiser; they change only the sessions they organise; programme
managers change any; learners get 404. The trainer dashboard links to the sessions list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.convenings.models import Attendance, Registration, RegistrationStatus, Session
from tests.cohorts.conftest import add_member, make_cohort
from tests.convenings.conftest import make_session
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def trainer(cohort):
    user = make_user("trainer@example.org", full_name="Trainer One")
    cohort.trainers.add(user)
    give_mfa(user)
    return user


@pytest.fixture
def other_cohort(db):
    return make_cohort(name="Irbid staff", country="JO", city_name="Irbid")


def form_data(**fields):
    data = {
        "kind": "exchange",
        "title_en": "Youth budgets, city to city",
        "title_ar": "ميزانيات الشباب بين المدن",
        "title_fr": "",
        "agenda_en": "What worked in Sfax.",
        "starts_at": "2099-04-01T10:00",
        "ends_at": "2099-04-01T12:00",
        "time_zone": "Asia/Amman",
        "venue_address": "",
        "online_url": "https://meet.example.org/exchange",
        "capacity": "2",
        "languages": ["ar", "en"],
    }
    data.update(fields)
    return data


def test_a_trainer_schedules_a_session_for_their_cohort_on_the_sessions_clock(client, trainer, cohort, other_cohort):
    client.force_login(trainer)
    page = client.get(url("session_new", language="ar")).content.decode()
    assert f'value="{cohort.pk}"' in page and 'name="invited_cohorts"' in page
    assert f'name="invited_cohorts" value="{other_cohort.pk}"' not in page
    response = client.post(url("session_new"), form_data(invited_cohorts=[cohort.pk]))
    assert response.status_code == 302, response.content.decode()[:3000]
    session = Session.objects.get(title_en="Youth budgets, city to city")
    assert session.starts_at == datetime(2099, 4, 1, 7, 0, tzinfo=UTC)  # 10:00 in Amman (UTC+3)
    assert list(session.organisers.all()) == [trainer]
    assert list(session.invited_cohorts.all()) == [cohort]
    assert "Youth budgets, city to city" in client.get(url("trainer_sessions")).content.decode()
    edit = client.get(url("session_edit", session.pk)).content.decode()
    assert 'value="2099-04-01T10:00"' in edit


def test_a_trainer_cannot_invite_another_cohort_or_leave_out_the_place(client, trainer, other_cohort):
    client.force_login(trainer)
    response = client.post(url("session_new"), form_data(invited_cohorts=[other_cohort.pk]))
    assert response.status_code == 400
    response = client.post(url("session_new"), form_data(online_url="", invited_cohorts=[]))
    page = response.content.decode()
    assert response.status_code == 400
    assert "Invite at least one cohort or city." in page and "Give a venue address or an online link." in page
    response = client.post(url("session_new"), form_data(ends_at="2099-04-01T09:00"))
    assert response.status_code == 400 and "A session ends after it starts." in response.content.decode()
    assert not Session.objects.exists()


def test_only_organisers_and_managers_change_a_session(client, trainer, cohort, other_cohort, invited):
    theirs = make_session(cohorts=[cohort], title_en="Theirs")
    theirs.organisers.add(trainer)
    someone_elses = make_session(cohorts=[other_cohort], title_en="Someone else's")
    client.force_login(trainer)
    assert client.get(url("session_edit", someone_elses.pk)).status_code == 404
    assert client.post(url("session_edit", someone_elses.pk), form_data(invited_cohorts=[cohort.pk])).status_code == 404
    someone_elses.refresh_from_db()
    assert someone_elses.title_en == "Someone else's"
    client.force_login(invited[0])
    assert client.get(url("session_new")).status_code == 404
    assert client.get(url("session_edit", theirs.pk)).status_code == 404
    assert client.get(url("trainer_sessions")).status_code == 404

    manager = make_user("manager@example.org")
    manager.groups.add(Group.objects.get_or_create(name=PROGRAMME_MANAGERS)[0])
    give_mfa(manager)
    client.force_login(manager)
    page = client.get(url("session_new")).content.decode()
    assert f'value="{other_cohort.pk}"' in page  # managers invite anyone
    response = client.post(url("session_edit", someone_elses.pk), form_data(invited_cohorts=[other_cohort.pk]))
    assert response.status_code == 302


def test_a_trainer_saving_keeps_what_a_manager_invited(client, trainer, cohort, other_cohort):
    session = make_session(cohorts=[cohort, other_cohort])
    session.organisers.add(trainer)
    client.force_login(trainer)
    response = client.post(url("session_edit", session.pk), form_data(invited_cohorts=[cohort.pk, other_cohort.pk]))
    assert response.status_code == 302
    assert set(session.invited_cohorts.all()) == {cohort, other_cohort}


def test_more_places_move_the_waiting_list_up_in_order(
    client, trainer, cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = make_session(cohorts=[cohort], capacity=1)
    session.organisers.add(trainer)
    learners = [make_user(f"line{n}@example.org", preferred_language="en") for n in range(3)]
    for position, learner in enumerate(learners):
        add_member(cohort, learner)
        Registration.objects.create(
            session=session,
            user=learner,
            status=RegistrationStatus.REGISTERED if position == 0 else RegistrationStatus.WAITING,
            position=None if position == 0 else position,
        )
    client.force_login(trainer)
    starts = session.starts_at + timedelta(hours=1)  # on the Tunis clock, any future time will do
    data = form_data(
        invited_cohorts=[cohort.pk],
        capacity="2",
        time_zone="Africa/Tunis",
        starts_at=starts.strftime("%Y-%m-%dT%H:%M"),
        ends_at=(starts + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url("session_edit", session.pk), data).status_code == 302
    statuses = dict(Registration.objects.values_list("user_id", "status"))
    assert statuses == {learners[0].pk: "registered", learners[1].pk: "registered", learners[2].pk: "waiting"}
    assert [message.to for message in mailoutbox] == [[learners[1].email]]


def test_the_trainer_dashboard_links_to_the_sessions(client, trainer):
    client.force_login(trainer)
    page = client.get(url("trainer_dashboard", language="ar")).content.decode()
    assert url("trainer_sessions", language="ar") in page
    sessions = client.get(url("trainer_sessions", language="ar")).content.decode()
    assert url("session_new", language="ar") in sessions


# --- A session that has already taken place ---------------------------------------------------------


def test_a_session_that_took_place_is_saved_listed_and_leads_to_its_roster(client, trainer, cohort, invited):
    """Recording a workshop after the fact (1 January 2020) is allowed. The message does not promise learners
    a session on their dashboard; the trainer lands on the roster, which lists the cohort's learners (nobody
    could register), marks who came, and finds the session under "Past sessions"."""
    client.force_login(trainer)
    data = form_data(invited_cohorts=[cohort.pk], starts_at="2020-01-01T10:00", ends_at="2020-01-01T12:00", capacity="")
    response = client.post(url("session_new", language="ar"), data, follow=True)
    session = Session.objects.get(title_en="Youth budgets, city to city")
    assert response.redirect_chain == [(url("session_attendance", session.pk, language="ar"), 302)]
    page = response.content.decode()
    assert "تظهر للمتعلّمين المدعوّين في لوحتهم" not in page  # the dashboard message, in Arabic
    english = client.post(url("session_edit", session.pk), data, follow=True).content.decode()
    assert "Invited learners see it on their dashboard" not in english
    assert "It has already taken place, so learners cannot register for it: take its attendance here." in english
    for learner in invited:
        assert f'name="status-{learner.pk}"' in english
    assert "Attendance taken for 0 of 3 invited learners." in english

    statuses = {f"status-{invited[0].pk}": "present", f"status-{invited[1].pk}": "absent"}
    assert client.post(url("session_attendance", session.pk), statuses).status_code == 302
    assert dict(Attendance.objects.filter(session=session).values_list("user_id", "status")) == {
        invited[0].pk: "present",
        invited[1].pk: "absent",
    }
    listed = client.get(url("trainer_sessions")).content.decode().split('id="past-heading"')[1]
    assert "Youth budgets, city to city" in listed and "0 registered · 1 attended" in listed
    assert url("session_feedback_report", session.pk) in listed


def test_a_session_still_to_come_keeps_the_dashboard_message(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(url("session_new"), form_data(invited_cohorts=[cohort.pk]), follow=True)
    assert response.redirect_chain == [(url("trainer_sessions"), 302)]
    assert "The session is saved. Invited learners see it on their dashboard." in response.content.decode()


# --- Places ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("capacity", "error"),
    [
        ("0", "A session has at least 1 place. Leave it empty for no limit."),
        ("5001", "A session has at most 5000 places. Leave it empty for no limit."),
    ],
)
def test_no_places_or_too_many_are_refused_and_nothing_is_stored(client, trainer, cohort, capacity, error):
    client.force_login(trainer)
    response = client.post(url("session_new"), form_data(invited_cohorts=[cohort.pk], capacity=capacity))
    page = response.content.decode()
    assert response.status_code == 400
    assert f'<ul class="errorlist" id="id_capacity_error" role="alert"><li>{error}</li></ul>' in page
    assert not Session.objects.exists()


@pytest.mark.parametrize(("capacity", "stored"), [("1", 1), ("5000", 5000), ("", None)])
def test_one_place_to_five_thousand_or_no_limit_are_kept(client, trainer, cohort, capacity, stored):
    client.force_login(trainer)
    response = client.post(url("session_new"), form_data(invited_cohorts=[cohort.pk], capacity=capacity))
    assert response.status_code == 302
    assert Session.objects.get().capacity == stored


# --- Titles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_title_in_any_one_language_is_enough(client, trainer, cohort, language):
    client.force_login(trainer)
    titles = {"title_ar": "", "title_en": "", "title_fr": "", f"title_{language}": "Youth budgets"}
    response = client.post(url("session_new", language="ar"), form_data(invited_cohorts=[cohort.pk], **titles))
    assert response.status_code == 302
    session = Session.objects.get()
    assert [session.title_in(code) for code in ("ar", "en", "fr")] == ["Youth budgets"] * 3


def test_a_session_without_any_title_is_refused(client, trainer, cohort):
    client.force_login(trainer)
    data = form_data(invited_cohorts=[cohort.pk], title_ar=" ", title_en="", title_fr="")
    response = client.post(url("session_new"), data)
    assert response.status_code == 400
    assert "Give the session a title, in Arabic, English or French." in response.content.decode()
    assert not Session.objects.exists()
