"""Reading a trainer's list of learners: pasted text or an uploaded CSV, one e-mail address a line.

Every cell or word of a line with an "@" in it is an address, so several pasted on one line (as in an
e-mail's To: field, "a@x.org; Name <b@y.org>") are all read; cells are separated by commas, semicolons
or tabs. A line without any "@" is reported by its first cell, so a spreadsheet export whose first
column holds the addresses works, and its other columns (names) are ignored. Blank lines are skipped,
a header line is recognised, and every bad line is reported by its number while the good ones are kept;
the bad lines are also kept as written (``Roster.leftover``) for the trainer to correct.
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
    # The lines as written that could not be read, and those beyond MAX_LINES, for the trainer to send again.
    leftover: list[str] = field(default_factory=list)


def decode_upload(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel adds); addresses are ASCII, so Latin-1 is a safe fallback."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _addresses(text: str) -> list[str]:
    """The line's addresses: each word with an "@" in any cell; without one, the first cell (to be reported)."""
    dialect = csv.excel
    for delimiter in (";", "\t"):
        if delimiter in text and "," not in text:
            dialect = type("Dialect", (csv.excel,), {"delimiter": delimiter})
    cells = next(csv.reader([text], dialect=dialect), [""])
    found = [word.strip("<>\"'") for cell in cells for word in cell.split() if "@" in word]
    return found or [(cells[0] if cells else "").strip().strip("<>").strip()]


def parse(text: str) -> Roster:
    roster = Roster()
    seen: dict[str, int] = {}
    raw_lines = text.splitlines()
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        if len(roster.lines) >= MAX_LINES:
            roster.errors.append(
                RosterError(number, _("Only the first %(count)d addresses are read; send the rest in another list.")
                            % {"count": MAX_LINES})
            )  # fmt: skip
            roster.leftover += [line for line in raw_lines[number - 1 :] if line.strip()]
            break
        addresses = _addresses(raw)
        if number == 1 and addresses[0].casefold() in HEADER_WORDS:
            continue
        unreadable = False
        for email in addresses:
            try:
                validate_email(email)
            except ValidationError:
                roster.errors.append(
                    RosterError(number, _("“%(value)s” is not a valid e-mail address.") % {"value": isolate(email)})
                )
                unreadable = True
                continue
            key = email.casefold()
            if key in seen:
                roster.errors.append(
                    RosterError(
                        number,
                        _("%(email)s is already on line %(line)d.") % {"email": isolate(email), "line": seen[key]},
                    )
                )
                continue
            seen[key] = number
            roster.lines.append(RosterLine(number, email))
        if unreadable:
            roster.leftover.append(raw)
    return roster
