"""The confirmation and reminder mail in the learner's language and time zone, the reminder sent once,
and the dashboard's "Upcoming sessions" panel at a constant cost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from courses.cities.services import join_city
from courses.convenings import services
from courses.convenings.models import Registration
from tests.cities.conftest import make_city
from tests.cohorts.conftest import add_member
from tests.convenings.conftest import make_session
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_the_confirmation_is_in_arabic_with_the_learners_time(cohort, mailoutbox, django_capture_on_commit_callbacks):
    learner = make_user("salma@example.org", full_name="سلمى", preferred_language="ar", country="MA")
    add_member(cohort, learner)
    start = datetime(2099, 5, 4, 9, 0, tzinfo=UTC)
    session = make_session(cohorts=[cohort], time_zone="Asia/Amman", online_url="https://meet.example.org/x")
    session.starts_at, session.ends_at = start, start + timedelta(hours=2)
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.register(user=learner, session=session)
    [mail] = mailoutbox
    assert mail.to == ["salma@example.org"]
    assert "مجالس الشباب: ما الذي ينجح" in mail.subject
    assert "سلمى" in mail.body
    # The learner is in Morocco (Casablanca, UTC+1): 09:00 UTC is 10:00 for her, 12:00 in Amman (UTC+3);
    # the month in Moroccan Arabic (ماي).
    assert "ماي" in mail.body
    assert "10:00" in mail.body and "12:00" in mail.body
    assert "https://meet.example.org/x" in mail.body
    assert reverse("session_ics", args=[session.pk]).split("/", 2)[2] in mail.body
    # The calendar file comes with it, its summary in Arabic, its times in UTC.
    [(filename, calendar, mimetype)] = mail.attachments
    assert filename == f"session-{session.pk}.ics" and mimetype.startswith("text/calendar")
    unfolded = calendar.replace("\r\n ", "")
    assert "DTSTART:20990504T090000Z\r\n" in unfolded
    assert "SUMMARY:مجالس الشباب: ما الذي ينجح\r\n" in unfolded


def test_the_confirmation_reads_the_country_of_the_learners_city_when_the_profile_has_none(
    mailoutbox, django_capture_on_commit_callbacks
):
    ruseifa = make_city("Ruseifa", country="JO", name_ar="الرصيفة")
    learner = make_user("ruseifa@example.org", preferred_language="ar")
    join_city(user=learner, city=ruseifa)  # no country named: the city's is taken
    start = datetime(2099, 5, 4, 9, 0, tzinfo=UTC)  # 12:00 in Amman
    session = make_session(cities=[ruseifa], time_zone="Africa/Tunis")
    session.starts_at, session.ends_at = start, start + timedelta(hours=2)
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.register(user=learner, session=session)
    [mail] = mailoutbox
    assert "الموعد: من 4 أيار 2099، 12:00 إلى 14:00 (بتوقيتك: \u2068عمّان (الأردن)\u2069)" in mail.body


def test_the_waiting_list_mail_says_so(cohort, invited, mailoutbox, django_capture_on_commit_callbacks):
    session = make_session(cohorts=[cohort], capacity=1, online_url="https://meet.example.org/secret")
    with django_capture_on_commit_callbacks(execute=True):
        services.register(user=invited[0], session=session)
        services.register(user=invited[1], session=session)
    assert mailoutbox[1].to == [invited[1].email]
    assert "Waiting list: \u2068Youth councils: what works\u2069" in mailoutbox[1].subject  # title isolated
    assert "waiting list" in mailoutbox[1].body
    assert "https://meet.example.org/secret" not in mailoutbox[1].body  # the link is for those with a place
    assert mailoutbox[1].attachments == []  # no calendar entry without a place


def test_the_reminder_is_sent_once_the_day_before(cohort, invited, mailoutbox):
    tomorrow = make_session(cohorts=[cohort], starts_in=timedelta(hours=20))
    later = make_session(cohorts=[cohort], starts_in=timedelta(days=5), title_en="Later")
    for session in (tomorrow, later):
        services.register(user=invited[0], session=session)
    services.register(user=invited[1], session=tomorrow)
    services.cancel(user=invited[1], session=tomorrow)
    mailoutbox.clear()
    call_command("send_session_reminders", stdout=__import__("io").StringIO())
    assert [message.to for message in mailoutbox] == [[invited[0].email]]
    assert "Tomorrow" in mailoutbox[0].subject
    assert Registration.objects.get(session=tomorrow, user=invited[0]).reminded_at is not None
    call_command("send_session_reminders", stdout=__import__("io").StringIO())
    assert len(mailoutbox) == 1


def _dashboard(client):
    with translation.override("en"):
        return client.get(reverse("my_learning"))


def test_the_dashboard_lists_upcoming_sessions_with_the_status(client, cohort, invited):
    coming = make_session(cohorts=[cohort], title_en="Coming soon")
    make_session(cohorts=[cohort], title_en="Already over", starts_in=-timedelta(days=2))
    make_session(title_en="Not for you")
    services.register(user=invited[0], session=coming)
    client.force_login(invited[0])
    text = _dashboard(client).content.decode()
    assert "Upcoming sessions" in text and "Coming soon" in text and "You are registered." in text
    assert "Already over" not in text and "Not for you" not in text


def test_no_panel_for_a_learner_invited_to_nothing(client, outsider, cohort):
    make_session(cohorts=[cohort])
    client.force_login(outsider)
    assert "Upcoming sessions" not in _dashboard(client).content.decode()


def test_the_panels_queries_do_not_grow_with_the_sessions(rf, cohort, invited):
    """The panel, rendered as the dashboard renders it, costs the same for one session as for ten."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.convenings import selectors
    from courses.convenings.wagtail_hooks import upcoming_sessions

    request = rf.get("/en/my-learning/")
    request.user = invited[0]

    def queries_for(sessions: int) -> int:
        Registration.objects.all().delete()
        for number in range(sessions):
            session = make_session(cohorts=[cohort], title_en=f"Session {number}", starts_in=timedelta(days=number + 1))
            services.register(user=invited[0], session=session)
        with translation.override("en"), CaptureQueriesContext(connection) as queries:
            html = upcoming_sessions(request)
        assert "Session 0" in html
        with CaptureQueriesContext(connection) as unlimited:
            cards = selectors.upcoming_for(invited[0])  # the whole list, not only the panel's first five
        assert all(card.is_registered for card in cards[-sessions:])
        return len(queries), len(unlimited)

    assert queries_for(1) == queries_for(10) == (2, 2)


def test_personal_data_export_lists_registrations(cohort, invited):
    from lms.accounts.services import export_personal_data

    services.register(user=invited[0], session=make_session(cohorts=[cohort]))
    [row] = export_personal_data(user=invited[0])["convenings"]["registrations"]
    assert row["status"] == "registered" and row["session__title_en"] == "Youth councils: what works"
