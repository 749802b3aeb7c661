"""Every account form sent with a mistake opens on the error summary (includes/error_summary.html).

allauth's pages (sign-in, sign-up, passwords, e-mail addresses, confirming access, two-factor) show it above
their heading (lms/templates/allauth/layouts/base.html), our profile and deletion pages first inside the form:
before any field, announced, focused on load, one link per field error to a field that is on the page, the
form's own errors listed. A page without a mistake has neither
the summary nor any autofocus.
"""

import re
from html import unescape

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.adapter import DefaultMFAAdapter

from tests.factories import DEFAULT_PASSWORD, give_mfa, make_user

pytestmark = pytest.mark.django_db

AR = {"HTTP_ACCEPT_LANGUAGE": "ar"}


def summary_of(html: str) -> str | None:
    match = re.search(r'<div class="error-summary"[^>]*>.*?</div>', html, re.S)
    return match.group(0) if match else None


def assert_opens_on_summary(response, *, fields: list[str] = (), says: str = "") -> None:
    """The page answers 200 with the summary before any field, linking to `fields` (ids) in order."""
    assert response.status_code == 200
    html = unescape(response.content.decode())
    summary = summary_of(html)
    assert summary, "the page has an error summary"
    opening = re.match(r"<div[^>]*>", summary).group(0)
    assert 'role="alert"' in opening and 'tabindex="-1"' in opening and "autofocus" in opening
    assert html.count("autofocus") == 1, "only the summary asks for the focus"
    assert "هناك مشكلة" in summary
    main = html[html.index("<main") :]  # the header's search box comes before it on every page
    first_field = re.search(r'<(?:input(?![^>]*type="hidden")|select|textarea)\b', main)
    assert not first_field or main.index(summary) < first_field.start(), "read before any field of the page"
    targets = re.findall(r'<a href="#([^"]*)">', summary)
    assert targets == list(fields)
    for target in targets:
        assert len(re.findall(rf'\sid="{re.escape(target)}"', html)) == 1, f"#{target} is on the page, once"
    assert says in summary


def assert_clean(response) -> None:
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" not in html
    assert "autofocus" not in html


@pytest.fixture
def learner():
    return make_user("summaries@example.org", full_name="Salma Idrissi")


def confirm_access(client, user):
    """Signed in, with the password given again: allauth asks for it before two-factor changes."""
    client.force_login(user)
    assert client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD}).status_code == 302


# --- Entrance -----------------------------------------------------------------------------------------


def test_a_wrong_password_at_login_opens_on_the_summary(client, learner):
    response = client.post("/accounts/login/", {"login": learner.email, "password": "not-the-password"}, **AR)
    assert_opens_on_summary(response, says="عنوان البريد الإلكتروني و / أو كلمة المرور غير صحيحة.")


def test_an_empty_login_links_to_both_fields(client):
    response = client.post("/accounts/login/", {"login": "", "password": ""}, **AR)
    assert_opens_on_summary(response, fields=["id_login", "id_password"])


def test_a_refused_signup_links_to_each_field_in_order(client):
    data = {"full_name": "", "email": "not-an-address", "password1": "short", "password2": "short"}
    response = client.post("/accounts/signup/", data, **AR)
    assert_opens_on_summary(response, fields=["id_full_name", "id_email", "id_password1"])


def test_a_password_reset_without_an_address_links_to_the_field(client):
    response = client.post("/accounts/password/reset/", {"email": ""}, **AR)
    assert_opens_on_summary(response, fields=["id_email"])


def test_a_new_password_from_a_reset_link_that_does_not_match_links_to_the_field(client, learner):
    key = default_token_generator.make_token(learner)
    form_url = client.get(f"/accounts/password/reset/key/{user_pk_to_url_str(learner)}-{key}/")["Location"]
    response = client.post(form_url, {"password1": DEFAULT_PASSWORD, "password2": "something-else-entirely"}, **AR)
    assert_opens_on_summary(response, fields=["id_password2"])
    assert_clean(client.get(form_url, **AR))


@pytest.mark.parametrize(
    "path", ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"], ids=["login", "signup", "reset"]
)
def test_an_entrance_page_without_mistakes_has_no_summary(client, path):
    assert_clean(client.get(path, **AR))


# --- Managing the account -----------------------------------------------------------------------------


def test_a_wrong_current_password_links_to_its_field(client, learner):
    client.force_login(learner)
    data = {"oldpassword": "not-the-password", "password1": DEFAULT_PASSWORD, "password2": DEFAULT_PASSWORD}
    response = client.post("/accounts/password/change/", data, **AR)
    assert_opens_on_summary(response, fields=["id_oldpassword"])


