"""Disaggregation tables of learners, with small cells suppressed before anything leaves the server.

A table splits a group of learners by one attribute (role, country, city kind, city context,
self-reported gender) or by two of them, and shows for each cell the number of learners and the
gain statistics of those with both checks (``courses.evidence.statistics``), with row, column and
grand totals.

Two rules protect the learners behind small numbers:

- **Primary suppression**: a cell (or a total) with 1–4 learners shows no number at all. Its
  statistics are hidden too, and so are the statistics of any cell with 1–4 learners who took both
  checks, even when the number of learners is shown.
- **Complementary suppression**: a total is the sum of its cells, so a line (a row or a column with
  its total) with exactly one hidden number would give that number back by subtraction. Each such
  line gets a second hidden number: the smallest non-zero cell still shown (a total only when no
  cell is left). Hiding it may leave another line with one hidden number, so the rule runs again
  until every line has none or at least two. The statistics follow the same rule on the number of
  learners with both checks, since a mean can be recovered from a total mean in the same way.

Pages, exports and the API build their tables with these functions only, so a suppressed figure
never reaches a template, a file or a response. The tables carry category keys, not labels: the
caller names them in the reader's language. Every learner falls in exactly one category of each
attribute (an empty value is a category of its own, ``NOT_STATED``), so the cells always add up to
the total and no category can be recovered as "the rest".

Limits: the rule protects each table against subtraction within it; a reader who puts several
tables of the same learners side by side (by role and by gender, or two periods) may still narrow
a small group down. The report says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from courses.evidence.statistics import (
    MIN_GROUP,
    GroupStats,
    LearnerGain,
    Suppressed,
    is_suppressed,
    learner_gain,
    summarise_learner_gains,
)

__all__ = [
    "CITY_KIND",
    "COMPLEMENTARY",
    "CONTEXT",
    "COUNTRY",
    "DIMENSIONS",
    "GENDER",
    "NOT_STATED",
    "ROLE",
    "SMALL",
    "Cell",
    "LearnerRecord",
    "OneWayTable",
    "TwoWayTable",
    "disaggregate",
    "hidden_stats",
    "one_way",
    "protect",
    "two_way",
]

# The attributes a group is disaggregated by (keys of LearnerRecord.attributes).
ROLE = "role"
COUNTRY = "country"
CITY_KIND = "city_kind"
CONTEXT = "context"
GENDER = "gender"
DIMENSIONS = (ROLE, COUNTRY, CITY_KIND, CONTEXT, GENDER)

#: The category of a learner whose attribute is empty (no role given, no city).
NOT_STATED = "not_stated"

#: Why a figure is hidden: too few learners, or to protect a figure hidden for that reason.
SMALL = Suppressed("small")
COMPLEMENTARY = Suppressed("complementary")


def hidden_stats(marker: Suppressed) -> GroupStats:
    """The statistics of a hidden group: a marker in place of every figure, n included."""
    return GroupStats(n=marker, difference=marker, normalised=marker, at_ceiling=marker, pre=marker, post=marker)


@dataclass(frozen=True, slots=True)
class LearnerRecord:
    """One learner as a table sees them: their attributes and, if they took both checks, their scores."""

    user_id: int
    attributes: Mapping[str, str] = field(default_factory=dict)
    pre: float | None = None
    post: float | None = None
    gain: LearnerGain | None = None  # from pre and post, computed once (a report passes its own)

    def __post_init__(self) -> None:
        if self.gain is None and self.pre is not None and self.post is not None:
            object.__setattr__(self, "gain", learner_gain(self.pre, self.post))

    @property
    def has_both_checks(self) -> bool:
        return self.pre is not None and self.post is not None

    def category(self, dimension: str) -> str:
        return self.attributes.get(dimension) or NOT_STATED


@dataclass(frozen=True, slots=True)
class Cell:
    """The learners of one category (or a total): how many, and their gain, each possibly suppressed."""

    key: str
    count: int | Suppressed
    stats: GroupStats

    @property
    def suppressed(self) -> bool:
        return is_suppressed(self.count)


@dataclass(frozen=True, slots=True)
class OneWayTable:
    dimension: str
    cells: tuple[Cell, ...]
    total: Cell

    @property
    def suppressed_cells(self) -> int:
        return sum(cell.suppressed for cell in (*self.cells, self.total))


@dataclass(frozen=True, slots=True)
class TwoWayTable:
    rows_dimension: str
    columns_dimension: str
    row_keys: tuple[str, ...]
    column_keys: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]  # cells[row][column]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    total: Cell

    @property
    def suppressed_cells(self) -> int:
        every = [cell for row in self.cells for cell in row] + [*self.row_totals, *self.column_totals, self.total]
        return sum(cell.suppressed for cell in every)


Entry = tuple[int, int]


def protect(
    values: Mapping[Entry, int],
    lines: Iterable[Sequence[Entry]],
    *,
    margins: Iterable[Entry] = (),
    hidden: Mapping[Entry, Suppressed] | None = None,
) -> dict[Entry, Suppressed]:
    """Which entries of a table to hide, and why.

    ``values`` are the entries' sizes; ``lines`` the sets of entries bound by a sum (a row of cells
    with its total); ``margins`` the entries that are totals (hidden as complements only when no
    cell is left). Entries of 1 to MIN_GROUP − 1 are hidden (SMALL), as are those in ``hidden``;
    then any line with exactly one hidden entry gets a second one (COMPLEMENTARY), the smallest
    non-zero entry still shown, until no line has exactly one.
    """
    lines = [tuple(line) for line in lines]
    margins = set(margins)
    result: dict[Entry, Suppressed] = dict(hidden or {})
    for entry, value in values.items():
        if 0 < value < MIN_GROUP:
            result.setdefault(entry, SMALL)
    changed = True
    while changed:
        changed = False
        for line in lines:
            hidden_here = [entry for entry in line if entry in result]
            if len(hidden_here) != 1:
                continue
            shown = [entry for entry in line if entry not in result]
            if not shown:  # a line of one entry binds nothing
                continue
            # Smallest non-zero cell first (least information lost); a total only when no cell is
            # left; a zero last (hiding a zero protects as well, it is just a poorer choice to show).
            shown.sort(key=lambda entry: (values[entry] == 0, entry in margins, values[entry], entry))
            result[shown[0]] = COMPLEMENTARY
            changed = True
    return result


def _categories(records: Sequence[LearnerRecord], dimension: str, known: Sequence[str] | None) -> list[str]:
    # Every category the caller knows (so an empty one shows as 0), then any other value found, so
    # that no learner falls outside the table.
    keys = list(dict.fromkeys(known or ()))
    seen = set(keys)
    for key in sorted({record.category(dimension) for record in records}):
        if key not in seen:
            keys.append(key)
            seen.add(key)
    return keys


def _scores(records: Iterable[LearnerRecord]) -> list[LearnerGain]:
    return [r.gain for r in records if r.gain is not None]


def _build_cells(
    groups: Mapping[Entry, list[LearnerRecord]],
    lines: list[list[Entry]],
    margins: set[Entry],
    known: Mapping[Entry, GroupStats] | None = None,
) -> dict[Entry, tuple[int | Suppressed, GroupStats]]:
    """Counts and statistics of every entry, with both suppression rules applied. ``known``: statistics
    already computed for an entry's learners (the same total in every table), not computed again."""
    counts = {entry: len(members) for entry, members in groups.items()}
    hidden_counts = protect(counts, lines, margins=margins)
    gains = {entry: _scores(members) for entry, members in groups.items()}
    # The statistics hide everything the counts hide, plus small numbers of learners with both checks.
    stats_hidden = protect({entry: len(g) for entry, g in gains.items()}, lines, margins=margins, hidden=hidden_counts)
    cells: dict[Entry, tuple[int | Suppressed, GroupStats]] = {}
    for entry in groups:
        count = hidden_counts.get(entry, counts[entry])
        if entry in stats_hidden:
            stats = hidden_stats(stats_hidden[entry])
        elif known and entry in known:
            stats = known[entry]
        else:
            stats = summarise_learner_gains(gains[entry])
        cells[entry] = (count, stats)
    return cells


