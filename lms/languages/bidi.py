"""Bidirectional isolation of inserted values (issue #13): names, addresses and titles inside sentences.

An e-mail address or a Latin name inserted into an Arabic sentence takes part in the sentence's
right-to-left ordering unless it is isolated: its pieces then show out of order ("walk-" … ".31893@…").
Plain text (flash messages, e-mails, PDF text) isolates a value between FIRST STRONG ISOLATE and POP
DIRECTIONAL ISOLATE (U+2068, U+2069); HTML wraps it in ``<bdi>``. A message shown in HTML has its
isolates turned into ``<bdi>`` elements, so that one rule of the style sheet can keep a single-word value
(an address, a file name, a code) on one line: wrapped at a hyphen, its two halves read in the wrong order.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

FSI = "\u2068"  # FIRST STRONG ISOLATE: the value's own direction comes from its first letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
TOKEN_CLASS = "bidi-token"  # noqa: S105 - a CSS class, not a secret


def isolate(value: object) -> str:
    """The value as text between FSI and PDI (nothing for an empty value, so no stray marks remain)."""
    text = "" if value is None else str(value)
    return f"{FSI}{text}{PDI}" if text else ""


def isolate_all(values) -> list[str]:
    """Each value isolated on its own: a list joined with commas keeps its items apart."""
    return [isolate(value) for value in values]


def _bdi(inner_html: str, plain: str) -> str:
    # A value without spaces is one token: breaking it (at a hyphen or a dot) reverses its halves.
    token = bool(plain) and not any(character.isspace() for character in plain)
    return f'<bdi class="{TOKEN_CLASS}">{inner_html}</bdi>' if token else f"<bdi>{inner_html}</bdi>"


def bdi(value: object) -> SafeString:
    """The value, escaped, in a ``<bdi>`` element: for values inserted into sentences in HTML."""
    text = "" if value is None else str(value)
    if not text:
        return mark_safe("")
    inner = str(value) if hasattr(value, "__html__") else escape(text)
    plain = text.replace(FSI, "").replace(PDI, "")
    return mark_safe(_bdi(inner, plain))  # noqa: S308 - the value is escaped unless already safe HTML


def isolates_to_html(text: object) -> SafeString:
    """Plain text with isolates (a flash message), escaped, each FSI … PDI pair become a ``<bdi>``.

    Pairs may nest; an unmatched PDI is dropped and an unclosed FSI is closed at the end, so the
    result is always balanced HTML.
    """
    stack: list[tuple[list[str], list[str]]] = [([], [])]  # (html parts, plain parts) per open isolate
    for character in str(text):
        if character == FSI:
            stack.append(([], []))
        elif character == PDI:
            if len(stack) > 1:
                html, plain = stack.pop()
                stack[-1][0].append(_bdi("".join(html), "".join(plain)))
                stack[-1][1].append("".join(plain))
        else:
            stack[-1][0].append(escape(character))
            stack[-1][1].append(character)
    while len(stack) > 1:
        html, plain = stack.pop()
        stack[-1][0].append(_bdi("".join(html), "".join(plain)))
        stack[-1][1].append("".join(plain))
    return mark_safe("".join(stack[0][0]))  # noqa: S308 - every character was escaped above
