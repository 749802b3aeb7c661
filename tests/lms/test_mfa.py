"""Two-factor authentication: staff set it up before the admin and the trainer pages, learners may.

Every kind of staff (editor, moderator, superuser, staff status, trainer, programme manager) is
sent from /admin/ and from a trainer page to the set-up page until they have an authenticator
app; then they get in. Logging in asks for the code, and wrong codes are rate-limited.
"""

import ast
import base64
import re
from pathlib import Path

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from lms.accounts.mfa_required import needs_mfa_setup, requires_mfa
from tests.cohorts.conftest import make_cohort
from tests.factories import DEFAULT_PASSWORD, give_mfa, make_user, totp_code

LOGIN = "/accounts/login/"
SETUP = "/accounts/2fa/totp/activate/"
AUTHENTICATE = "/accounts/2fa/authenticate/"
ADMIN = "/admin/"
TRAINER = "/en/trainer/"


def _in_group(name: str):
    def make():
        user = make_user(f"{name.lower().replace(' ', '-')}@example.org")
        user.groups.add(Group.objects.get(name=name))
        return user

    return make


def _trainer():
    user = make_user("cohort-trainer@example.org")
    make_cohort(name="Rabat staff", trainers=[user])
    return user


# kind: (builder, reaches the admin once set up, reaches the trainer pages once set up)
STAFF = {
    "editor": (_in_group("Editors"), True, False),
    "moderator": (_in_group("Moderators"), True, False),
    "superuser": (lambda: make_user("root@example.org", is_superuser=True, is_staff=True), True, True),
    "staff status": (lambda: make_user("staff@example.org", is_staff=True), None, False),
    "trainer": (_trainer, False, True),
    "programme manager": (_in_group("Programme managers"), True, True),
}


