"""Lists in running text: items joined with the comma of the reader's language ("الرباط، المغرب")."""

from collections.abc import Iterable

from django.utils.translation import pgettext


def join_list(items: Iterable[object]) -> str:
    """The items' text joined with the language's list separator, skipping empty items."""
    # Translators: between the items of a list and between a place and its country. Arabic: "، ".
    separator = pgettext("list separator", ", ")
    return separator.join(str(item) for item in items if item not in (None, ""))
