"""A session's title in one language only: shown in the reader's language, else English, else Arabic, else
French, wherever a title appears (the learner's dashboard and session page, the calendar file, the mail, the
trainer's pages, a cohort's learner report, the admin and the personal data export); never an empty title."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import translation

from courses.convenings import services
from courses.convenings.cohort_columns import session_lines
from courses.convenings.models import Session
from tests.convenings.conftest import make_session
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

ARABIC = "ورشة ميزانيات الشباب"
ENGLISH = "Youth budgets"
FRENCH = "Budgets des jeunes"


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def arabic_only(cohort):
    """A session titled in Arabic only, as a trainer using the Arabic interface would schedule it."""
    return make_session(cohorts=[cohort], title_ar=ARABIC, title_en="", title_fr="")


@pytest.mark.parametrize(
    ("titles", "shown"),
    [
        ({"title_ar": ARABIC}, {"ar": ARABIC, "en": ARABIC, "fr": ARABIC}),
        ({"title_fr": FRENCH}, {"ar": FRENCH, "en": FRENCH, "fr": FRENCH}),
        ({"title_ar": ARABIC, "title_fr": FRENCH}, {"ar": ARABIC, "en": ARABIC, "fr": FRENCH}),
        ({"title_ar": ARABIC, "title_en": ENGLISH}, {"ar": ARABIC, "en": ENGLISH, "fr": ENGLISH}),
    ],
)
def test_the_title_falls_back_to_english_then_arabic_then_french(titles, shown):
    session = Session(**{"title_ar": "", "title_en": "", "title_fr": "", **titles})
    assert {language: session.title_in(language) for language in shown} == shown
    for language, title in shown.items():
        with translation.override(language):
            assert session.title == str(session) == title


def test_the_database_refuses_a_session_without_any_title(cohort):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        make_session(title_ar="", title_en="", title_fr="")


def test_learners_read_an_arabic_only_title_in_english_and_french(
    client, arabic_only, invited, mailoutbox, django_capture_on_commit_callbacks
):
    learner = invited[0]  # prefers English
    client.force_login(learner)
    with translation.override("en"):
        dashboard = client.get(reverse("my_learning")).content.decode()
    assert f"<bdi>{ARABIC}</bdi>" in dashboard
    page = client.get(url("session_detail", arabic_only.pk, language="fr")).content.decode()
    assert f"<h1><bdi>{ARABIC}</bdi></h1>" in page
    calendar = client.get(url("session_ics", arabic_only.pk)).content.decode()
    assert f"SUMMARY:{ARABIC}\r\n" in calendar.replace("\r\n ", "")

    with django_capture_on_commit_callbacks(execute=True):
        services.register(user=learner, session=arabic_only)
    [mail] = mailoutbox
    assert f"You are registered: \u2068{ARABIC}\u2069" in mail.subject
    assert f"You have a place at the session “\u2068{ARABIC}\u2069”." in mail.body
    [(_name, attached, _type)] = mail.attachments
    assert f"SUMMARY:{ARABIC}\r\n" in attached.replace("\r\n ", "")


def test_trainers_and_reports_read_an_arabic_only_title_in_english(client, cohort, invited):
    organiser = make_user("organiser@example.org", full_name="Organiser One")
    give_mfa(organiser)
    held = make_session(cohorts=[cohort], title_ar=ARABIC, title_en="", starts_in=-timedelta(days=2))
    held.organisers.add(organiser)
    client.force_login(organiser)
    listed = client.get(url("trainer_sessions")).content.decode()
    assert f"<bdi>{ARABIC}</bdi>" in listed
    for name in ("session_attendance", "session_feedback_report", "session_check_in_code"):
        assert f"<bdi>{ARABIC}</bdi>" in client.get(url(name, held.pk)).content.decode()

    with translation.override("en"):
        section = session_lines(cohort, invited[0].pk, None)
    assert section.rows[0][0].text == ARABIC


def test_the_admin_links_an_arabic_only_session_by_its_title(client, arabic_only):
    from django.contrib.auth.models import Group

    manager = make_user("pm-titles@example.org", preferred_language="en")
    manager.groups.add(Group.objects.get(name="Programme managers"))
    give_mfa(manager)
    client.force_login(manager)
    listing = client.get("/admin/snippets/convenings/session/").content.decode()
    edit = f"/admin/snippets/convenings/session/edit/{arabic_only.pk}/"
    link = listing[listing.index(f'href="{edit}"') :]
    assert f'<span id="snippet_{arabic_only.pk}_title">{ARABIC}</span>' in link[: link.index("</a>")]


def test_the_personal_data_export_names_the_session_in_every_language(arabic_only, invited):
    from lms.accounts.services import export_personal_data

    services.register(user=invited[0], session=arabic_only)
    [row] = export_personal_data(user=invited[0])["convenings"]["registrations"]
    assert (row["session__title_ar"], row["session__title_en"], row["session__title_fr"]) == (ARABIC, "", "")
