"""A lesson's body, with the blocks that read nothing of the reader rendered once per language.

Every view of a lesson renders its body; most blocks (text, callouts, case studies, guidebook references,
images...) come out the same for every reader in a language, and only quizzes, reflections, H5P activities
and context variants depend on who reads. The others' HTML is kept in the page cache under its generation,
which publishing the page or saving any snippet, image or document replaces, so an edit shows at once. A
preview (unsaved content) is always rendered.
"""

from django import template
from django.core.cache import cache
from django.utils import translation
from django.utils.safestring import mark_safe

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


def _render(block, flat_context: dict) -> str:
    # As {% include_block block with block_id=block.id %} does, with the parent context flattened once.
    return block.render_as_block(context={**flat_context, "block_id": block.id})


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        flat_context = context.flatten()
        return mark_safe("".join(_render(block, flat_context) for block in page.body))  # noqa: S308 - rendered blocks
    key = generation.key("lesson-blocks", page.pk, translation.get_language())
    kept = cache.get(key) or {}
    new = {}
    flat_context = None
    parts = []
    # The stored JSON is walked, not the blocks: a block whose HTML is kept is never turned into its value,
    # so its snippet (a case study, a guidebook) is not even read from the cache.
    for index, raw in enumerate(page.body.raw_data):
        same_for_everyone = raw["type"] in SAME_FOR_EVERY_READER
        html = kept.get(raw["id"]) if same_for_everyone else None
        if html is None:
            # Flattened only when a block is rendered: a lesson whose blocks are all kept needs no context.
            flat_context = flat_context if flat_context is not None else context.flatten()
            block = page.body[index]
            html = _render(block, flat_context)
            if same_for_everyone:
                html = new[block.id] = str(html)
        parts.append(html)
    if new:
        cache.set(key, kept | new, generation.timeout())
    return mark_safe("".join(parts))  # noqa: S308 - HTML rendered by the blocks' own templates
