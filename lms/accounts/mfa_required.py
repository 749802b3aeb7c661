"""Staff set up two-factor authentication before they reach the editors' admin or a trainer page.

The rule lives here and nowhere else. *Who*: staff status, superusers, anyone whose groups open
the Wagtail admin (editors, moderators, programme managers), and every role another app declares
through the ``requires_mfa`` Wagtail hook, a function ``(user) -> bool``: courses.cohorts declares
its trainers that way, so this module never imports the apps built on top of accounts. *Where*:
every URL under the admin, and every view marked with ``mfa_required`` (the trainer pages). Until
then the middleware sends them to the set-up page with a message. Learners may turn it on from
their profile; nothing forces them. allauth asks everyone who has it for a code at login.
"""

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

ADMIN_ACCESS = "wagtailadmin.access_admin"
SETUP_URL_NAME = "mfa_activate_totp"
# Recovery codes alone are not a second factor: they only exist beside an app (or a key).
SECOND_FACTORS = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


def requires_mfa(user) -> bool:
    """Whether the user's role obliges them to use two-factor authentication."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser or user.has_perm(ADMIN_ACCESS):
        return True
    return any(declares(user) for declares in hooks.get_hooks("requires_mfa"))


def has_mfa(user) -> bool:
    return is_mfa_enabled(user, SECOND_FACTORS)


def needs_mfa_setup(user) -> bool:
    """Obliged to use two-factor authentication and not set up yet (its one query comes first)."""
    return user.is_authenticated and not has_mfa(user) and requires_mfa(user)


def mfa_required(view: Callable) -> Callable:
    """Marks a view (a trainer page) as one that staff reach only with two-factor authentication set up."""
    view.mfa_required = True
    return view


class MFARequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.admin_prefix: str | None = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> HttpResponse | None:
        if not (getattr(view_func, "mfa_required", False) or self._in_admin(request)):
            return None
        if not needs_mfa_setup(request.user):
            return None
        messages.warning(
            request,
            _(
                "Your account opens the editors' admin or the trainer pages, so it must be protected by "
                "two-factor authentication. Set up an authenticator app below to continue."
            ),
        )
        return redirect(SETUP_URL_NAME)

    def _in_admin(self, request: HttpRequest) -> bool:
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        return request.path_info.startswith(self.admin_prefix)
