"""Server-rendered SVG charts of the programme report: reach as bars, gain as intervals. No JavaScript.

Bars reuse the roll-ups' ``courses.cohorts.charts.grouped_bar_chart``. The interval chart follows its
rules: the inline start is mirrored in right-to-left pages and the SVG's ``direction`` follows the page,
so ``text-anchor="start"`` is the reading start in Arabic too; labels are isolated (FSI … PDI, the plain
text form of ``<bdi>``) so that a Latin cohort name keeps its order in an Arabic chart. A hidden figure
is drawn as words ("fewer than 5"), never as a mark whose position would give the number away. Colour is
never the only cue: every mark carries its numbers, and the page shows the same data as tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from courses.cohorts.charts import PADDING, BarGroup, Series, grouped_bar_chart
from courses.evidence.statistics import GroupSummary, Suppressed
from lms.languages.bidi import isolate

__all__ = [
    "BarGroup",
    "HtmlBar",
    "HtmlInterval",
    "IntervalLine",
    "Series",
    "bar_rows",
    "grouped_bar_chart",
    "interval_chart",
    "interval_rows",
]

LINE_HEIGHT = 40
LABEL_ROOM = 18
AXIS_ROOM = 22
COLOUR = "#0b5d4b"


@dataclass(frozen=True)
class IntervalLine:
    label: str
    summary: GroupSummary | Suppressed


def _number(value: float) -> str:
    return number_format(round(value, 1), 1)


def _numbers(summary: GroupSummary) -> str:
    return f"{_number(summary.mean)} ({_number(summary.interval.low)} – {_number(summary.interval.high)})"


def _axis(lines: list[IntervalLine]) -> tuple[float, float]:
    """The axis's lowest value and its span: every interval and zero fit on it."""
    shown = [line.summary for line in lines if isinstance(line.summary, GroupSummary)]
    low = min([0.0, *(s.interval.low for s in shown)])
    high = max([0.0, *(s.interval.high for s in shown)])
    return low, (high - low) or 1.0


# --- The same charts as HTML, for the PDF -------------------------------------------------------------
# WeasyPrint draws SVG text without Arabic shaping or bidirectional ordering, while its HTML text is
# shaped by HarfBuzz: the PDF draws its charts with boxes whose offsets are percentages of the line,
# measured from the inline start (the template puts them on the right in Arabic).


@dataclass(frozen=True)
class HtmlBar:
    label: str
    value: int
    percent: float


def bar_rows(groups: list[BarGroup]) -> list[HtmlBar]:
    """The first series of each group as a bar whose length is a percentage of the longest."""
    top = max((group.values[0] for group in groups), default=0) or 1
    return [HtmlBar(group.label, group.values[0], round(100 * group.values[0] / top, 1)) for group in groups]


@dataclass(frozen=True)
class HtmlInterval:
    label: str
    text: str
    hidden: bool = False
    low: float = 0.0
    width: float = 0.0
    mean: float = 0.0


def interval_rows(lines: list[IntervalLine], *, hidden_text: str) -> tuple[list[HtmlInterval], float]:
    """Each line's interval and mean as percentages of the axis from its inline start, and zero's place."""
    low, span = _axis(lines)

    def percent(value: float) -> float:
        return round(100 * (value - low) / span, 1)

    rows = []
    for line in lines:
        summary = line.summary
        if isinstance(summary, GroupSummary):
            a, b = percent(summary.interval.low), percent(summary.interval.high)
            rows.append(HtmlInterval(line.label, _numbers(summary), False, a, round(b - a, 1), percent(summary.mean)))
        else:
            rows.append(HtmlInterval(line.label, hidden_text, hidden=True))
    return rows, percent(0.0)


def interval_chart(
    *, title: str, lines: list[IntervalLine], right_to_left: bool, hidden_text: str, width: int = 640
) -> SafeString:
    """The mean of each line with its 95 % interval, on one axis with zero marked."""
    low, span = _axis(lines)
    plot = width - 2 * PADDING

    def x(value: float) -> float:
        """Value → SVG x, growing towards the inline end (leftwards in right-to-left pages)."""
        offset = PADDING + plot * (value - low) / span
        return round(width - offset if right_to_left else offset, 1)

    def start(offset: float) -> float:
        return width - offset if right_to_left else offset

    parts = []
    y = AXIS_ROOM
    for line in lines:
        parts.append(
            format_html(
                '<text class="chart__label" x="{}" y="{}">{}</text>', start(PADDING), y + 12, isolate(line.label)
            )
        )
        mid = y + LABEL_ROOM + 8
        summary = line.summary
        if isinstance(summary, GroupSummary):
            a, b, m = x(summary.interval.low), x(summary.interval.high), x(summary.mean)
            numbers = _numbers(summary)
            parts.append(
                format_html(
                    '<g><title>{}: {}</title><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"/>'
                    '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"/>'
                    '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"/>'
                    '<circle cx="{}" cy="{}" r="5" fill="{}"/></g>',
                    line.label,
                    numbers,
                    a,
                    mid,
                    b,
                    mid,
                    COLOUR,
                    a,
                    mid - 5,
                    a,
                    mid + 5,
                    COLOUR,
                    b,
                    mid - 5,
                    b,
                    mid + 5,
                    COLOUR,
                    m,
                    mid,
                    COLOUR,
                )
            )
            # The numbers at the inline end of the label's line, isolated left to right whatever the page.
            parts.append(
                format_html(
                    '<text class="chart__value" x="{}" y="{}" text-anchor="end">{}</text>',
                    start(width - PADDING),
                    y + 12,
                    "\u2066" + numbers + "\u2069",
                )
            )
        else:
            parts.append(
                format_html(
                    '<text class="chart__value chart__value--hidden" x="{}" y="{}" font-style="italic">{}</text>',
                    start(PADDING),
                    mid + 4,
                    hidden_text,
                )
            )
        y += LINE_HEIGHT
    height = y + 4
    zero = x(0.0)
    axis = format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#5f6b70" stroke-dasharray="3 3"/>'
        '<text class="chart__value" x="{}" y="14" text-anchor="middle">0</text>',
        zero,
        AXIS_ROOM - 4,
        zero,
        height,
        zero,
    )
    direction = "rtl" if right_to_left else "ltr"
    return mark_safe(  # noqa: S308 - every piece above went through format_html
        f'<svg class="chart" role="img" aria-label="{escape(title)}" direction="{direction}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" text-anchor="start" font-size="13">'
        f"<title>{escape(title)}</title>{axis}{''.join(parts)}</svg>"
    )
