"""Panels other apps add to a learner's "My learning" dashboard, through one explicit hook.

Progress knows no app above it (cities, cohorts, certificates): an app that has something to show a
learner registers a function with ``wagtail.hooks.register(LEARNER_DASHBOARD_PANELS)``. It receives
the request and returns a small rendered panel (HTML), or nothing when it has nothing to show.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.safestring import SafeString
from wagtail import hooks

LEARNER_DASHBOARD_PANELS = "learner_dashboard_panels"


def dashboard_panels(request: HttpRequest) -> list[SafeString]:
    """Each registered app's panel for this learner, in the order the apps registered."""
    panels = (hook(request) for hook in hooks.get_hooks(LEARNER_DASHBOARD_PANELS))
    return [panel for panel in panels if panel]
