"""The ``Permissions-Policy`` header: browser features our pages never use are switched off.

A course site needs no camera, microphone, location or payment; switching them off means a script
that got in somehow (or a page framed by ours) cannot ask the learner for them either. The features
and their allow-lists come from the ``PERMISSIONS_POLICY`` setting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from django.conf import settings
from django.http import HttpRequest, HttpResponse

HEADER = "Permissions-Policy"


def build_permissions_policy(policy: Mapping[str, Sequence[str]]) -> str:
    """``{"camera": [], "fullscreen": ["self", "https://x.example"]}`` → ``camera=(), fullscreen=(self "https://x.example")``.

    The header is a structured-field dictionary: ``self`` and ``*`` are tokens, origins are quoted strings.
    """
    members = []
    for feature, allowed in policy.items():
        items = [value if value in ("self", "*") else f'"{value}"' for value in allowed]
        members.append(f"{feature}=({' '.join(items)})")
    return ", ".join(members)


class PermissionsPolicyMiddleware:
    """Adds ``Permissions-Policy`` to every response that does not carry its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.header = build_permissions_policy(settings.PERMISSIONS_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault(HEADER, self.header)
        return response
