"""The learner's session page, its actions and its calendar file: invited learners only (others get 404,
whatever id they type), POST with CSRF, times in the learner's own time zone beside the session's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.cities.services import join_city
from courses.convenings.models import Registration, RegistrationStatus
from tests.cities.conftest import make_city
from tests.convenings.conftest import make_session
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def session(cohort):
    return make_session(cohorts=[cohort], capacity=1, online_url="https://meet.example.org/abc")


@pytest.mark.parametrize("name", ["session_detail", "session_ics"])
def test_an_uninvited_learner_gets_404_on_the_page(client, session, outsider, name):
    client.force_login(outsider)
    assert client.get(url(name, session.pk)).status_code == 404


@pytest.mark.parametrize("name", ["session_register", "session_cancel"])
def test_an_uninvited_learner_gets_404_on_the_actions(client, session, outsider, name):
    client.force_login(outsider)
    assert client.post(url(name, session.pk)).status_code == 404
    assert not Registration.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, session):
    response = client.get(url("session_detail", session.pk))
    assert response.status_code == 302 and "login" in response.url


def test_register_and_cancel_from_the_page(client, session, invited):
    client.force_login(invited[0])
    page = client.get(url("session_detail", session.pk))
    assert page.status_code == 200
    assert b"Register" in page.content and b"meet.example.org" not in page.content
    assert 'Languages: <bdi class="bidi-token">Arabic</bdi>' in page.content.decode()
    response = client.post(url("session_register", session.pk), follow=True)
    assert Registration.objects.get(user=invited[0]).status == RegistrationStatus.REGISTERED
    assert "You are registered." in response.content.decode()
    assert b"https://meet.example.org/abc" in response.content  # the link, once registered
    client.post(url("session_cancel", session.pk))
    assert Registration.objects.get(user=invited[0]).status == RegistrationStatus.CANCELLED


def test_the_waiting_list_shows_the_place_in_line(client, session, invited):
    for user in invited:
        client.force_login(user)
        client.post(url("session_register", session.pk))
    response = client.get(url("session_detail", session.pk))
    assert "You are on the waiting list (number 2)." in response.content.decode()


def test_register_needs_post_and_csrf(session, invited):
    client = Client(enforce_csrf_checks=True)
    client.force_login(invited[0])
    assert client.get(url("session_register", session.pk)).status_code == 405
    assert client.post(url("session_register", session.pk)).status_code == 403
    assert not Registration.objects.exists()


def test_times_in_the_learners_time_zone_and_the_sessions(client, cohort, invited):
    invited[0].time_zone = "Asia/Amman"
    invited[0].save(update_fields=["time_zone"])
    start = datetime(2099, 3, 10, 8, 0, tzinfo=UTC)  # 11:00 in Amman (UTC+3 all year), 9:00 in Tunis (UTC+1)
    session = make_session(cohorts=[cohort], time_zone="Africa/Tunis")
    session.starts_at, session.ends_at = start, start + timedelta(hours=2)
    session.save()
    client.force_login(invited[0])
    text = client.get(url("session_detail", session.pk)).content.decode()
    assert "March 10, 2099, 11 a.m. to 1 p.m. (your time: <bdi>Amman (Jordan)</bdi>)" in text
    assert "March 10, 2099, 9 a.m. to 11 a.m. in the session's time zone (<bdi>Tunis (Tunisia)</bdi>)" in text


def test_a_learner_without_a_country_reads_the_times_of_their_citys_country(client):
    """The profile has a city (in Jordan) but no country: Amman's time and the Levant's month names, not UTC's."""
    ruseifa = make_city("Ruseifa", country="JO", name_ar="الرصيفة")
    learner = make_user("ruseifa@example.org", preferred_language="ar")
    join_city(user=learner, city=ruseifa)  # no country named: the city's is taken
    start = datetime(2099, 3, 10, 8, 0, tzinfo=UTC)  # 11:00 in Amman (UTC+3 all year)
    session = make_session(cities=[ruseifa], time_zone="Africa/Tunis")
    session.starts_at, session.ends_at = start, start + timedelta(hours=2)
    session.save()
    client.force_login(learner)
    text = client.get(url("session_detail", session.pk, language="ar")).content.decode()
    assert "من 10 آذار 2099، 11:00 إلى 13:00 (بتوقيتك: <bdi>عمّان (الأردن)</bdi>)" in text
    assert "التوقيت العالمي المنسَّق" not in text


