"""How allauth talks to users: subjects carry the academy's name in the reader's language,
logging in switches the site to the learner's preferred language, and the two-factor set-up page
draws its QR code itself."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import gettext

from lms.accounts import mfa_secrets
from lms.languages.cookie import set_language_cookie
from lms.qr import qr_svg


class AccountAdapter(DefaultAccountAdapter):
    def format_email_subject(self, subject: str) -> str:
        return f"[{gettext('Young Cities Academy')}] {subject}"

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        language = getattr(user, "preferred_language", "")
        if language:
            set_language_cookie(response, language)
            location = response.get("Location", "")
            # A target under another language's prefix is sent to the same page in the preferred one.
            if location.startswith("/") and location[1:3] in dict(settings.LANGUAGES) and location[3:4] == "/":
                response["Location"] = translate_url(location, language)
        return response


class MFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text: str) -> str:
        return mfa_secrets.seal(text)

    def decrypt(self, encrypted_text: str) -> str:
        return mfa_secrets.unseal(encrypted_text)

    def build_totp_svg(self, url: str) -> str:
        """The authenticator-app QR code, drawn like the site's other QR codes (lms.qr), so allauth needs no
        `qrcode` package. allauth puts it in the page as a data: URI: nothing is fetched from another site,
        and the secret never leaves the page."""
        return qr_svg(url, scale=5, border=4)
