"""The trainer's progress matrix, rendered in Python: one ``<tr>`` per learner, and the cells the learner
report shares with it (status badge, report column cell, last activity, certificates).

A page of the matrix holds a hundred learners of twenty-odd cells each. Rendered with template loops and
one ``{% include %}`` per cell it cost ten times a plain page (tests/benchmarks/test_cohorts.py): every
include copies the context and every variable is resolved by lookup. Here each row is built once with
``format_html``, which escapes every value, and what does not change from row to row (labels, the
learner link's prefix) is translated and escaped once per page. The markup is the same as the templates
it replaces, as Django's admin does for its change list (``admin_list.items_for_result``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django import template
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timesince import timesince
from django.utils.timezone import template_localtime
from django.utils.translation import gettext, ngettext

from courses.cohorts.report_columns import ColumnCell
from courses.cohorts.selectors import CellStatus, CohortMatrix, LearnerRow, LearnerStatus
from lms.languages.templatetags.languages import local_date

register = template.Library()

_DASH = mark_safe('<span aria-hidden="true">—</span>')


def _stalled_days(days: int) -> str:
    return ngettext("%(days)s day", "%(days)s days", days) % {"days": days}


@register.simple_tag
def status_badge(row: LearnerRow) -> SafeString:
    """ "Stalled · 12 days": the learner's status, with how long they have been inactive when stalled."""
    if row.is_stalled:
        return format_html(
            '<span class="badge badge--{}">{} · {}</span>',
            row.status,
            row.status_label,
            _stalled_days(row.days_inactive),
        )
    return format_html('<span class="badge badge--{}">{}</span>', row.status, row.status_label)


@register.simple_tag
def report_cell(cell: ColumnCell | None) -> SafeString:
    """One learner's value in a registered report column (report_columns.ColumnCell): "85%", "2/3", or "—"."""
    if cell is None:
        return format_html('<span class="muted" title="{}">—</span>', gettext("Nothing yet"))
    if cell.is_fraction:
        value = format_html('<bdi dir="ltr">{}/{}</bdi>', cell.value, cell.total)
    else:
        value = format_html("{}%", cell.value)
    if cell.label:
        return format_html('{}<span class="visually-hidden"> {}</span>', value, cell.label)
    return value


def _activity(moment, day: str) -> SafeString:
    return format_html('<time datetime="{}">{}</time>', moment.isoformat(), day)


def _day(day) -> str:
    return escape(local_date(day, "SHORT_DATE_FORMAT"))


@register.simple_tag
def last_activity(row: LearnerRow) -> SafeString:
    """The day of the learner's last activity in the reader's calendar, or "Never"."""
    if row.last_activity is None:
        return format_html('<span class="muted">{}</span>', gettext("Never"))
    return _activity(template_localtime(row.last_activity), local_date(row.last_activity, "SHORT_DATE_FORMAT"))


@register.simple_tag
def certificate_cell(certificate: str) -> SafeString:
    """The learner's certificates for the cohort's courses (LearnerRow.certificate), from courses.certificates."""
    if certificate:
        return format_html('<span class="certificate-status">{}</span>', certificate)
    return format_html('<span class="muted" title="{}">—</span>', gettext("No certificate yet"))


