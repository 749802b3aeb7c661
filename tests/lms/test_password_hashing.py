"""Passwords are stored with Argon2id at OWASP's minimum cost (lms/accounts/hashers.py); hashes stored with
PBKDF2 or other Argon2 costs still log in, and are rewritten at that login. The suite hashes with MD5 for
speed, so these tests put the production list back (lms/settings/base.py)."""

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher, PBKDF2PasswordHasher, make_password
from django.test import override_settings

from lms.accounts.models import User
from lms.settings import base
from tests.factories import DEFAULT_PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
OWASP_MINIMUM = "$argon2id$v=19$m=19456,t=2,p=1$"


@pytest.fixture
def production_hashers():
    with override_settings(PASSWORD_HASHERS=base.PASSWORD_HASHERS):
        yield


def _log_in(client, email: str, password: str):
    return client.post(LOGIN, {"login": email, "password": password}, HTTP_ACCEPT_LANGUAGE="en")


def test_a_new_password_is_stored_with_argon2id_at_owasps_minimum_cost(production_hashers):
    user = make_user("new@example.org")
    assert user.password.startswith("argon2" + OWASP_MINIMUM)
    assert user.check_password(DEFAULT_PASSWORD)
    assert not user.check_password(DEFAULT_PASSWORD + "x")


@pytest.mark.parametrize(
    "older",
    [PBKDF2PasswordHasher(), Argon2PasswordHasher()],  # Django's defaults: PBKDF2, and Argon2 at 100 MiB, 8 lanes
    ids=["pbkdf2", "argon2 at django's cost"],
)
def test_an_older_hash_logs_in_and_is_rewritten_at_that_login(client, production_hashers, older):
    user = make_user("older@example.org")
    stored = make_password(DEFAULT_PASSWORD, hasher=older)
    User.objects.filter(pk=user.pk).update(password=stored)

    refused = _log_in(client, "older@example.org", "not-the-password-2026")
    assert refused.status_code == 200 and "_auth_user_id" not in client.session
    assert User.objects.get(pk=user.pk).password == stored  # a wrong password changes nothing

    accepted = _log_in(client, "older@example.org", DEFAULT_PASSWORD)
    assert accepted.status_code == 302 and int(client.session["_auth_user_id"]) == user.pk
    rewritten = User.objects.get(pk=user.pk).password
    assert rewritten.startswith("argon2" + OWASP_MINIMUM)
    assert rewritten != stored

    client.logout()
    again = _log_in(client, "older@example.org", DEFAULT_PASSWORD)
    assert again.status_code == 302 and User.objects.get(pk=user.pk).password == rewritten
