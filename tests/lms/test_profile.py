"""The learner's profile: certificate names, context, preferred language, data export and deletion."""

import json

import pytest
from django.conf import settings

from courses.models import CourseIndexPage, LessonPage
from courses.progress import services
from courses.progress.models import Enrolment, LessonProgress
from lms.accounts.models import User
from tests.factories import DEFAULT_PASSWORD, make_course, make_user

pytestmark = pytest.mark.django_db

VALID = {
    "full_name": "Youssef Amrani",
    "certificate_name_latin": "Youssef Amrani",
    "certificate_name_arabic": "يوسف العمراني",
    "municipality": "Rabat",
    "country": "MA",
    "role": "municipal_staff",
    "preferred_language": "fr",
    "city_context": "fragile",
}


def test_profile_saves_and_switches_language(client):
    user = make_user("profile@example.org")
    client.force_login(user)
    response = client.post("/accounts/profile/", VALID)
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.country.code, user.role, user.city_context) == ("MA", "municipal_staff", "fragile")
    assert user.has_certificate_name
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"


def test_programme_countries_come_first(client):
    client.force_login(make_user("countries@example.org"))
    html = client.get("/accounts/profile/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    options = html[html.index('name="country"') :]
    order = [options.index(f'value="{code}"') for code in ("MA", "TN", "LY", "EG", "JO", "LB", "IQ", "FR")]
    assert order == sorted(order)


def test_bad_input_is_refused_in_the_users_language_and_nothing_changes(client):
    user = make_user("bad@example.org", full_name="Before")
    client.force_login(user)
    response = client.post(
        "/accounts/profile/",
        VALID | {"full_name": "After", "certificate_name_arabic": "Not Arabic", "country": "XX"},
        HTTP_ACCEPT_LANGUAGE="ar",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "بالحروف العربية" in html
    user.refresh_from_db()
    assert user.full_name == "Before"


def test_context_tab_follows_the_profile(client, demo_site):
    user = make_user("context@example.org", city_context="post_conflict")
    client.force_login(user)
    lesson = LessonPage.objects.get(locale__language_code="en", slug="threats-and-drivers")
    assert 'data-default-tab="post_conflict"' in client.get(lesson.get_url()).content.decode()


def test_login_switches_to_the_preferred_language(client):
    make_user("arabic-reader@example.org", preferred_language="ar")
    response = client.post(
        "/accounts/login/",
        {"login": "arabic-reader@example.org", "password": DEFAULT_PASSWORD},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    assert response["Location"] == "/ar/learn/"


def test_download_my_data_holds_everything_and_only_mine(client, demo_site):
    user = make_user("export@example.org", full_name="Export Me")
    other = make_user("someone-else@example.org")
    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = make_course(index, slug="export-course", modules=1, lessons_per_module=1)
    for person in (user, other):
        services.enrol(user=person, course=course)
        services.mark_lesson_complete(user=person, lesson=LessonPage.objects.descendant_of(course).get())
    client.force_login(user)
    response = client.get("/accounts/profile/data.json")
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["profile"]["email"] == "export@example.org"
    assert len(data["learning"]["enrolments"]) == 1
    assert len(data["learning"]["lesson_progress"]) == 1
    assert "someone-else@example.org" not in response.content.decode()


def test_delete_account_asks_for_confirmation_then_removes_personal_data(client, demo_site):
    user = make_user("leaving@example.org")
    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = make_course(index, slug="leaving-course", modules=1, lessons_per_module=1)
    services.enrol(user=user, course=course)
    client.force_login(user)
    refused = client.post("/accounts/profile/delete/", {"confirm": "maybe", "password": DEFAULT_PASSWORD})
    assert refused.status_code == 200
    assert User.objects.filter(pk=user.pk).exists()
    client.post("/accounts/profile/delete/", {"confirm": "DELETE", "password": DEFAULT_PASSWORD})
    assert not User.objects.filter(email="leaving@example.org").exists()
    assert not Enrolment.objects.filter(user_id=user.pk).exists()
    assert not LessonProgress.objects.filter(user_id=user.pk).exists()


def test_delete_account_asks_for_the_password_again(client, demo_site):
    """An open session on a shared phone is not enough to delete someone's account."""
    user = make_user("shared-phone@example.org")
    client.force_login(user)
    for attempt in ("", "not-the-password-at-all"):
        response = client.post(
            "/accounts/profile/delete/", {"confirm": "DELETE", "password": attempt}, HTTP_ACCEPT_LANGUAGE="en"
        )
        assert response.status_code == 200
        assert User.objects.filter(pk=user.pk).exists()
    assert b"This is not your password." in response.content
    assert client.get("/accounts/profile/delete/").content.count(b'type="password"') == 1


def test_password_guesses_on_account_deletion_are_throttled(client, demo_site):
    user = make_user("guessed@example.org")
    client.force_login(user)
    statuses = [
        client.post("/accounts/profile/delete/", {"confirm": "DELETE", "password": f"guess-{n}"}).status_code
        for n in range(12)
    ]
    assert statuses[:10] == [200] * 10 and statuses[10:] == [429, 429]
    # Throttled: even the right password does nothing now.
    client.post("/accounts/profile/delete/", {"confirm": "DELETE", "password": DEFAULT_PASSWORD})
    assert User.objects.filter(pk=user.pk).exists()


SPOOFING_CONTROLS = "\u202e\u2066\u200b\u200f\ufeff\u061c\u2069"


def test_names_lose_bidirectional_controls_and_zero_width_characters(client):
    """A right-to-left override in a name would let one learner's name pass for another's in the matrix."""
    user = make_user("spoof@example.org")
    client.force_login(user)
    data = VALID | {
        "full_name": f"Youssef{SPOOFING_CONTROLS} Amrani",
        "certificate_name_latin": "\u202eYoussef  Amrani",
        "certificate_name_arabic": "يوسف\u200b العمراني\u2067",
    }
    assert client.post("/accounts/profile/", data).status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.certificate_name_latin, user.certificate_name_arabic) == (
        "Youssef Amrani",
        "Youssef Amrani",
        "يوسف العمراني",
    )


def test_signup_name_loses_controls_too(client):
    response = client.post(
        "/accounts/signup/",
        {
            "full_name": f"\u202eSalma{SPOOFING_CONTROLS} Idrissi",
            "email": "new-spoof@example.org",
            "password1": DEFAULT_PASSWORD,
            "password2": DEFAULT_PASSWORD,
        },
    )
    assert response.status_code == 302
    assert User.objects.get(email="new-spoof@example.org").full_name == "Salma Idrissi"


def test_a_name_of_controls_only_is_refused_at_signup(client):
    response = client.post(
        "/accounts/signup/",
        {
            "full_name": SPOOFING_CONTROLS,
            "email": "empty-name@example.org",
            "password1": DEFAULT_PASSWORD,
            "password2": DEFAULT_PASSWORD,
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200 and b"Enter your name." in response.content
    assert not User.objects.filter(email="empty-name@example.org").exists()


def test_profile_pages_need_login(client):
    for url in ("/accounts/profile/", "/accounts/profile/data.json", "/accounts/profile/delete/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
