"""A session as an iCalendar file (RFC 5545), for the learner's own calendar.

One VEVENT with times in UTC (so no VTIMEZONE is needed), texts escaped (backslash, semicolon, comma,
newline) and lines folded at 75 octets without splitting a UTF-8 character: Arabic titles are two bytes
a letter, and a calendar that meets half a letter shows nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime

from django.utils import timezone

from courses.convenings.models import Session

LINE_OCTETS = 75


def escape(text: str) -> str:
    """TEXT as RFC 5545 §3.3.11 writes it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, each continuation starting with a space."""
    parts, current, size = [], "", 0
    for character in line:
        octets = len(character.encode())
        limit = LINE_OCTETS if not parts else LINE_OCTETS - 1  # a continuation's leading space counts
        if size + octets > limit:
            parts.append(current)
            current, size = "", 0
        current += character
        size += octets
    parts.append(current)
    return "\r\n ".join(parts)


def utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(session: Session, *, host: str, url: str, now: datetime | None = None) -> str:
    """The VCALENDAR text in the active language (title, agenda), CRLF line endings."""
    location = session.venue_address or session.online_url
    description = "\n\n".join(part for part in (session.agenda, session.online_url, url) if part)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Young Cities Academy//Sessions//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:session-{session.pk}@{host}",
        f"DTSTAMP:{utc(now or timezone.now())}",
        f"DTSTART:{utc(session.starts_at)}",
        f"DTEND:{utc(session.ends_at)}",
        f"SUMMARY:{escape(session.title)}",
        f"DESCRIPTION:{escape(description)}",
    ]
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    lines += [f"URL:{url}", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
