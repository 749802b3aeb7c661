"""Snippets shown in the reader's language, without asking the database for the reader's locale."""

from django import template

from lms.page_cache import locales

register = template.Library()


@register.filter
def in_reader_language(instance):
    """Like Wagtail's ``.localized``: the live translation in the reader's language, else the instance."""
    return locales.localized(instance)