def one_way(
    records: Sequence[LearnerRecord],
    dimension: str,
    categories: Sequence[str] | None = None,
    *,
    total_stats: GroupStats | None = None,
) -> OneWayTable:
    """The learners split by one attribute, each category's cell protected, with the total (whose statistics
    the caller may pass, computed once for every table of the same learners)."""
    keys = _categories(records, dimension, categories)
    members: dict[str, list[LearnerRecord]] = defaultdict(list)
    for record in records:
        members[record.category(dimension)].append(record)
    total_entry = (0, len(keys))
    groups: dict[Entry, list[LearnerRecord]] = {(0, i): members[key] for i, key in enumerate(keys)}
    groups[total_entry] = list(records)
    line = [*((0, i) for i in range(len(keys))), total_entry]
    built = _build_cells(groups, [line], {total_entry}, {total_entry: total_stats} if total_stats else None)
    cells = tuple(Cell(key, *built[(0, i)]) for i, key in enumerate(keys))
    return OneWayTable(dimension=dimension, cells=cells, total=Cell("total", *built[total_entry]))


def two_way(
    records: Sequence[LearnerRecord],
    rows: str,
    columns: str,
    *,
    row_categories: Sequence[str] | None = None,
    column_categories: Sequence[str] | None = None,
) -> TwoWayTable:
    """The learners split by two attributes, with row, column and grand totals, all protected.

    Entry (r, c) of the grid is a cell; row R holds the column totals, column C the row totals
    and (R, C) the grand total. Each row and each column (totals included) is a line.
    """
    row_keys = _categories(records, rows, row_categories)
    column_keys = _categories(records, columns, column_categories)
    R, C = len(row_keys), len(column_keys)
    row_index = {key: r for r, key in enumerate(row_keys)}
    column_index = {key: c for c, key in enumerate(column_keys)}
    groups: dict[Entry, list[LearnerRecord]] = {(r, c): [] for r in range(R + 1) for c in range(C + 1)}
    for record in records:
        r, c = row_index[record.category(rows)], column_index[record.category(columns)]
        for entry in ((r, c), (r, C), (R, c), (R, C)):
            groups[entry].append(record)
    lines = [[(r, c) for c in range(C + 1)] for r in range(R + 1)]
    lines += [[(r, c) for r in range(R + 1)] for c in range(C + 1)]
    margins = {(r, C) for r in range(R + 1)} | {(R, c) for c in range(C + 1)}
    built = _build_cells(groups, lines, margins)
    return TwoWayTable(
        rows_dimension=rows,
        columns_dimension=columns,
        row_keys=tuple(row_keys),
        column_keys=tuple(column_keys),
        cells=tuple(tuple(Cell(column_keys[c], *built[(r, c)]) for c in range(C)) for r in range(R)),
        row_totals=tuple(Cell(row_keys[r], *built[(r, C)]) for r in range(R)),
        column_totals=tuple(Cell(column_keys[c], *built[(R, c)]) for c in range(C)),
        total=Cell("total", *built[(R, C)]),
    )


def disaggregate(
    records: Sequence[LearnerRecord],
    dimensions: Sequence[str] = DIMENSIONS,
    categories: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, OneWayTable]:
    """One protected one-way table per attribute, keyed by the attribute; the total's statistics (every
    learner) are computed once for all of them."""
    categories = categories or {}
    total = summarise_learner_gains(_scores(records))
    return {
        dimension: one_way(records, dimension, categories.get(dimension), total_stats=total) for dimension in dimensions
    }
