"""Session attendance in a cohort's reports: sessions attended in the matrix and the exports, and each session
in the learner report with the learner's attendance.

Registered with ``courses.cohorts.report_columns`` from ``ConveningsConfig.ready()``: cohorts do not import
this app. A session counts once it has started, for the cohorts it invited; attended means present or late
(``models.ATTENDED``), as for a course's attendance requirement. Each read is two queries whatever the number
of learners and sessions.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from courses.cohorts.report_columns import CellsWithDefault, ColumnCell, ReportColumn, ReportSection, SectionCell
from courses.convenings.models import ATTENDED, Attendance, AttendanceStatus, Session

# Badge tones of the trainer pages (report_columns.SectionCell.tone).
TONES = {
    AttendanceStatus.PRESENT: "completed",
    AttendanceStatus.LATE: "active",
    AttendanceStatus.ABSENT: "stalled",
    AttendanceStatus.EXCUSED: "not_started",
}


def _held(cohort):
    return Session.objects.filter(invited_cohorts=cohort, starts_at__lte=timezone.now())


def _cell(attended: int, held: int) -> ColumnCell:
    return ColumnCell(
        value=attended,
        total=held,
        label=ngettext("%(attended)d of %(held)d session attended", "%(attended)d of %(held)d sessions attended", held)
        % {"attended": attended, "held": held},
        export=(attended, held),
    )


def sessions_attended(cohort, learner_ids, structure) -> Mapping[int, ColumnCell]:
    """Sessions each learner attended (present or late) out of the cohort's sessions held so far. Two queries."""
    held = _held(cohort)
    total = held.count()
    if not total:
        return {}
    attended = (
        Attendance.objects.filter(session__in=held.values("pk"), user_id__in=learner_ids, status__in=ATTENDED)
        .values("user_id")
        .annotate(sessions=Count("session_id", distinct=True))
        .values_list("user_id", "sessions")
        .order_by()
    )
    return CellsWithDefault({user_id: _cell(count, total) for user_id, count in attended}, default=_cell(0, total))


def session_lines(cohort, learner_id: int, structure) -> ReportSection | None:
    """The cohort's sessions held so far, each with the date and this learner's attendance. Two queries; no
    section for a cohort that no session invited."""
    now = timezone.now()
    sessions = list(Session.objects.filter(invited_cohorts=cohort).order_by("starts_at", "pk"))
    if not sessions:
        return None
    held = [session for session in sessions if session.starts_at <= now]
    statuses = (
        dict(
            Attendance.objects.filter(session__in=[session.pk for session in held], user_id=learner_id).values_list(
                "session_id", "status"
            )
        )
        if held
        else {}
    )
    attended = sum(statuses.get(session.pk) in ATTENDED for session in held)
    rows = []
    for session in reversed(held):  # the latest first
        status = statuses.get(session.pk)
        rows.append(
            (
                SectionCell(text=session.title),
                SectionCell(moment=session.starts_at, date_format="DATE_FORMAT"),
                SectionCell(
                    text=str(AttendanceStatus(status).label) if status else _("Not recorded"),
                    tone=TONES.get(status, "not_started"),
                ),
            )
        )
    return ReportSection(
        key="sessions",
        heading=_("Sessions"),
        summary=_cell(attended, len(held)).label if held else "",
        columns=(_("Session"), _("Date"), _("Attendance")),
        rows=tuple(rows),
        empty=_("No session of this cohort has taken place yet."),
    )


SESSIONS_ATTENDED = ReportColumn(
    key="sessions",
    header=gettext_lazy("Sessions attended"),
    values=sessions_attended,
    export_headers=(gettext_lazy("Sessions attended"), gettext_lazy("Sessions held")),
    section=session_lines,
    order=20,
)
