"""What other apps add to the programme report: a small registry of counted measures (sessions attended).

The report knows no app above it that has something to count for its learners (convenings' sessions). Such
an app registers a ``ReportMeasure`` from its ``AppConfig.ready()``; the report calls each measure once per
report with the scope's period and population, and each measure must cost a fixed number of queries whatever
the number of learners (the report's count is pinned). The report protects the counts of people a measure
returns like its own headline counts (1 to 4 hidden) and shows each measure as a table, on the page and in
every export. Small counts are hidden to protect people: rows that count things (sessions held) are named in
``not_people`` and shown as they are; every other row is taken to count people, or records of one person
each (a registration, an attendance), and is protected::

    register_report_measure(
        ReportMeasure(key="attendance", title=..., rows=(("held", ...), ...), count=..., not_people=frozenset({"held"}))
    )
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet

__all__ = ["MeasureScope", "ReportMeasure", "measures", "register_report_measure"]


@dataclass(frozen=True)
class MeasureScope:
    """What a measure counts for: the period as [since, until) (None: open) and the learners in scope, as a
    subquery of user ids (never a list: ten thousand ids would not fit in SQLite's parameters)."""

    since: datetime | None
    until: datetime | None
    population_ids: QuerySet
    course_key: uuid.UUID | None = None


@dataclass(frozen=True)
class ReportMeasure:
    key: str
    title: Callable[[], str]  # called in the reader's language
    rows: tuple[tuple[str, Callable[[], str]], ...]  # (row key, its label in the reader's language)
    count: Callable[[MeasureScope], dict[str, int]]  # row key → count, in a fixed number of queries
    # Rows that count no person (sessions held): shown exactly. Unnamed rows are protected, the safe default.
    not_people: frozenset[str] = frozenset()

    def people(self, counts: dict[str, int]) -> dict[str, int]:
        """The counts of people (or of one person's records) among ``counts``: those the report protects."""
        return {key: value for key, value in counts.items() if key not in self.not_people}


_MEASURES: dict[str, ReportMeasure] = {}


def register_report_measure(measure: ReportMeasure) -> None:
    """Add a measure to every programme report (once: registering the same key again replaces it)."""
    _MEASURES[measure.key] = measure


def measures() -> tuple[ReportMeasure, ...]:
    return tuple(_MEASURES.values())
