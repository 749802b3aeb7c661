"""The roll-up's SVG bar chart: bars grow from the reading start, labels are escaped, no script."""

import re

from courses.cohorts.charts import BarGroup, Series, grouped_bar_chart

SERIES = [Series("Enrolled", "#0b5d4b"), Series("Completed", "#b45309")]
GROUPS = [BarGroup("Morocco", (10, 5)), BarGroup("<Jordan>", (4, 0))]


def _rects(svg: str) -> list[tuple[float, float]]:
    return [(float(x), float(width)) for x, width in re.findall(r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg)]


def test_bars_are_proportional_and_start_at_the_left_in_left_to_right():
    svg = grouped_bar_chart(title="Learners", groups=GROUPS, series=SERIES, right_to_left=False, width=600)
    rects = _rects(svg)
    assert [x for x, _width in rects] == [8, 8, 8, 8]
    widths = [width for _x, width in rects]
    assert widths[0] == 600 - 16 - 48 and widths[1] == widths[0] / 2 and widths[3] == 0
    assert 'direction="ltr"' in svg


def test_bars_grow_from_the_right_in_right_to_left():
    svg = grouped_bar_chart(title="Learners", groups=GROUPS, series=SERIES, right_to_left=True, width=600)
    for x, width in _rects(svg):
        assert x + width == 600 - 8
    assert 'direction="rtl"' in svg
    labels = re.findall(r'<text class="chart__label" x="([\d.]+)"', svg)
    assert labels == ["592", "592"]


def test_labels_are_escaped_and_the_chart_is_labelled():
    svg = grouped_bar_chart(title="Learners & more", groups=GROUPS, series=SERIES, right_to_left=False)
    assert "&lt;Jordan&gt;" in svg and "<Jordan>" not in svg
    assert 'role="img" aria-label="Learners &amp; more"' in svg
    assert "<title>Enrolled: 10</title>" in svg
    assert "<script" not in svg
