"""How allauth talks to users: subjects carry the academy's name in the reader's language, and
logging in switches the site to the learner's preferred language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import gettext

from lms.languages.cookie import set_language_cookie


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
