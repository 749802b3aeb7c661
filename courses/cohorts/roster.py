"""Reading a trainer's list of learners: pasted text or an uploaded CSV, one e-mail address a line.

The first cell of each line is the address (so a spreadsheet export with more columns works),
separated by commas, semicolons or tabs. Blank lines are skipped, a header line is recognised,
and every bad line is reported by its number while the good ones are kept.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from lms.languages.bidi import isolate

MAX_LINES = 2000
MAX_UPLOAD_BYTES = 1024 * 1024
HEADER_WORDS = {"email", "e-mail", "mail", "courriel", "adresse", "البريد", "البريد الإلكتروني"}


@dataclass(frozen=True)
class RosterLine:
    line: int
    email: str


@dataclass(frozen=True)
class RosterError:
    line: int
    message: str


@dataclass
class Roster:
    lines: list[RosterLine] = field(default_factory=list)
    errors: list[RosterError] = field(default_factory=list)


def decode_upload(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel adds); addresses are ASCII, so Latin-1 is a safe fallback."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _first_cell(text: str) -> str:
    dialect = csv.excel
    for delimiter in (";", "\t"):
        if delimiter in text and "," not in text:
            dialect = type("Dialect", (csv.excel,), {"delimiter": delimiter})
    cells = next(csv.reader([text], dialect=dialect), [""])
    return (cells[0] if cells else "").strip().strip("<>").strip()


def parse(text: str) -> Roster:
    roster = Roster()
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        if len(roster.lines) >= MAX_LINES:
            roster.errors.append(
                RosterError(number, _("Only the first %(count)d addresses are read; send the rest in another list.")
                            % {"count": MAX_LINES})
            )  # fmt: skip
            break
        email = _first_cell(raw)
        if number == 1 and "@" not in email and email.casefold() in HEADER_WORDS:
            continue
        try:
            validate_email(email)
        except ValidationError:
            roster.errors.append(
                RosterError(number, _("“%(value)s” is not a valid e-mail address.") % {"value": isolate(email)})
            )
            continue
        key = email.casefold()
        if key in seen:
            roster.errors.append(
                RosterError(
                    number, _("%(email)s is already on line %(line)d.") % {"email": isolate(email), "line": seen[key]}
                )
            )
            continue
        seen[key] = number
        roster.lines.append(RosterLine(number, email))
    return roster
