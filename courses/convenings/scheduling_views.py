"""Scheduling a session outside the admin (/<lang>/trainer/sessions/new/ and …/<id>/edit/): trainers
and programme managers, on a phone if need be. A trainer invites their own cohorts and their cities only
(what ``courses.cohorts.access`` lets them see), and becomes one of the session's organisers; they edit
only the sessions they organise (``attendance.organised_session``: 404 otherwise). Programme managers
may invite anyone and edit any session, here or in the admin. A session that has already taken place may be
recorded too (to take its attendance afterwards); saving one leads to its roster.
"""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.cities.models import City
from courses.cohorts.access import can_use_trainer_area, visible_cities, visible_cohorts
from courses.cohorts.models import Cohort
from courses.convenings import attendance, services
from courses.convenings.attendance_views import staff_view
from courses.convenings.forms import SessionForm
from courses.convenings.models import Session


def _form(request: HttpRequest, session: Session) -> SessionForm:
    cohorts = Q(pk__in=visible_cohorts(request.user).values("pk"))
    cities = Q(pk__in=visible_cities(request.user).values("pk"))
    if session.pk:  # keep what someone else invited: a trainer's save must not drop it
        cohorts |= Q(pk__in=session.invited_cohorts.values("pk"))
        cities |= Q(pk__in=session.invited_cities.values("pk"))
    data = request.POST if request.method == "POST" else None
    return SessionForm(
        data,
        instance=session,
        cohorts=Cohort.objects.filter(cohorts).order_by("name"),
        cities=City.objects.filter(cities),
    )


def _edit(request: HttpRequest, session: Session) -> HttpResponse:
    form = _form(request, session)
    if request.method == "POST" and form.is_valid():
        session = services.save_session(
            session=form.save(commit=False),
            by=request.user,
            invited_cohorts=form.cleaned_data["invited_cohorts"],
            invited_cities=form.cleaned_data["invited_cities"],
            related_pages=form.cleaned_data["related_pages"],
        )
        if session.has_ended:
            # Learners' dashboards list sessions still to come, and nobody registers for one that is over:
            # what is left to do is the attendance, so the trainer lands on the roster.
            messages.success(
                request,
                _(
                    "The session is saved. It has already taken place, so learners cannot register for it: "
                    "take its attendance here."
                ),
            )
            return redirect("session_attendance", pk=session.pk)
        messages.success(request, _("The session is saved. Invited learners see it on their dashboard."))
        return redirect("trainer_sessions")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "convenings/session_form.html", {"form": form, "session": session}, status=status)


@staff_view
@require_http_methods(["GET", "POST"])
def session_new(request: HttpRequest) -> HttpResponse:
    if not can_use_trainer_area(request.user):
        raise Http404
    return _edit(request, Session())


@staff_view
@require_http_methods(["GET", "POST"])
def session_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit(request, attendance.organised_session(request.user, pk))
