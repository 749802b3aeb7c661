"""Attendance pages: the sessions one runs (/<lang>/trainer/sessions/, the past ones a page at a time with
``?page=``), the trainer's roster on a phone (/<lang>/trainer/sessions/<id>/attendance/), the QR code for
the room's screen (/<lang>/trainer/sessions/<id>/check-in-code/), the learners' feedback
(/<lang>/trainer/sessions/<id>/feedback/), and the learner's check-in (/<lang>/sessions/check-in/<token>/:
a page with one button, since a write must be a POST with CSRF).

Organisers of the session and programme managers only (``attendance.organised_session``; 404 otherwise).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from courses.convenings import attendance, feedback
from courses.convenings.models import Attendance
from lms.accounts.mfa_required import mfa_required
from lms.qr import qr_data_uri

STATUS_FIELD = "status-{}"


def staff_view(view):
    """Logged in, and (staff roles) with two-factor authentication set up."""
    return login_required(mfa_required(view))


@staff_view
@require_http_methods(["GET"])
def session_list(request: HttpRequest) -> HttpResponse:
    """The sessions the user runs: those still to come (or under way), each with its roster and check-in
    code, then the past ones a page at a time, each with its roster and feedback; 404 for anyone who runs
    none."""
    if not attendance.runs_sessions(request.user):
        raise Http404
    context = {
        "sessions": attendance.sessions_to_take(request.user),
        "past": attendance.past_sessions(request.user, page=request.GET.get("page")),
    }
    return TemplateResponse(request, "convenings/trainer_sessions.html", context)


@staff_view
@require_http_methods(["GET", "POST"])
def roster(request: HttpRequest, pk: int) -> HttpResponse:
    session = attendance.organised_session(request.user, pk)
    if request.method == "POST":
        statuses = {
            key.removeprefix("status-"): value
            for key, value in request.POST.items()
            if key.startswith("status-") and key.removeprefix("status-").isdigit()
        }
        try:
            attendance.take_attendance(session=session, recorded_by=request.user, statuses=statuses)
        except attendance.AttendanceNotOpen:
            return _roster_page(request, session, status=400)
        messages.success(request, _("Attendance saved."))
        return redirect("session_attendance", pk=session.pk)
    return _roster_page(request, session)


def _roster_page(request: HttpRequest, session, *, status: int = 200) -> TemplateResponse:
    """The roster; before attendance opens, the registered learners without choices, and when it opens."""
    roster = attendance.roster(session)
    rows = roster.rows
    context = {
        "session": session,
        "rows": rows,
        "of_invited": roster.of_invited,
        "taken": sum(1 for row in rows if row.attendance),
        "opens": attendance.attendance_opens(session),
        "is_open": attendance.roster_is_open(session),
        "refused": status == 400,
    }
    return TemplateResponse(request, "convenings/attendance.html", context, status=status)


@staff_view
@require_http_methods(["GET"])
def check_in_code(request: HttpRequest, pk: int) -> HttpResponse:
    session = attendance.organised_session(request.user, pk)
    url = request.build_absolute_uri(reverse("session_check_in", args=[attendance.check_in_token(session)]))
    opens, closes = attendance.check_in_window(session)
    context = {
        "session": session,
        "qr": qr_data_uri(url, scale=8, border=2),
        "url": url,
        "opens": opens,
        "closes": closes,
    }
    return TemplateResponse(request, "convenings/check_in_code.html", context)


@staff_view
@require_http_methods(["GET"])
def feedback_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The learners' feedback on the session, without names, in detail from five answers on."""
    session = attendance.organised_session(request.user, pk)
    context = {"session": session, "report": feedback.report(session)}
    return TemplateResponse(request, "convenings/session_feedback.html", context)


REFUSALS = {
    attendance.CheckInRefused.INVALID: gettext_lazy(
        "This check-in code is not valid. Scan the code on the room's screen again."
    ),
    attendance.CheckInRefused.NOT_OPEN: gettext_lazy(
        "Check-in has not opened yet: it opens 30 minutes before the session starts."
    ),
    attendance.CheckInRefused.OVER: gettext_lazy("Check-in is closed: the session has ended."),
    attendance.CheckInRefused.NOT_REGISTERED: gettext_lazy(
        "You are not registered for this session, so you cannot check in. Speak to the trainer."
    ),
}


@login_required
@require_http_methods(["GET", "POST"])
def check_in(request: HttpRequest, token: str) -> HttpResponse:
    context = {"token": token}
    if request.method == "POST":
        try:
            record, created = attendance.check_in(user=request.user, token=token)
        except attendance.CheckInRefused as refusal:
            context.update(refusal=str(REFUSALS[refusal.code]), session=refusal.session)
            return TemplateResponse(request, "convenings/check_in.html", context, status=400)
        context.update(session=record.session, attendance=record, created=created)
        return TemplateResponse(request, "convenings/check_in.html", context)
    try:
        context["session"] = attendance.session_for_token(token)
        # Say at once that the learner is already checked in, or why a check-in would be refused.
        context["attendance"] = Attendance.objects.filter(session=context["session"], user=request.user).first()
        if context["attendance"] is None:
            attendance.refuse_check_in(user=request.user, session=context["session"])
    except attendance.CheckInRefused as refusal:
        context["session"] = refusal.session
        context["refusal"] = str(REFUSALS[refusal.code])
        return TemplateResponse(request, "convenings/check_in.html", context, status=400)
    return TemplateResponse(request, "convenings/check_in.html", context)
