"""Accounts: e-mail login with mandatory verification, rate limits, no account enumeration."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from lms.accounts.models import User
from tests.factories import DEFAULT_PASSWORD, make_user, totp_code

pytestmark = pytest.mark.django_db

SIGNUP = "/accounts/signup/"
LOGIN = "/accounts/login/"


def _signup(client, email, language="en"):
    return client.post(
        SIGNUP,
        {
            "full_name": "Salma Idrissi",
            "email": email,
            "password1": DEFAULT_PASSWORD,
            "password2": DEFAULT_PASSWORD,
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_signup_verify_then_login(client):
    response = _signup(client, "salma@example.org")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email="salma@example.org")
    assert user.full_name == "Salma Idrissi"
    assert not EmailAddress.objects.get(user=user).verified

    # Unverified: logging in is held at the verification step.
    client.logout()
    held = client.post(LOGIN, {"login": "salma@example.org", "password": DEFAULT_PASSWORD})
    assert held["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

    assert len(mail.outbox) >= 1
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", mail.outbox[0].body).group(1)
    assert client.get(link).status_code == 200
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    client.logout()
    logged_in = client.post(LOGIN, {"login": "salma@example.org", "password": DEFAULT_PASSWORD})
    assert logged_in.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_verification_mail_is_in_the_users_language(client):
    _signup(client, "samir@example.org", language="fr")
    message = mail.outbox[0]
    assert message.subject.startswith("[Académie des villes jeunes]")
    assert "confirm-email" in message.body
    assert "Bonjour" in message.body or "adresse" in message.body


def test_verification_mail_in_arabic(client):
    _signup(client, "hiba@example.org", language="ar")
    message = mail.outbox[0]
    assert message.subject.startswith("[أكاديمية المدن الشابّة]")
    assert re.search(r"[\u0600-\u06FF]{3,}", message.body)


def test_signup_with_a_known_email_answers_like_a_new_one(client):
    make_user("known@example.org")
    known = _signup(client, "known@example.org")
    client.logout()
    client.cookies.clear()
    new = _signup(client, "new-person@example.org")
    assert (known.status_code, known["Location"]) == (new.status_code, new["Location"])
    # Both show the same "check your inbox" page.
    client.cookies.clear()
    page_known = client.get(known["Location"]).content
    page_new = client.get(new["Location"]).content
    strip = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')
    assert strip.sub(b"", page_known) == strip.sub(b"", page_new)
    assert User.objects.filter(email="known@example.org").count() == 1


def test_password_reset_answers_alike_for_known_and_unknown(client):
    make_user("known@example.org")
    known = client.post("/accounts/password/reset/", {"email": "known@example.org"})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])


def test_wagtails_own_password_reset_is_off(client):
    """Wagtail's reset form sent an unthrottled mail per post to any address; allauth's is the only one."""
    make_user("known@example.org")
    responses = [client.post("/admin/password_reset/", {"email": "known@example.org"}) for _ in range(12)]
    assert {response.status_code for response in responses} == {404}
    assert len(mail.outbox) == 0


def test_staff_cannot_change_their_email_or_password_in_wagtails_account_page(client):
    """E-mail changes go through allauth's verified flow, never Wagtail's unverified form."""
    from tests.factories import give_mfa

    staff = make_user("staff-account@example.org", is_staff=True, is_superuser=True)
    give_mfa(staff)
    client.force_login(staff)
    page = client.get("/admin/account/")
    assert page.status_code == 200
    assert b'name="name_email-email"' not in page.content
    assert b'name="password-new_password1"' not in page.content
    client.post(
        "/admin/account/",
        {
            "name_email-email": "attacker@example.org",
            "name_email-full_name": "Staff",
            "password-old_password": DEFAULT_PASSWORD,
            "password-new_password1": "another-long-password-99",
            "password-new_password2": "another-long-password-99",
        },
    )
    staff.refresh_from_db()
    assert staff.email == "staff-account@example.org"
    assert staff.check_password(DEFAULT_PASSWORD)


def test_password_reset_mails_are_rate_limited_per_address(client):
    make_user("known@example.org")
    for _ in range(12):
        client.post("/accounts/password/reset/", {"email": "known@example.org"})
    assert 1 <= len(mail.outbox) <= 5


def test_passwords_need_twelve_characters_and_must_not_be_common(client):
    short = client.post(
        SIGNUP,
        {"full_name": "Short", "email": "short@example.org", "password1": "k7#Pq2!xZ9a", "password2": "k7#Pq2!xZ9a"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    common = client.post(
        SIGNUP,
        {
            "full_name": "Common",
            "email": "common@example.org",
            "password1": "password1234",
            "password2": "password1234",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert short.status_code == 200 and b"at least 12 characters" in short.content
    assert common.status_code == 200 and b"too common" in common.content
    assert not User.objects.filter(email__in=["short@example.org", "common@example.org"]).exists()


def test_sixth_failed_login_for_one_account_is_refused(client):
    make_user("target@example.org")
    for attempt in range(5):
        response = client.post(
            LOGIN, {"login": "target@example.org", "password": f"wrong-{attempt}"}, HTTP_ACCEPT_LANGUAGE="en"
        )
        assert response.status_code == 200  # the form again, with an error
        assert b"too many" not in response.content.lower()
    sixth = client.post(LOGIN, {"login": "target@example.org", "password": DEFAULT_PASSWORD}, HTTP_ACCEPT_LANGUAGE="en")
    # Even the right password is refused now: the account is protected for five minutes.
    assert "_auth_user_id" not in client.session
    assert sixth.status_code in (200, 429)
    assert b"too many" in sixth.content.lower() or sixth.status_code == 429


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/admin/")
    login_page = client.get("/admin/login/")
    assert login_page.status_code == 302
    assert login_page["Location"].startswith("/accounts/login/")


def test_editor_reaches_the_admin_after_login(client, demo_site):
    """The password, then the code from the demo staff's authenticator app (home/demo/accounts.py)."""
    from home.demo.accounts import DEMO_TOTP_SECRET

    client.post(LOGIN, {"login": "editor@academy.example", "password": "demo-editor-2026"})
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(DEMO_TOTP_SECRET)})
    assert client.get("/admin/").status_code == 200


def test_user_model_has_no_username():
    assert User.USERNAME_FIELD == "email"
    assert not any(field.name == "username" for field in User._meta.get_fields())
