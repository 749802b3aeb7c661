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
from courses.convenings.models import Registration, RegistrationStatus, Session
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
