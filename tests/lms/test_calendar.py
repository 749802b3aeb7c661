"""Dates and times for each reader: Arabic order, the country's month names, the reader's time zone."""

import zoneinfo
from datetime import UTC, date, datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from lms.languages.calendar import format_date, reading_as, time_zone_for
from tests.factories import make_user

pytestmark = pytest.mark.django_db

AFTERNOON = datetime(2026, 12, 1, 14, 40, tzinfo=UTC)


def test_arabic_date_times_read_day_month_year_then_the_time():
    """Django's own Arabic format says "ديسمبر 1, 2026, 3:40 م", in the English order."""
    with translation.override("ar"), reading_as(time_zone="UTC"):
        assert format_date(AFTERNOON, "DATETIME_FORMAT") == "1 ديسمبر 2026، 14:40"
        assert format_date(AFTERNOON.date()) == "1 ديسمبر 2026"


@pytest.mark.parametrize(
    ("country", "december", "august"),
    [
        ("MA", "دجنبر", "غشت"),
        ("TN", "ديسمبر", "أوت"),
        ("DZ", "ديسمبر", "أوت"),
        ("LB", "كانون الأول", "آب"),
        ("JO", "كانون الأول", "آب"),
        ("IQ", "كانون الأول", "آب"),
        ("EG", "ديسمبر", "أغسطس"),
        ("LY", "ديسمبر", "أغسطس"),
        ("", "ديسمبر", "أغسطس"),  # no country: the neutral default
    ],
)
def test_month_names_follow_the_readers_country(country, december, august):
    with translation.override("ar"), reading_as(country=country):
        assert format_date(date(2026, 12, 1)) == f"1 {december} 2026"
        assert format_date(date(2026, 8, 15), "j F") == f"15 {august}"


def test_french_and_english_keep_djangos_month_names():
    with reading_as(country="MA"):
        with translation.override("fr"):
            assert format_date(date(2026, 8, 15)) == "15 août 2026"
        with translation.override("en"):
            assert format_date(date(2026, 8, 15), "j F Y") == "15 August 2026"


def test_escaped_letters_in_a_format_stay_literal():
    with translation.override("ar"), reading_as(country="MA"):
        assert format_date(date(2026, 12, 1), r"\F F") == "F دجنبر"


def test_the_time_zone_comes_from_the_choice_then_the_country_then_the_site():
    assert time_zone_for(chosen="Europe/Paris", country="JO") == "Europe/Paris"
    assert time_zone_for(country="JO") == "Asia/Amman"
    assert time_zone_for(country="MA") == "Africa/Casablanca"
    assert time_zone_for(country="FR") == "UTC"


def test_times_are_shown_in_the_readers_time_zone():
    amman = AFTERNOON.astimezone(zoneinfo.ZoneInfo("Asia/Amman")).strftime("%H:%M")
    assert amman != "14:40"
    with translation.override("ar"), reading_as(country="JO"):
        assert format_date(AFTERNOON, "TIME_FORMAT") == amman
        rendered = Template('{% load languages %}{{ when|local_date:"DATETIME_FORMAT" }}').render(
            Context({"when": AFTERNOON})
        )
    assert rendered == f"1 كانون الأول 2026، {amman}"


def test_a_logged_in_readers_pages_use_their_country_and_time_zone(client, rf):
    """The middleware reads the profile: a learner in Lebanon sees the Levantine names and Beirut's time."""
    from lms.languages.middleware import ReaderMiddleware

    learner = make_user("lebanon@example.org", country="LB")
    seen = {}

    def view(request):
        seen["text"] = format_date(AFTERNOON, "DATETIME_FORMAT")
        return None

    request = rf.get("/")
    request.user = learner
    with translation.override("ar"):
        ReaderMiddleware(view)(request)
    beirut = AFTERNOON.astimezone(zoneinfo.ZoneInfo("Asia/Beirut")).strftime("%H:%M")
    assert seen["text"] == f"1 كانون الأول 2026، {beirut}"
    # Nothing stays behind for the next request on this thread.
    with translation.override("ar"):
        assert format_date(date(2026, 12, 1)) == "1 ديسمبر 2026"


def test_the_profile_saves_a_time_zone_and_refuses_an_unknown_one(client):
    learner = make_user("zone@example.org", full_name="Salma")
    client.force_login(learner)
    form = {"full_name": "Salma", "time_zone": "Asia/Amman"}
    assert client.post("/accounts/profile/", form, HTTP_ACCEPT_LANGUAGE="ar").status_code == 302
    learner.refresh_from_db()
    assert learner.time_zone == "Asia/Amman"

    response = client.post("/accounts/profile/", {**form, "time_zone": "Mars/Olympus"}, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200
    learner.refresh_from_db()
    assert learner.time_zone == "Asia/Amman"
