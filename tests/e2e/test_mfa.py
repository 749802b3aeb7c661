"""An editor sets up two-factor authentication in a real browser, in Arabic, and logs in with a code.

Sent from /admin/ to the set-up page, the editor confirms the password, reads the secret beside the
QR code (drawn inline: nothing comes from another site), enters the app's code, saves the recovery
codes, logs out, logs in with e-mail and password and then a code, and reaches the admin.
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from lms.accounts.models import User
from tests.factories import make_user, totp_code

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "new-editor@example.org"
PASSWORD = "a-long-e2e-password-77"


def _submit(page):
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def _log_in(page, base):
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", EMAIL)
    page.fill("input[name=password]", PASSWORD)
    _submit(page)


def test_editor_enrols_an_authenticator_and_logs_in_with_a_code(page, live_demo, screenshot_dir):
    base = live_demo.url
    editor = make_user(EMAIL, password=PASSWORD, is_staff=True, full_name="New Editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    policy_violations = []
    page.on(
        "console", lambda message: "Content Security Policy" in message.text and policy_violations.append(message.text)
    )
    outside = []
    page.on("request", lambda request: request.url.startswith(base) or outside.append(request.url))

    # Logged in with a password only, the admin sends the editor to set up the app (after allauth
    # asks for the password again, as it does before any change to two-factor authentication).
    _log_in(page, base)
    page.goto(f"{base}/admin/")
    assert "/accounts/reauthenticate/" in page.url
    assert page.locator(".message--warning").count() == 1
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("input[name=password]", PASSWORD)
    _submit(page)
    assert page.url == f"{base}/accounts/2fa/totp/activate/"

    qr = page.locator("main img[src^='data:image/svg+xml;base64,']")
    assert qr.evaluate("image => image.complete && image.naturalWidth > 0")
    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{32}", secret)
    page.screenshot(path=str(screenshot_dir / "mfa-activate-ar.png"), full_page=True)
    page.fill("input[name=code]", totp_code(secret))
    _submit(page)

    # The recovery codes are shown once set up; the editor downloads them.
    assert page.url == f"{base}/accounts/2fa/recovery-codes/"
    shown = page.locator("#recovery_codes").input_value().split()
    assert len(shown) == 10 and all(re.fullmatch(r"\d{8}", code) for code in shown)
    with page.expect_download() as download:
        page.locator("a[href='/accounts/2fa/recovery-codes/download/']").click()
    saved = Path(download.value.path()).read_text(encoding="utf-8")
    assert all(code in saved for code in shown)
    page.screenshot(path=str(screenshot_dir / "mfa-recovery-codes-ar.png"), full_page=True)

    # Log out through the account menu, then in again: the password, then a code from the app.
    page.locator(".account-menu summary").click()
    page.locator(".account-menu form[action='/accounts/logout/'] button").click()
    page.wait_for_load_state()
    assert not page.locator(".account-menu details").count()
    _log_in(page, base)
    assert page.url == f"{base}/accounts/2fa/authenticate/"
    page.fill("input[name=code]", totp_code(secret))
    _submit(page)
    page.goto(f"{base}/admin/")
    assert page.url == f"{base}/admin/"
    assert page.locator("body#wagtail").count() == 1  # Wagtail's dashboard, not a redirect

    assert User.objects.get(email=EMAIL).authenticator_set.count() == 2
    assert outside == []
    assert policy_violations == []
