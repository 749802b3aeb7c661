"""How allauth talks to users: subjects carry the academy's name in the reader's language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import gettext


class AccountAdapter(DefaultAccountAdapter):
    def format_email_subject(self, subject: str) -> str:
        return f"[{gettext('Young Cities Academy')}] {subject}"
