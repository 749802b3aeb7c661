"""Disaggregation tables: small cells hidden, and a second cell hidden wherever a total would give one back."""

import random

import pytest

from courses.evidence.statistics import GroupSummary, Suppressed, is_suppressed
from courses.evidence.suppression import (
    COMPLEMENTARY,
    GENDER,
    NOT_STATED,
    ROLE,
    SMALL,
    LearnerRecord,
    disaggregate,
    one_way,
    protect,
    two_way,
)

_ids = iter(range(1, 1_000_000))


def learners(count, scores=None, **attributes):
    """`count` learners with these attributes; with `scores` (pre, post) each took both checks."""
    pre, post = scores if scores else (None, None)
    return [LearnerRecord(user_id=next(_ids), attributes=attributes, pre=pre, post=post) for _ in range(count)]


def counts(table):
    return {cell.key: cell.count for cell in table.cells}


def test_primary_suppression_of_a_small_cell_and_complementary_of_the_next_smallest():
    """Mayors 10, councillors 3, officers 7, total 20 shown: the 3 is hidden, and 20 − 10 − 7 would give
    it back, so the next smallest cell (7) is hidden too. 10 and the total stay."""
    records = learners(10, role="mayor") + learners(3, role="councillor") + learners(7, role="officer")
    table = one_way(records, ROLE, ["mayor", "councillor", "officer"])
    assert counts(table) == {"mayor": 10, "councillor": SMALL, "officer": COMPLEMENTARY}
    assert table.total.count == 20
    assert table.suppressed_cells == 2


def test_subtraction_from_the_total_cannot_reveal_the_small_cell():
    """Without the complementary cell the small one is total − the rest; with it, two unknowns share one sum."""
    records = learners(3, role="mayor") + learners(20, role="officer") + learners(8, role="councillor")
    table = one_way(records, ROLE, ["mayor", "officer", "councillor"])
    shown = [cell.count for cell in table.cells if not cell.suppressed]
    hidden = [cell for cell in table.cells if cell.suppressed]
    assert len(hidden) == 2
    assert {cell.key for cell in hidden} == {"mayor", "councillor"}  # 8 is smaller than 20
    # What a reader can compute: only the sum of the hidden cells.
    assert table.total.count - sum(shown) == 3 + 8


def test_zero_cells_are_shown_and_not_used_as_complements():
    """A category nobody is in shows 0 (it hides no one) and is not picked to protect another cell."""
    records = learners(3, role="mayor") + learners(12, role="officer")
    table = one_way(records, ROLE, ["mayor", "councillor", "officer"])
    assert counts(table) == {"mayor": SMALL, "councillor": 0, "officer": COMPLEMENTARY}
    assert table.total.count == 15


def test_two_small_cells_protect_each_other():
    records = learners(2, role="mayor") + learners(3, role="councillor") + learners(10, role="officer")
    table = one_way(records, ROLE, ["mayor", "councillor", "officer"])
    assert counts(table) == {"mayor": SMALL, "councillor": SMALL, "officer": 10}


def test_a_small_total_is_hidden_with_its_cells():
    records = learners(2, role="mayor") + learners(1, role="officer")
    table = one_way(records, ROLE)
    assert is_suppressed(table.total.count)
    assert all(cell.suppressed for cell in table.cells)


def test_suppressed_cells_carry_no_statistics():
    records = (
        learners(10, scores=(40, 70), role="mayor")
        + learners(3, scores=(50, 90), role="councillor")
        + learners(7, scores=(60, 80), role="officer")
    )
    table = one_way(records, ROLE, ["mayor", "councillor", "officer"])
    mayor, councillor, officer = table.cells
    assert isinstance(mayor.stats.difference, GroupSummary)
    assert mayor.stats.difference.mean == 30
    for value in (councillor.stats.n, councillor.stats.difference, councillor.stats.normalised):
        assert value == SMALL
    # The officers' mean would give the councillors' back from the total mean: hidden as a complement.
    assert officer.stats.difference == COMPLEMENTARY
    assert table.total.stats.n == 20


def test_statistics_hidden_when_few_took_both_checks_even_if_the_count_is_shown():
    """Officers: 8 learners, only 2 with both checks. The count is shown; the gain is not, and neither is the
    mayors' gain, which with the total's mean would give the officers' back."""
    records = (
        learners(10, scores=(40, 70), role="mayor")
        + learners(2, scores=(20, 90), role="officer")
        + learners(6, role="officer")
        + learners(6, scores=(50, 60), role="councillor")
    )
    table = one_way(records, ROLE, ["mayor", "officer", "councillor"])
    mayor, officer, councillor = table.cells
    assert officer.count == 8
    assert officer.stats.difference == SMALL
    assert councillor.stats.difference == COMPLEMENTARY  # 6 with both checks, fewer than the mayors' 10
    assert mayor.stats.difference.mean == 30
    assert table.total.stats.n == 18


