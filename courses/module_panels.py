"""Panels other apps add to a module page, through one explicit hook.

The module page knows no app above it: an app that shows something on a module (feedback on its guide, for
one) registers a function with ``wagtail.hooks.register(MODULE_PAGE_PANELS)``. It receives the request and
the module page and returns a rendered fragment, or ``None`` when it has nothing to show to this visitor.
The module template renders them, in the order the apps registered, with ``{% module_page_panels page %}``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from wagtail import hooks

if TYPE_CHECKING:
    from courses.models import ModulePage

MODULE_PAGE_PANELS = "module_page_panels"


def render_panels(request: HttpRequest | None, page: ModulePage) -> SafeString:
    """Every registered app's fragment for this module page and visitor, one after another."""
    if request is None:
        return SafeString("")
    fragments = [fragment for hook in hooks.get_hooks(MODULE_PAGE_PANELS) if (fragment := hook(request, page))]
    return format_html_join("", "{}", ((fragment,) for fragment in fragments))