def test_a_first_password_that_does_not_match_links_to_the_field(client):
    user = make_user("no-password@example.org")
    user.set_unusable_password()
    user.save()
    client.force_login(user)
    assert_clean(client.get("/accounts/password/set/", **AR))
    data = {"password1": DEFAULT_PASSWORD, "password2": "something-else-entirely"}
    response = client.post("/accounts/password/set/", data, **AR)
    assert_opens_on_summary(response, fields=["id_password2"])


def test_a_bad_address_to_add_links_to_the_field(client, learner):
    client.force_login(learner)
    response = client.post("/accounts/email/", {"action_add": "", "email": "not-an-address"}, **AR)
    assert_opens_on_summary(response, fields=["id_email"])


def test_a_wrong_password_when_confirming_access_links_to_the_field(client, learner):
    client.force_login(learner)
    response = client.post("/accounts/reauthenticate/", {"password": "not-the-password"}, **AR)
    assert_opens_on_summary(response, fields=["id_password"])


@pytest.mark.parametrize(
    "path",
    ["/accounts/password/change/", "/accounts/email/", "/accounts/reauthenticate/"],
    ids=["password", "email", "reauthenticate"],
)
def test_a_management_page_without_mistakes_has_no_summary(client, learner, path):
    client.force_login(learner)
    assert_clean(client.get(path, **AR))


def test_a_refused_profile_opens_on_the_summary_linking_to_the_names(client, learner):
    """The reviewer's case: too long a name, and Latin letters in the Arabic name, on a long page."""
    client.force_login(learner)
    data = {
        "full_name": "س" * 201,
        "certificate_name_arabic": "Salma Idrissi",
        "preferred_language": "ar",
        "time_zone": "Africa/Casablanca",
    }
    response = client.post("/accounts/profile/", data, **AR)
    assert_opens_on_summary(response, fields=["id_full_name", "id_certificate_name_arabic"], says="بالحروف العربية")
    assert_clean(client.get("/accounts/profile/", **AR))


def test_a_refused_deletion_opens_on_the_summary(client, learner):
    client.force_login(learner)
    response = client.post("/accounts/profile/delete/", {"password": "not-the-password", "confirm": "no"}, **AR)
    assert_opens_on_summary(response, fields=["id_password", "id_confirm"])
    assert_clean(client.get("/accounts/profile/delete/", **AR))


# --- Two-factor authentication ------------------------------------------------------------------------


def test_a_wrong_code_at_login_links_to_the_field(client, learner):
    give_mfa(learner)
    client.post("/accounts/login/", {"login": learner.email, "password": DEFAULT_PASSWORD})
    assert_clean(client.get("/accounts/2fa/authenticate/", **AR))
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000"}, **AR)
    assert_opens_on_summary(response, fields=["id_code"])


def test_a_wrong_code_when_confirming_access_links_to_the_field(client, learner):
    give_mfa(learner)
    client.force_login(learner)
    assert_clean(client.get("/accounts/2fa/reauthenticate/", **AR))
    response = client.post("/accounts/2fa/reauthenticate/", {"code": "000000"}, **AR)
    assert_opens_on_summary(response, fields=["id_code"])


def test_a_wrong_code_when_setting_up_the_app_links_to_the_field(client, learner):
    confirm_access(client, learner)
    assert_clean(client.get("/accounts/2fa/totp/activate/", **AR))
    response = client.post("/accounts/2fa/totp/activate/", {"code": "000000"}, **AR)
    assert_opens_on_summary(response, fields=["id_code"])


def test_a_refused_deactivation_lists_the_reason(client, learner, monkeypatch):
    """allauth checks the form on the first visit too, so a refusal is summarised before any post."""
    give_mfa(learner)
    confirm_access(client, learner)
    assert_clean(client.get("/accounts/2fa/totp/deactivate/", **AR))
    monkeypatch.setattr(DefaultMFAAdapter, "can_delete_authenticator", lambda self, authenticator: False)
    assert_opens_on_summary(client.get("/accounts/2fa/totp/deactivate/", **AR))
    assert_opens_on_summary(client.post("/accounts/2fa/totp/deactivate/", {}, **AR))


def test_recovery_codes_refused_without_an_app_list_the_reason(client, learner):
    confirm_access(client, learner)
    assert_clean(client.get("/accounts/2fa/recovery-codes/generate/", **AR))
    assert_opens_on_summary(client.post("/accounts/2fa/recovery-codes/generate/", {}, **AR))
