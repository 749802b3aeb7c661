"""Dates and times as each reader expects them: their time zone and, in Arabic, their country's month names.

Arabic has three sets of month names in the region: Morocco writes يناير … ماي … يوليوز … غشت … دجنبر,
Algeria and Tunisia جانفي … أوت … ديسمبر, the Levant and Iraq كانون الثاني … آب … كانون الأول, and Egypt
and Libya يناير … مايو … أغسطس … ديسمبر (the neutral default). The reader's country and time zone are set
for a request by ``ReaderMiddleware`` and for a mail, a PDF or a task with ``reading_as``; ``format_date`` (the
``local_date`` template filter) uses them. A learner who chooses a city without naming a country takes the
city's (courses.cities.services), so the profile's country is all a request needs to read.
"""

from __future__ import annotations

import contextvars
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

MONTHS_MOROCCO = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
)
MONTHS_ALGERIA_TUNISIA = (
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
MONTHS_LEVANT = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)
MONTHS_EGYPT = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)

ARABIC_MONTHS_BY_COUNTRY = {
    "MA": MONTHS_MOROCCO,
    "DZ": MONTHS_ALGERIA_TUNISIA,
    "TN": MONTHS_ALGERIA_TUNISIA,
    "LB": MONTHS_LEVANT,
    "JO": MONTHS_LEVANT,
    "IQ": MONTHS_LEVANT,
    "SY": MONTHS_LEVANT,
    "PS": MONTHS_LEVANT,
    "EG": MONTHS_EGYPT,
    "LY": MONTHS_EGYPT,
}
ARABIC_MONTHS_DEFAULT = MONTHS_EGYPT

# One time zone per country of the programme; a learner elsewhere chooses theirs in the profile.
TIME_ZONE_BY_COUNTRY = {
    "MA": "Africa/Casablanca",
    "DZ": "Africa/Algiers",
    "TN": "Africa/Tunis",
    "LY": "Africa/Tripoli",
    "EG": "Africa/Cairo",
    "JO": "Asia/Amman",
    "LB": "Asia/Beirut",
    "SY": "Asia/Damascus",
    "IQ": "Asia/Baghdad",
    "PS": "Asia/Hebron",
}

TIME_ZONE_CHOICES = [
    ("Africa/Casablanca", _("Casablanca, Rabat (Morocco)")),
    ("Africa/Algiers", _("Algiers (Algeria)")),
    ("Africa/Tunis", _("Tunis (Tunisia)")),
    ("Africa/Tripoli", _("Tripoli (Libya)")),
    ("Africa/Cairo", _("Cairo (Egypt)")),
    ("Asia/Amman", _("Amman (Jordan)")),
    ("Asia/Beirut", _("Beirut (Lebanon)")),
    ("Asia/Damascus", _("Damascus (Syria)")),
    ("Asia/Baghdad", _("Baghdad (Iraq)")),
    ("Asia/Hebron", _("Hebron, Gaza (Palestine)")),
    ("Europe/Paris", _("Paris, Brussels (Central Europe)")),
    ("Europe/London", _("London (United Kingdom)")),
    ("UTC", _("Coordinated Universal Time (UTC)")),
]

_reader_country: contextvars.ContextVar[str] = contextvars.ContextVar("reader_country", default="")


def time_zone_for(*, chosen: str = "", country: str = "") -> str:
    """The reader's own choice, else their country's time zone, else the site's."""
    return chosen or TIME_ZONE_BY_COUNTRY.get(str(country or ""), settings.TIME_ZONE)


@contextmanager
def reading_as(*, country: str = "", time_zone: str = "") -> Iterator[None]:
    """Format dates for this reader (a mail, a PDF, a task): their month names and time zone."""
    token = _reader_country.set(str(country or ""))
    try:
        with timezone.override(zoneinfo.ZoneInfo(time_zone_for(chosen=time_zone, country=country))):
            yield
    finally:
        _reader_country.reset(token)


def month_names() -> tuple[str, ...] | None:
    """The month names for the active language and the reader's country; None where Django's are right."""
    if translation.get_language() != "ar":
        return None
    return ARABIC_MONTHS_BY_COUNTRY.get(_reader_country.get(), ARABIC_MONTHS_DEFAULT)


def _with_month_name(format_string: str, month: str) -> str:
    """The format with each unescaped ``F`` (the month's name) replaced by the name, escaped."""
    literal = "".join("\\" + character for character in month)
    result, escaped = [], False
    for character in format_string:
        if escaped:
            result.append(character)
            escaped = False
        elif character == "\\":
            result.append(character)
            escaped = True
        else:
            result.append(literal if character == "F" else character)
    return "".join(result)


def format_date(value: date | datetime | None, format_name: str = "DATE_FORMAT") -> str:
    """Like Django's ``date`` filter (a format name or a format string), with the reader's month names.

    Aware date-times are shown in the active time zone, as templates do."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    format_string = formats.get_format(format_name)
    names = month_names()
    if names:
        format_string = _with_month_name(format_string, names[value.month - 1])
    return formats.date_format(value, format_string)
