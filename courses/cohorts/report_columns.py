"""Columns that other apps add to a cohort's reports (the matrix, the learner report, the CSV and XLSX), through
one explicit registry.

Cohorts know nothing of the apps above them: ``courses.convenings`` (sessions attended) and ``courses.h5p``
(H5P scores) each register a ``ReportColumn`` from their ``AppConfig.ready()``::

    from courses.cohorts.report_columns import register_report_column
    register_report_column(cohort_columns.SESSIONS)

A column gives:

- ``header``: the matrix's column heading, translatable (``gettext_lazy``);
- ``values(cohort, learner_ids, structure)``: ``{learner_id: ColumnCell}`` for a batch of learners, in a
  *constant* number of queries whatever their number and the number of activities (``learner_ids`` is a
  list of ids or a subquery of them; a learner left out shows "—", unless the mapping is a
  ``CellsWithDefault``);
- ``export_headers``: the CSV and XLSX headings; each cell's ``export`` holds one value per heading;
- ``section(cohort, learner_id, structure)``: an optional ``ReportSection`` (a heading, a summary line and a
  small table) for the learner report, also in a constant number of queries, or None.

Columns appear in ``order`` (then registration order), right after the quiz average, in the matrix and the
exports alike; the query pins in ``tests/cohorts`` count one batch per column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from courses.cohorts.models import Cohort
    from courses.cohorts.selectors import CohortStructure


@dataclass(frozen=True)
class ColumnCell:
    """One learner's value in one column: a percentage (``85%``), or a count out of a total (``2/3``)."""

    value: int
    total: int | None = None  # with a total, the matrix shows "value/total"; without, "value%"
    label: str = ""  # the full sentence, for a screen reader and a pointer: "2 of 3 sessions attended"
    export: tuple = ()  # the export's cells, one per ``ReportColumn.export_headers``

    @property
    def is_fraction(self) -> bool:
        return self.total is not None


class CellsWithDefault(dict):
    """``{learner_id: ColumnCell}`` that gives ``default`` for every other learner: for a column where each
    learner has a value without a row of their own (0 of 3 sessions attended)."""

    def __init__(self, cells: Mapping[int, ColumnCell], default: ColumnCell | None):
        super().__init__(cells)
        self.default = default

    def get(self, key, default=None):
        return super().get(key, self.default if default is None else default)


@dataclass(frozen=True)
class SectionCell:
    """One cell of a learner-report table; the template formats it (dates in the reader's calendar)."""

    text: str = ""
    percent: int | None = None
    number: int | None = None
    moment: datetime | None = None
    date_format: str = "SHORT_DATETIME_FORMAT"
    # A badge around ``text``, in one of the trainer pages' tones: completed, active, stalled, not_started.
    tone: str = ""


@dataclass(frozen=True)
class ReportSection:
    """A section of the learner report: a heading, one line that sums it up, and a table (first cell: row header)."""

    key: str
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[SectionCell, ...], ...] = ()
    summary: str = ""
    empty: str = ""  # said instead of the table when it has no rows


class ColumnValues(Protocol):
    def __call__(
        self, cohort: Cohort, learner_ids: Sequence[int] | QuerySet, structure: CohortStructure
    ) -> Mapping[int, ColumnCell]: ...


class LearnerSection(Protocol):
    def __call__(self, cohort: Cohort, learner_id: int, structure: CohortStructure) -> ReportSection | None: ...


@dataclass(frozen=True)
class ReportColumn:
    key: str
    header: str
    values: ColumnValues
    export_headers: tuple[str, ...] = ()
    section: LearnerSection | None = None
    order: int = 100

    def export_cells(self, cell: ColumnCell | None) -> list:
        """The export's cells for one learner: empty ones when the column has no value for them."""
        if cell is None or not cell.export:
            return [""] * len(self.export_headers)
        return list(cell.export)


_columns: list[ReportColumn] = []


def register_report_column(column: ReportColumn) -> None:
    """Add a column to every cohort report; registering the same key again replaces it (safe to repeat)."""
    _columns[:] = [registered for registered in _columns if registered.key != column.key]
    _columns.append(column)


def unregister_report_column(key: str) -> None:
    _columns[:] = [registered for registered in _columns if registered.key != key]


def report_columns() -> list[ReportColumn]:
    """The registered columns, in their order."""
    return sorted(_columns, key=lambda column: column.order)


def column_cells(
    cohort: Cohort, learner_ids: Sequence[int] | QuerySet, structure: CohortStructure
) -> list[tuple[ReportColumn, Mapping[int, ColumnCell]]]:
    """Every column with its values for these learners: one batch per column."""
    return [(column, column.values(cohort, learner_ids, structure)) for column in report_columns()]


def learner_sections(cohort: Cohort, learner_id: int, structure: CohortStructure) -> list[ReportSection]:
    sections = []
    for column in report_columns():
        if column.section is not None:
            section = column.section(cohort, learner_id, structure)
            if section is not None:
                sections.append(section)
    return sections