class _RowRenderer:
    """What every row of one page shares, translated and escaped once, and the cells that repeat from row to
    row (the same status and percentage, the same day of last activity) rendered once each."""

    def __init__(self, matrix: CohortMatrix):
        self.stalled_days = matrix.stalled_days
        # The learner link differs only by the learner's id: reverse it once around a marker.
        marker = "2147483647"
        link = reverse("trainer_learner", args=[matrix.cohort.pk, int(marker)])
        before, after = link.split(marker, 1)
        self.link_before = escape(before)
        self.link_after = escape(f"{after}?stalled_days={matrix.stalled_days}")
        self.labels = {status.value: str(status.label) for status in CellStatus}
        self.cache: dict[tuple, SafeString] = {}

    def _cached(self, key: tuple, render, *args) -> SafeString:
        html = self.cache.get(key)
        if html is None:
            html = self.cache[key] = render(*args)
        return html

    def _module_cell(self, status: str, percent: int) -> SafeString:
        label = self.labels[status]
        shown = _DASH if status == CellStatus.NOT_ENROLLED else f"{percent}%"
        return format_html(
            '<td class="cell cell--{}" title="{}">{}<span class="visually-hidden"> {}</span></td>',
            status,
            label,
            shown,
            label,
        )

    def _column_cell(self, cell: ColumnCell | None) -> SafeString:
        title = format_html(' title="{}"', cell.label) if cell is not None and cell.label else ""
        return format_html('<td class="matrix__percent"{}>{}</td>', title, report_cell(cell))

    def row(self, row: LearnerRow) -> str:
        """One learner's ``<tr>``: every value from the row is escaped here or in the cached cells."""
        cached = self._cached
        user_id = row.user_id
        name = escape(row.name)
        stalled = row.is_stalled
        note = ""
        if row.reminder_allowed_at:
            # The template's {% blocktranslate %} did the same: the translation is trusted, the value escaped.
            when = escape(timesince(row.last_reminded_at))
            note = f'<span class="matrix__note">{gettext("Reminded %(when)s ago") % {"when": when}}</span>'
        quiz = '<span class="muted">—</span>' if row.quiz_average is None else f"{row.quiz_average}%"
        modules = "".join(
            [
                cached(("module", cell.status, cell.percent), self._module_cell, cell.status, cell.percent)
                for cell in row.modules
            ]
        )
        columns = "".join(
            [
                cached(
                    ("column", None) if cell is None else ("column", cell.value, cell.total, cell.label),
                    self._column_cell,
                    cell,
                )
                for cell in row.columns
            ]
        )
        if row.last_activity is None:
            activity = cached(("never",), last_activity, row)
        else:
            # SHORT_DATE_FORMAT shows the day only: each day is formatted once per page.
            moment = template_localtime(row.last_activity)
            day = cached(("day", moment.date()), _day, moment.date())
            activity = f'<time datetime="{moment.isoformat()}">{day}</time>'
        certificate = cached(("certificate", row.certificate), certificate_cell, row.certificate)
        return (
            f'<tr class="matrix__row{" is-stalled" if stalled else ""}">'
            '<td class="matrix__select">'
            f'<input type="checkbox" name="learners" value="{user_id}" id="learner-{user_id}"'
            f"{' checked' if stalled and row.can_be_reminded else ''}"
            f"{' disabled' if row.status == LearnerStatus.COMPLETED else ''}>"
            f'<label class="visually-hidden" for="learner-{user_id}">{name}</label></td>'
            '<th scope="row" class="matrix__learner">'
            f'<a href="{self.link_before}{user_id}{self.link_after}">{name}</a> '
            f'<span class="matrix__email"><bdi dir="ltr">{escape(row.email)}</bdi></span> {note}</th>'
            f"<td>{cached(('badge', row.status, row.days_inactive if stalled else 0), status_badge, row)}</td>"
            f'<td class="matrix__percent">{row.percent}%</td>'
            f"{modules}"
            f'<td class="matrix__percent">{quiz}</td>'
            f"{columns}"
            f'<td class="matrix__date">{activity}</td>'
            f'<td class="matrix__certificate">{certificate}</td>'
            "</tr>\n"
        )


@register.simple_tag
def matrix_rows(matrix: CohortMatrix, rows: Iterable[LearnerRow] | Sequence[LearnerRow]) -> SafeString:
    """The matrix's body: one row per learner on this page."""
    renderer = _RowRenderer(matrix)
    # Safe: each row escapes every value it takes from the database (``_RowRenderer.row``).
    return mark_safe("".join([renderer.row(row) for row in rows]))  # noqa: S308
