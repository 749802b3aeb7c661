"""The writing direction of an H5P package's own text, for laying out its player frame.

Hub exports declare their language as ``und`` (undetermined), so the lesson's language would
decide, and an English activity inside an Arabic lesson would be laid out right to left, its
punctuation flipped (".Oslo is the capital of Norway"). The content's text values in
``content/content.json`` tell: the share of strong right-to-left letters (Unicode bidirectional
classes R and AL) among all strong letters decides, and a tie goes to the first strong letter, as
the Unicode first-strong rule does for one paragraph. Interface strings (``l10n``, ``UI``, button
labels) are counted only when the content has no text of its own: an Arabic author often leaves
H5P's English defaults ("Check", "Retry") in place.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping

CONTENT_JSON = "content/content.json"
LTR = "ltr"
RTL = "rtl"
RTL_CLASSES = {"R", "AL"}
TAG = re.compile(r"<[^>]*>")
# Values that are not text: identifiers, file details, settings.
NOT_TEXT = {
    "subContentId",
    "library",
    "mime",
    "path",
    "copyright",
    "license",
    "licenseVersion",
    "contentType",
    "source",
    "url",
    "protocol",
    "backgroundColor",
    "displayType",
    "goToSlideType",
    "buttonSize",
    "playerMode",
    "quality",
}
# Subtrees and keys holding the player's interface strings rather than the author's content.
INTERFACE_TREES = {"l10n", "UI", "i10n", "a11y", "localize", "labels", "texts", "confirmCheck", "confirmRetry"}
INTERFACE_KEY = re.compile(r"(Label|Button|ButtonText|ButtonLabel)$|^(a11y|aria)", re.IGNORECASE)


def _texts(value: object, *, interface: bool = False, key: str = "") -> Iterator[tuple[str, bool]]:
    """(text, is_interface) for every string value that is text, in document order."""
    if isinstance(value, dict):
        for name, item in value.items():
            if name in NOT_TEXT:
                continue
            yield from _texts(item, interface=interface or name in INTERFACE_TREES, key=name)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item, interface=interface, key=key)
    elif isinstance(value, str):
        yield html.unescape(TAG.sub(" ", value)), interface or bool(INTERFACE_KEY.search(key))


def _strong(text: str) -> Iterator[str]:
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            yield LTR
        elif kind in RTL_CLASSES:
            yield RTL


def direction_of_texts(texts: list[str]) -> str:
    """Direction "rtl" or "ltr" by the share of strong letters; the first strong letter breaks a tie; "" if none."""
    counts = {LTR: 0, RTL: 0}
    first = ""
    for text in texts:
        for strong in _strong(text):
            counts[strong] += 1
            first = first or strong
    if not first:
        return ""
    if counts[RTL] != counts[LTR]:
        return RTL if counts[RTL] > counts[LTR] else LTR
    return first


def detect_direction(content: object) -> str:
    """The direction of the content's own text ("" when it has no letters at all)."""
    found = list(_texts(content))
    own = [text for text, interface in found if not interface]
    return direction_of_texts(own) or direction_of_texts([text for text, _ in found])


def detect_in_files(files: Mapping[str, bytes]) -> str:
    raw = files.get(CONTENT_JSON)
    if raw is None:
        return ""
    try:
        return detect_direction(json.loads(raw))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ""


__all__ = ["LTR", "RTL", "detect_direction", "detect_in_files", "direction_of_texts"]
