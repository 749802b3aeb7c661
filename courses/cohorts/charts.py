"""Server-rendered SVG bar charts for the roll-ups: no JavaScript, a few hundred bytes per bar.

Bars are horizontal and grow from the inline start, so in right-to-left pages they grow from
the right: x positions are mirrored and the SVG's ``direction`` follows the page, which makes
``text-anchor="start"`` mean "the reading start" for every label. Colour is never the only cue:
every bar carries its number, and the page shows the same data as a table.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Series:
    label: str
    colour: str


@dataclass(frozen=True)
class BarGroup:
    label: str
    values: tuple[int, ...]


LABEL_HEIGHT = 22
BAR_HEIGHT = 14
BAR_GAP = 4
GROUP_GAP = 14
PADDING = 8
VALUE_ROOM = 48


def grouped_bar_chart(
    *, title: str, groups: list[BarGroup], series: list[Series], right_to_left: bool, width: int = 640
) -> SafeString:
    top = max((value for group in groups for value in group.values), default=0) or 1
    bar_room = width - 2 * PADDING - VALUE_ROOM
    group_height = LABEL_HEIGHT + len(series) * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP
    height = max(len(groups) * group_height, group_height // 2)

    def x(start: float, length: float = 0) -> float:
        """Inline-start offset → SVG x; mirrored in right-to-left pages."""
        return width - start - length if right_to_left else start

    parts = []
    y = 0
    for group in groups:
        parts.append(
            format_html(
                '<text class="chart__label" x="{}" y="{}">{}</text>', x(PADDING), y + LABEL_HEIGHT - 6, group.label
            )
        )
        y += LABEL_HEIGHT
        for value, one in zip(group.values, series, strict=True):
            length = round(bar_room * value / top, 1)
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" rx="2"><title>{}: {}</title></rect>',
                    x(PADDING, length),
                    y,
                    length,
                    BAR_HEIGHT,
                    one.colour,
                    one.label,
                    value,
                )
            )
            parts.append(
                format_html(
                    '<text class="chart__value" x="{}" y="{}">{}</text>',
                    x(PADDING + length + 4),
                    y + BAR_HEIGHT - 2,
                    value,
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP
    direction = "rtl" if right_to_left else "ltr"
    return mark_safe(  # noqa: S308 - every piece above went through format_html
        f'<svg class="chart" role="img" aria-label="{escape(title)}" direction="{direction}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" text-anchor="start" font-size="13">'
        f"<title>{escape(title)}</title>{''.join(parts)}</svg>"
    )
