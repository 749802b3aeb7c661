"""A lesson's HTML that reads nothing of the reader, rendered once per language: its body's blocks other
than activities, and ``{% same_for_every_reader %}`` fragments (the breadcrumbs and the lesson pager).

Every view of a lesson renders its body; most blocks (text, callouts, case studies, guidebook references,
images...) come out the same for every reader in a language, and only quizzes, reflections, H5P activities
and context variants depend on who reads. The others' HTML is kept in the page cache under its generation,
which publishing, moving or deleting any page or saving any snippet, image or document replaces, so an
edit shows at once. All of a page's kept HTML is one cache entry, read once per request. A preview
(unsaved content) is always rendered.

A block that depends on the reader is still the same for every reader in a common state (a learner who has
not answered a quiz yet), except for a few values drawn for each response (the CSRF token, a fresh
submission id, a signed player address). The app that owns the block names that state through the
``lesson_block_reader_state`` hook (``ReaderState``); its HTML is then kept per state with slots in place of
those values, and each response fills the slots with its own.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django import template
from django.core.cache import cache
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks

from lms.page_cache import generation

register = template.Library()

# Blocks whose templates read only their own value and the page: never the user, the request or a form.
SAME_FOR_EVERY_READER = frozenset(
    {
        "heading",
        "rich_text",
        "key_takeaways",
        "callout",
        "case_study",
        "guidebook_reference",
        "quote",
        "image",
        "video",
        "document",
        "checklist",
    }
)


READER_STATE_HOOK = "lesson_block_reader_state"


@dataclass(frozen=True)
class ReaderState:
    """What a reader-dependent block's HTML depends on for this reader: ``name``, a state shared by many
    readers (part of the kept entry's name, so each state has its own HTML), and ``values``, this response's
    own values of the template variables that differ between readers in that state."""

    name: str
    values: Mapping[str, str] = field(default_factory=dict)


def _slot(variable: str) -> str:
    # Letters and underscores only: the same text in an attribute, a URL or a text node, whatever escapes.
    return f"__yca_slot_{variable}__"


def _fill(html: str, values: Mapping[str, str]) -> str:
    for variable, value in values.items():
        html = html.replace(_slot(variable), conditional_escape(value))
    return html


def _reader_state(block, context) -> ReaderState | None:
    """The first state a registered hook names for this block and reader; None renders the block for them."""
    for reader_state in hooks.get_hooks(READER_STATE_HOOK):
        state = reader_state(block, context)
        if state is not None:
            return state
    return None


class _KeptHTML:
    """One page's kept HTML in the reader's language, by block id or fragment name."""

    def __init__(self, key: str):
        self.key = key
        self.entries: dict[str, str] = cache.get(key) or {}

    def get(self, name: str) -> str | None:
        return self.entries.get(name)

    def keep(self, new: dict[str, str]) -> None:
        if new:
            self.entries = self.entries | new
            cache.set(self.key, self.entries, generation.timeout())


def _kept_html(context, page) -> _KeptHTML | None:
    """The page's kept HTML, read once per request; None for a preview, which is always rendered."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return None
    # The host is part of the key: links are relative to the site the request came to.
    key = generation.key("lesson-html", page.pk, translation.get_language(), request.get_host())
    return generation.remembered(key, lambda: _KeptHTML(key))


def _render(block, flat_context: dict) -> str:
    # As {% include_block block with block_id=block.id %} does, with the parent context flattened once.
    return block.render_as_block(context={**flat_context, "block_id": block.id})


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    kept = _kept_html(context, page)
    if kept is None:
        flat_context = context.flatten()
        return mark_safe("".join(_render(block, flat_context) for block in page.body))  # noqa: S308 - rendered blocks
    new = {}
    flat_context = None
    parts = []
    # The stored JSON is walked, not the blocks: a block whose HTML is kept is never turned into its value,
    # so its snippet (a case study, a guidebook) is not even read from the cache.
    for index, raw in enumerate(page.body.raw_data):
        if raw["type"] in SAME_FOR_EVERY_READER:
            html = kept.get(raw["id"])
            if html is None:
                # Flattened only when a block is rendered: a lesson whose blocks are all kept needs no context.
                flat_context = flat_context if flat_context is not None else context.flatten()
                html = new[raw["id"]] = str(_render(page.body[index], flat_context))
            parts.append(html)
            continue
        block = page.body[index]
        state = _reader_state(block, context)
        if state is None:
            flat_context = flat_context if flat_context is not None else context.flatten()
            parts.append(_render(block, flat_context))
            continue
        name = f"{block.id}@{state.name}"
        html = kept.get(name)
        if html is None:
            flat_context = flat_context if flat_context is not None else context.flatten()
            slots = {variable: _slot(variable) for variable in state.values}
            html = new[name] = str(_render(block, flat_context | slots))
        parts.append(_fill(html, state.values))
    kept.keep(new)
    return mark_safe("".join(parts))  # noqa: S308 - HTML rendered by the blocks' own templates


class SameForEveryReaderNode(template.Node):
    def __init__(self, nodelist, page, name: str):
        self.nodelist = nodelist
        self.page = page
        self.name = name

    def render(self, context):
        kept = _kept_html(context, self.page.resolve(context))
        if kept is None:
            return self.nodelist.render(context)
        html = kept.get(self.name)
        if html is None:
            html = str(self.nodelist.render(context))
            kept.keep({self.name: html})
        return mark_safe(html)  # noqa: S308 - rendered by the template's own nodes, which escape


@register.tag
def same_for_every_reader(parser, token):
    """``{% same_for_every_reader page "pager" %}…{% endsame_for_every_reader %}``: the enclosed HTML is kept
    with the page's other kept HTML. Only for markup that reads nothing of the reader (no user, form or
    CSRF token): the page, its navigation and translations."""
    try:
        _tag, page, name = token.split_contents()
    except ValueError:
        raise template.TemplateSyntaxError("same_for_every_reader takes a page and a quoted name") from None
    if not (name[0] == name[-1] and name[0] in "\"'"):
        raise template.TemplateSyntaxError("same_for_every_reader's name must be quoted")
    nodelist = parser.parse(("endsame_for_every_reader",))
    parser.delete_first_token()
    return SameForEveryReaderNode(nodelist, parser.compile_filter(page), "fragment:" + name[1:-1])
