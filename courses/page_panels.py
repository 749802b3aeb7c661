"""Panels other apps add to a course or module page, through one explicit hook per kind of page.

Pages know no app above them: an app that shows something on a course page ("use this course offline") or
a module page (feedback on its guide) registers a function with ``wagtail.hooks.register(COURSE_PAGE_PANELS)``
or ``MODULE_PAGE_PANELS``. It receives the request and the page and returns a rendered fragment, or ``None``
when it has nothing for this visitor. The templates render them, in the order the apps registered, with
``{% course_page_panels page %}`` and ``{% module_page_panels page %}``.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from wagtail import hooks

COURSE_PAGE_PANELS = "course_page_panels"
MODULE_PAGE_PANELS = "module_page_panels"


def render_panels(hook_name: str, request: HttpRequest | None, page) -> SafeString:
    """Every registered app's fragment for this page and visitor, one after another."""
    if request is None:
        return SafeString("")
    fragments = [fragment for hook in hooks.get_hooks(hook_name) if (fragment := hook(request, page))]
    return format_html_join("", "{}", ((fragment,) for fragment in fragments))
