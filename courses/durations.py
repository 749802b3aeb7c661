"""Study time in words: one wording for the catalogue card, the course page, modules and lessons.

Courses store their time as hours (an editor's estimate) and lessons as minutes; learners read both
in the same form ("1 hour", "38 minutes", "1 hour and 15 minutes"). The words come from ngettext so
that each language gets its own plural forms: Arabic has six, and "1 ساعة" or "2 دقيقتان" read wrong.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext, ngettext

__all__ = ["format_duration", "hours_to_minutes"]


def hours_to_minutes(hours: Decimal | float | int | None) -> int:
    """A course's estimated hours (a decimal such as 1.5) as whole minutes."""
    if not hours:
        return 0
    return int((Decimal(str(hours)) * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_duration(minutes: int | None) -> str:
    """'1 hour', '38 minutes', '1 hour and 15 minutes', in the active language."""
    minutes = max(int(minutes or 0), 0)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _minutes(rest)
    if not rest:
        return _hours(hours)
    return gettext("%(hours)s and %(minutes)s") % {"hours": _hours(hours), "minutes": _minutes(rest)}


def _hours(count: int) -> str:
    return ngettext("%(hours)s hour", "%(hours)s hours", count) % {"hours": count}


def _minutes(count: int) -> str:
    return ngettext("%(minutes)s minute", "%(minutes)s minutes", count) % {"minutes": count}