def test_gender_prefer_not_to_say_is_its_own_category_and_never_inferred():
    records = (
        learners(6, gender="woman")
        + learners(5, gender="man")
        + learners(7, gender="prefer_not_to_say")
        + learners(5)  # no gender recorded at all: "not stated", not guessed from anything else
    )
    table = one_way(records, GENDER, ["woman", "man", "prefer_not_to_say"])
    assert counts(table) == {"woman": 6, "man": 5, "prefer_not_to_say": 7, NOT_STATED: 5}
    assert table.total.count == 23


def test_disaggregate_gives_one_table_per_attribute_each_adding_up():
    records = learners(6, role="mayor", gender="woman", country="MA") + learners(
        9, role="officer", gender="prefer_not_to_say", country="TN"
    )
    tables = disaggregate(records)
    assert set(tables) == {"role", "country", "city_kind", "context", "gender"}
    for table in tables.values():
        assert sum(cell.count for cell in table.cells) == table.total.count == 15
    assert counts(tables["city_kind"]) == {NOT_STATED: 15}


def test_two_way_table_iterates_until_every_line_is_safe():
    """Rows r0, r1 × columns c0, c1 with counts
            c0  c1 | total
        r0   2   8 |  10
        r1   6   9 |  15
        ---------------
             8  17 |  25
    The 2 is hidden. Row r0 would give it back (10 − 8): hide the 8. Column c0 would give it back
    (8 − 6): hide the 6. Column c1 now has one hidden cell (the 8) and would give it back (17 − 9):
    hide the 9. Row r1 then has two hidden cells: stable. All totals stay shown."""
    records = (
        learners(2, role="r0", gender="c0")
        + learners(8, role="r0", gender="c1")
        + learners(6, role="r1", gender="c0")
        + learners(9, role="r1", gender="c1")
    )
    table = two_way(records, ROLE, GENDER)
    grid = [[cell.count for cell in row] for row in table.cells]
    assert grid == [[SMALL, COMPLEMENTARY], [COMPLEMENTARY, COMPLEMENTARY]]
    assert [cell.count for cell in table.row_totals] == [10, 15]
    assert [cell.count for cell in table.column_totals] == [8, 17]
    assert table.total.count == 25


def test_two_way_table_without_small_cells_hides_nothing():
    records = learners(5, role="a", gender="x") + learners(6, role="b", gender="y")
    table = two_way(records, ROLE, GENDER)
    assert [[cell.count for cell in row] for row in table.cells] == [[5, 0], [0, 6]]
    assert table.suppressed_cells == 0


@pytest.mark.parametrize("seed", range(30))
def test_protect_leaves_no_line_with_a_single_hidden_entry(seed):
    """On random tables (many small cells), with totals: every small entry hidden, no line with exactly one."""
    rng = random.Random(seed)
    rows, columns = rng.randint(1, 5), rng.randint(1, 5)
    records = []
    for r in range(rows):
        for c in range(columns):
            records += learners(rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 9, 15]), role=f"r{r}", gender=f"c{c}")
    table = two_way(records, ROLE, GENDER)
    grid = [
        [*(cell.count for cell in row), total.count] for row, total in zip(table.cells, table.row_totals, strict=True)
    ]
    grid.append([*(cell.count for cell in table.column_totals), table.total.count])
    for line in [*grid, *zip(*grid, strict=True)]:
        assert sum(is_suppressed(value) for value in line) != 1
    for row in table.cells:
        for cell in row:
            if not cell.suppressed:
                assert cell.count == 0 or cell.count >= 5


def test_protect_hides_a_total_only_when_no_cell_is_left():
    """Line: cell 3 (small), cell 0, total 3 (small too). And cell 7 alone with total 7 after a forced hide."""
    result = protect(
        {(0, 0): 7, (0, 1): 0, (0, 2): 7}, [[(0, 0), (0, 1), (0, 2)]], margins=[(0, 2)], hidden={(0, 0): COMPLEMENTARY}
    )
    assert result == {(0, 0): COMPLEMENTARY, (0, 2): COMPLEMENTARY}


def test_reasons_are_markers_not_numbers():
    assert isinstance(SMALL, Suppressed) and isinstance(COMPLEMENTARY, Suppressed)
    assert SMALL != COMPLEMENTARY


def test_protect_accepts_a_line_of_one_entry():
    assert protect({(0, 0): 3}, [[(0, 0)]]) == {(0, 0): SMALL}
