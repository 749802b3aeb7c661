"""Admin template access to translation moderation: the translation editor's panel and the approval warning."""

from django import template

from courses import translation_moderation

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_moderation_panel(context, translation, page):
    return translation_moderation.moderation_panel(translation=translation, page=page, user=context["request"].user)


@register.inclusion_tag("courses/admin/untranslated_warning.html")
def untranslated_warning(page):
    """The warning shown before a translation with untranslated texts is approved (nothing for other pages)."""
    return {"progress": translation_moderation.untranslated_progress(page)}