def _log_in(client, user, *, language: str = "en"):
    """Through allauth's form, as a person would (the set-up page asks for a recent login)."""
    response = client.post(LOGIN, {"login": user.email, "password": DEFAULT_PASSWORD}, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 302
    return response


def _confirm_password(client):
    """allauth asks for the password again before an authenticator is added (even right after login)."""
    response = client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize("kind", STAFF)
def test_staff_without_mfa_are_sent_to_set_it_up(client, demo_site, kind):
    make, _, _ = STAFF[kind]
    user = make()
    assert requires_mfa(user)
    _log_in(client, user)
    for path in (ADMIN, "/admin/pages/", TRAINER, "/en/trainer/region/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 302, path
        assert response["Location"] == SETUP, path
    page = client.get(SETUP, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert page.redirect_chain[0][0].startswith("/accounts/reauthenticate/")  # allauth's own guard
    assert "must be protected by two-factor authentication" in page.content.decode()
    _confirm_password(client)
    assert client.get(SETUP).status_code == 200


@pytest.mark.parametrize("kind", STAFF)
def test_staff_with_mfa_get_in(client, demo_site, kind):
    make, reaches_admin, reaches_trainer_pages = STAFF[kind]
    user = make()
    give_mfa(user)
    assert not needs_mfa_setup(user)
    client.force_login(user)
    admin = client.get(ADMIN)
    assert admin.get("Location") != SETUP
    if reaches_admin is not None:
        assert (admin.status_code == 200) is reaches_admin
    trainer = client.get(TRAINER)
    assert trainer.get("Location") != SETUP
    assert trainer.status_code == (200 if reaches_trainer_pages else 404)


def test_the_redirect_message_and_the_set_up_page_speak_the_users_language(client, demo_site):
    editor = STAFF["editor"][0]()
    _log_in(client, editor, language="ar")
    _confirm_password(client)
    response = client.get(ADMIN, HTTP_ACCEPT_LANGUAGE="ar", follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [(SETUP, 302)]
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        heading = translation.gettext("Activate Authenticator App")
        message = translation.gettext(
            "Your account opens the editors' admin or the trainer pages, so it must be protected by "
            "two-factor authentication. Set up an authenticator app below to continue."
        )
    assert heading != "Activate Authenticator App"  # allauth's own Arabic
    assert heading in html
    assert escape(message) in html


def test_learners_are_not_forced(client, demo_site):
    learner = make_user("just-learning@example.org")
    assert not requires_mfa(learner)
    client.force_login(learner)
    with translation.override("en"):
        assert client.get(reverse("my_learning")).status_code == 200
    assert client.get(TRAINER).status_code == 404
    admin = client.get(ADMIN)
    assert admin.get("Location") != SETUP  # Wagtail's own refusal, not our set-up page
    assert admin.status_code != 200


def test_learners_may_opt_in_from_their_profile(client, demo_site):
    learner = make_user("careful@example.org")
    _log_in(client, learner)
    profile = client.get("/accounts/profile/").content.decode()
    assert f'href="{reverse("mfa_index")}"' in profile
    _confirm_password(client)
    page = client.get(SETUP)
    assert page.status_code == 200
    secret = page.context["form"].secret
    response = client.post(SETUP, {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_view_recovery_codes")
    assert set(Authenticator.objects.filter(user=learner).values_list("type", flat=True)) == {
        Authenticator.Type.TOTP,
        Authenticator.Type.RECOVERY_CODES,
    }
    codes = client.get(response["Location"]).content.decode()
    assert len(re.findall(r"\b\d{8}\b", codes)) == mfa_settings.RECOVERY_CODE_COUNT


def test_a_trainer_who_sets_up_the_app_reaches_the_trainer_pages(client, demo_site):
    trainer = _trainer()
    _log_in(client, trainer)
    assert client.get(TRAINER)["Location"] == SETUP
    _confirm_password(client)
    secret = client.get(SETUP).context["form"].secret
    client.post(SETUP, {"code": totp_code(secret)})
    assert client.get(TRAINER).status_code == 200


def test_the_qr_code_is_drawn_in_the_page(client, demo_site):
    """An SVG data: URI made by segno, for an otpauth URL issued by the academy: no other site is asked."""
    learner = make_user("qr@example.org")
    _log_in(client, learner)
    _confirm_password(client)
    response = client.get(SETUP)
    html = response.content.decode()
    match = re.search(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', html)
    assert match
    svg = base64.b64decode(match.group(1)).decode()
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert response.context["totp_url"].startswith("otpauth://totp/qr%40example.org?secret=")
    assert "issuer=Young%20Cities%20Academy" in response.context["totp_url"]
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_logging_in_asks_for_the_code(client, demo_site):
    editor = STAFF["editor"][0]()
    secret = give_mfa(editor)
    response = _log_in(client, editor)
    assert response["Location"] == AUTHENTICATE
    assert "_auth_user_id" not in client.session
    response = client.post(AUTHENTICATE, {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.get(ADMIN).status_code == 200


def test_a_recovery_code_logs_in_once(client, demo_site):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    editor = STAFF["editor"][0]()
    give_mfa(editor)
    code = RecoveryCodes(
        Authenticator.objects.get(user=editor, type=Authenticator.Type.RECOVERY_CODES)
    ).generate_codes()[0]
    _log_in(client, editor)
    client.post(AUTHENTICATE, {"code": code})
    assert client.session["_auth_user_id"] == str(editor.pk)
    client.logout()
    _log_in(client, editor)
    client.post(AUTHENTICATE, {"code": code}, HTTP_ACCEPT_LANGUAGE="en")
    assert "_auth_user_id" not in client.session


def test_the_sixth_wrong_code_is_refused_even_when_right(client, demo_site):
    """Five wrong codes for one account in five minutes; the sixth attempt is refused, right or not."""
    editor = STAFF["editor"][0]()
    secret = give_mfa(editor)
    _log_in(client, editor)
    right = totp_code(secret)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    for _ in range(5):
        response = client.post(AUTHENTICATE, {"code": wrong}, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200
        assert "Incorrect code." in response.content.decode()
    response = client.post(AUTHENTICATE, {"code": right}, HTTP_ACCEPT_LANGUAGE="ar")
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)
    with translation.override("ar"):
        refusal = translation.gettext("Too many failed login attempts. Try again later.")
    assert refusal != "Too many failed login attempts. Try again later."  # allauth's own Arabic
    assert escape(refusal) in response.content.decode()


def test_fewer_wrong_codes_do_not_lock_the_account(client, demo_site):
    editor = STAFF["editor"][0]()
    secret = give_mfa(editor)
    _log_in(client, editor)
    right = totp_code(secret)
    for _ in range(4):
        client.post(AUTHENTICATE, {"code": f"{(int(right) + 1) % 1_000_000:06d}"})
    client.post(AUTHENTICATE, {"code": right})
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_the_demo_staff_share_one_published_secret_and_the_learner_has_none(client, demo_site):
    from home.demo.accounts import DEMO_ACCOUNTS, DEMO_TOTP_SECRET
    from lms.accounts.models import User

    for account in DEMO_ACCOUNTS:
        user = User.objects.get(email=account.email)
        assert requires_mfa(user) is account.two_factor, account.role
        assert not needs_mfa_setup(user), account.role
    client.post(LOGIN, {"login": "trainer@academy.example", "password": "demo-trainer-2026"})
    client.post(AUTHENTICATE, {"code": totp_code(DEMO_TOTP_SECRET)})
    assert client.get(TRAINER).status_code == 200


def test_the_demo_programme_manager_sees_every_city_and_the_region(client, demo_site):
    """The demo has a programme manager (Programme managers group): after their two-factor code they reach the
    region's overview and the city list with every demo city, which a trainer sees only for their cohorts."""
    from courses.cities.models import City
    from home.demo.accounts import DEMO_TOTP_SECRET

    client.post(LOGIN, {"login": "manager@academy.example", "password": "demo-manager-2026"})
    client.post(AUTHENTICATE, {"code": totp_code(DEMO_TOTP_SECRET)})
    assert client.get("/en/trainer/region/").status_code == 200
    cities = client.get("/en/trainer/cities/").content.decode()
    assert all(city.name_in("en") in cities for city in City.objects.all())


def test_every_trainer_page_is_marked():
    """A new trainer view gets the mark from `trainer_area`; one that bypasses it fails here."""
    from courses.cohorts.urls import urlpatterns

    trainer_views = [pattern for pattern in urlpatterns if pattern.name.startswith("trainer_")]
    assert len(trainer_views) > 5
    for pattern in trainer_views:
        assert getattr(pattern.callback, "mfa_required", False), pattern.name


def test_accounts_do_not_import_courses():
    """Dependencies point courses → lms.accounts: trainers are declared through a hook instead."""
    for path in Path(settings.BASE_DIR, "lms", "accounts").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            assert not any(name == "courses" or name.startswith("courses.") for name in names), path
