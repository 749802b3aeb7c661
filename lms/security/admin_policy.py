"""The Content Security Policy of the Wagtail admin: the site's policy with the relaxations Wagtail 8 needs.

Everything else on the site runs under ``SECURE_CSP`` (scripts and styles from our own files only).
Wagtail's admin cannot yet: it writes inline ``<script>`` blocks, event handlers and ``<style>``
elements that carry no nonce (upstream: wagtail/wagtail#1288), so under ``/admin/`` this middleware sends the site's
policy with only the directives below loosened, and every other directive (no plugins, no other
hosts, forms and ``<base>`` to this site only) stays as strict as on the public pages.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.csp import CSP, build_policy

RELAXATIONS = {
    # Wagtail 8 renders inline <script> blocks without a nonce (the page editor has two: its
    # widgets' set-up, such as the date pickers of wagtailadmin/widgets/date_input.html and the
    # inline panels), and the image edit page uses inline event handlers. A nonce in this list
    # would make browsers ignore 'unsafe-inline', so there is none. No 'unsafe-eval': nothing needs it.
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    # The page editor's React parts (Draftail, the block editor) and wagtail-localize's editor
    # insert <style> elements at run time.
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    # Image previews: data: thumbnails, and blob: URLs for pictures being uploaded (Wagtail's own
    # recommendation, wagtail/wagtail#7053).
    "img-src": [CSP.SELF, "data:", "blob:"],
    # Page previews: the editor shows the page (served under /admin/) in an iframe of its own.
    "frame-ancestors": [CSP.SELF],
}


def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


def admin_policy() -> dict:
    """The site's policy with the admin's relaxations; hosts the site allows (media hosts) stay allowed."""
    policy = dict(settings.SECURE_CSP)
    for directive, values in RELAXATIONS.items():
        # Keywords ('none', 'self') and the nonce are the relaxation's to decide; hosts carry over.
        hosts = [value for value in policy.get(directive, []) if value not in values and ":" in value]
        policy[directive] = [*values, *hosts]
    return policy


class AdminContentSecurityPolicyMiddleware:
    """Sends the admin's policy on responses under the admin's URL prefix.

    It must come after ``django.middleware.csp.ContentSecurityPolicyMiddleware`` in ``MIDDLEWARE``:
    responses pass through it first, and Django's middleware leaves a header that is already set.
    It replaces a policy already on the response: a page preview is rendered by passing a copy of the
    request, with the page's public path, through the whole middleware stack, which gives it the
    public policy (``frame-ancestors 'none'``) although the admin shows it in a frame.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.header = build_policy(admin_policy())

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(admin_prefix()):
            response.headers[str(CSP.HEADER_ENFORCE)] = self.header
        return response
