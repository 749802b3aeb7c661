"""Sessions in the programme report (courses.evidence.report_measures): for the report's learners and period,
the sessions held (started in the period, with one of them registered or present), the registrations (places
confirmed, not waiting or cancelled) and the attendances (present or late). Two queries whatever the number of
learners; the report hides registrations and attendances of 1 to 4 as it hides its own counts of people, and
shows the sessions held as they are (``not_people``).
"""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.convenings.models import ATTENDED, Attendance, Registration, RegistrationStatus
from courses.evidence.report_measures import MeasureScope, ReportMeasure, register_report_measure

HELD, REGISTRATIONS, ATTENDANCES = "sessions_held", "registrations", "attended"


def _session_period(scope: MeasureScope) -> Q:
    q = Q(session__starts_at__lt=timezone.now())  # held: started already
    if scope.since:
        q &= Q(session__starts_at__gte=scope.since)
    if scope.until:
        q &= Q(session__starts_at__lt=scope.until)
    return q


def count_attendance(scope: MeasureScope) -> dict[str, int]:
    in_scope = Q(user_id__in=scope.population_ids) & _session_period(scope)
    registered = list(
        Registration.objects.filter(in_scope, status=RegistrationStatus.REGISTERED)
        .order_by()
        .values_list("session_id", flat=True)
    )
    attended = list(
        Attendance.objects.filter(in_scope, status__in=ATTENDED).order_by().values_list("session_id", flat=True)
    )
    return {HELD: len(set(registered) | set(attended)), REGISTRATIONS: len(registered), ATTENDANCES: len(attended)}


ATTENDANCE = ReportMeasure(
    key="attendance",
    title=lambda: _("Sessions and attendance"),
    rows=(
        (HELD, lambda: _("Sessions held")),
        (REGISTRATIONS, lambda: _("Registrations")),
        (ATTENDANCES, lambda: _("Attended (present or late)")),
    ),
    count=count_attendance,
    not_people=frozenset({HELD}),  # sessions are not people: shown exactly, never "fewer than 5"
)

# Imported once, from ConveningsConfig.ready().
register_report_measure(ATTENDANCE)
