"""Programme managers schedule sessions in the admin; learners do not reach it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import Group

from courses.convenings.models import Session
from tests.convenings.conftest import make_session
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

PROGRAMME_MANAGERS = "Programme managers"


@pytest.fixture
def manager(db):
    user = make_user("pm-sessions@example.org")
    user.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(user)
    return user


def test_programme_managers_may_manage_sessions(manager):
    codenames = set(Group.objects.get(name=PROGRAMME_MANAGERS).permissions.values_list("codename", flat=True))
    assert {"add_session", "change_session", "delete_session", "view_registration"} <= codenames


def test_a_programme_manager_schedules_a_session_in_the_admin(client, manager, cohort):
    make_session(cohorts=[cohort], title_en="Already planned", title_ar="")
    client.force_login(manager)
    listing = client.get("/admin/snippets/convenings/session/")  # in Arabic: the English title stands in
    assert listing.status_code == 200 and "Already planned" in listing.content.decode()
    response = client.post(
        "/admin/snippets/convenings/session/add/",
        {
            "kind": "dialogue",
            "title_en": "Mayors and ministries",
            "title_ar": "",
            "title_fr": "",
            "agenda_ar": "",
            "agenda_en": "Budgets for youth councils.",
            "agenda_fr": "",
            "starts_at": "2099-04-01 10:00",
            "ends_at": "2099-04-01 12:00",
            "time_zone": "Asia/Amman",
            "venue_address": "",
            "map_url": "",
            "online_url": "https://meet.example.org/dialogue",
            "capacity": "20",
            "invited_cohorts": [cohort.pk],
            "languages": ["ar", "fr"],
        },
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    session = Session.objects.get(title_en="Mayors and ministries")
    assert session.languages == ["ar", "fr"]
    assert list(session.invited_cohorts.all()) == [cohort]
    assert session.title_in("ar") == "Mayors and ministries"  # no Arabic title yet: the English one
    # Typed on the session's clock (Amman, UTC+3), whatever the editor's own time zone.
    assert session.starts_at == datetime(2099, 4, 1, 7, 0, tzinfo=UTC)
    edit = client.get(f"/admin/snippets/convenings/session/edit/{session.pk}/").content.decode()
    assert 'value="2099-04-01 10:00"' in edit


def test_the_admin_reads_times_on_the_sessions_clock_whatever_the_editors_time_zone(manager, cohort):
    from django.utils import timezone

    from courses.convenings.wagtail_hooks import SessionViewSet

    form_class = SessionViewSet().get_form_class()
    data = {
        "kind": "workshop", "title_en": "Youth budgets", "title_ar": "", "title_fr": "", "agenda_ar": "",
        "agenda_en": "", "agenda_fr": "", "starts_at": "2099-05-02 09:30", "ends_at": "2099-05-02 11:00",
        "time_zone": "Africa/Tunis", "venue_address": "Town hall", "map_url": "", "online_url": "",
        "capacity": "", "invited_cohorts": [cohort.pk], "languages": ["ar"],
    }  # fmt: skip
    with timezone.override("America/New_York"):
        form = form_class(data=data, for_user=manager)
        assert form.is_valid(), form.errors
    assert form.cleaned_data["starts_at"] == datetime(2099, 5, 2, 8, 30, tzinfo=UTC)  # Tunis is UTC+1


def test_a_session_needs_a_place_and_an_end_after_its_start(client, manager):
    client.force_login(manager)
    response = client.post(
        "/admin/snippets/convenings/session/add/",
        {
            "kind": "workshop",
            "title_en": "Nowhere",
            "starts_at": "2099-04-01 10:00",
            "ends_at": "2099-04-01 09:00",
            "time_zone": "Africa/Tunis",
            "languages": ["ar"],
        },
    )
    assert response.status_code == 200
    assert not Session.objects.filter(title_en="Nowhere").exists()


def test_a_learner_does_not_reach_the_sessions_admin(client, invited):
    client.force_login(invited[0])
    assert client.get("/admin/snippets/convenings/session/").status_code in (302, 403)
