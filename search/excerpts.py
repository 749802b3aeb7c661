"""Highlighted excerpts: a window of the text around the first match, with matching words marked."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.analysis import WORD, stem

WINDOW_WORDS = 30


def highlight(text: str, terms: list[str], language: str) -> SafeString:
    pieces = []
    matches = []
    position = 0
    for match in WORD.finditer(text):
        word = match.group(0)
        pieces.append(escape(text[position : match.start()]))
        if any(stem(word, language).startswith(term) for term in terms):
            matches.append(len(pieces))
            pieces.append(f"<mark>{escape(word)}</mark>")
        else:
            pieces.append(escape(word))
        position = match.end()
    pieces.append(escape(text[position:]))

    # Keep about WINDOW_WORDS words around the first match (each word is one piece, with its separator before it).
    first = matches[0] if matches else 0
    start = max(0, first - WINDOW_WORDS)
    end = min(len(pieces), first + WINDOW_WORDS * 2)
    excerpt = "".join(pieces[start:end]).strip()
    return mark_safe(("… " if start > 0 else "") + excerpt + (" …" if end < len(pieces) else ""))  # noqa: S308 - every piece is escaped above