def unfold(text: str) -> list[str]:
    """Content lines as RFC 5545 reads them: a CRLF followed by a space continues the line."""
    assert "\n" not in text.replace("\r\n", "")  # every line ends with CRLF
    physical = text.split("\r\n")
    assert physical[-1] == ""
    for line in physical[:-1]:
        assert len(line.encode()) <= 75
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    out, characters = [], iter(value)
    for character in characters:
        if character == "\\":
            following = next(characters)
            out.append("\n" if following in "nN" else following)
        else:
            out.append(character)
    return "".join(out)


def test_the_calendar_file(client, cohort, invited):
    start = datetime(2099, 3, 10, 8, 30, tzinfo=UTC)
    agenda = "1. Welcome; introductions\n2. Sfax, Sousse and Tunis: what worked\\what did not"
    session = make_session(
        cohorts=[cohort],
        title_ar="تبادل بين المدن: مجالس الشباب، ما الذي ينجح وما الذي لا ينجح في المدن الصغيرة والمتوسطة",
        agenda_ar=agenda,
        venue_address="Town hall, Avenue Habib Bourguiba; Sfax",
    )
    session.starts_at, session.ends_at = start, start + timedelta(hours=3)
    session.save()
    client.force_login(invited[0])
    response = client.get(url("session_ics", session.pk, language="ar"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    lines = unfold(response.content.decode())
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"] and lines[-1] == "END:VCALENDAR"
    fields = dict(line.split(":", 1) for line in lines)
    assert fields["UID"].startswith(f"session-{session.pk}@")
    assert fields["DTSTART"] == "20990310T083000Z" and fields["DTEND"] == "20990310T113000Z"
    assert fields["DTSTAMP"].endswith("Z") and len(fields["DTSTAMP"]) == 16
    assert unescape(fields["SUMMARY"]) == session.title_ar
    assert unescape(fields["LOCATION"]) == "Town hall, Avenue Habib Bourguiba; Sfax"
    assert "\\," in fields["LOCATION"] and "\\;" in fields["LOCATION"]
    assert unescape(fields["DESCRIPTION"]).startswith(agenda)
    assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1


def test_the_page_in_arabic_shows_the_arabic_title(client, session, invited):
    client.force_login(invited[0])
    text = client.get(url("session_detail", session.pk, language="ar")).content.decode()
    assert 'dir="rtl"' in text
    assert "<bdi>مجالس الشباب: ما الذي ينجح</bdi>" in text


def test_an_ended_session_offers_no_registration(client, cohort, invited):
    session = make_session(cohorts=[cohort], starts_in=-timedelta(days=1))
    client.force_login(invited[0])
    text = client.get(url("session_detail", session.pk)).content.decode()
    assert "This session has ended." in text and "session_register" not in text
    assert url("session_register", session.pk) not in text
    response = client.post(url("session_register", session.pk), follow=True)
    assert "This session has ended." in response.content.decode()
    assert not Registration.objects.exists()


def test_the_session_page_costs_the_same_for_few_or_many_invitations_and_registrations(client, cohort, invited):
    """The page's reads do not grow with the cohorts and cities invited or the learners registered."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.convenings.services import register
    from tests.cohorts.conftest import make_cohort
    from tests.convenings.conftest import make_session

    def measure(session) -> int:
        client.force_login(invited[0])
        client.get(url("session_detail", session.pk))  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url("session_detail", session.pk)).status_code == 200
        return len(captured)

    few = make_session(cohorts=[cohort], capacity=2)
    register(user=invited[1], session=few)
    many = make_session(
        cohorts=[cohort, *(make_cohort(name=f"Other {n}", country="TN", city_name="Sfax") for n in range(6))],
        capacity=2,
    )
    for learner in invited[1:]:
        register(user=learner, session=many)
    assert measure(few) == measure(many)
