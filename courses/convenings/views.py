"""A learner's session pages: the session (/<lang>/sessions/<id>/), registering and cancelling (POST with
CSRF), and its calendar file (/<lang>/sessions/<id>/session.ics).

Every view finds the session through ``selectors.invited_session``: a learner who is not invited gets
404, as for a session that does not exist. Writes go through ``services`` and can be sent twice.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.convenings import ics, selectors, services
from courses.convenings.models import RegistrationStatus


@login_required
@require_GET
def session_detail(request: HttpRequest, pk: int) -> TemplateResponse:
    session = selectors.invited_session(request.user, pk)
    card = selectors.session_card(request.user, session)
    context = {
        "card": card,
        "session": session,
        "reader_zone": selectors.zone_label(selectors.reader_zone(request.user)),
        "session_zone": selectors.zone_label(session.time_zone),
    }
    return TemplateResponse(request, "convenings/session.html", context)


@login_required
@require_POST
def session_register(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.invited_session(request.user, pk)
    try:
        registration = services.register(user=request.user, session=session)
    except services.SessionOver:
        messages.error(request, _("This session has ended."))
    else:
        if registration.status == RegistrationStatus.REGISTERED:
            messages.success(request, _("You are registered. A confirmation is on its way to your e-mail."))
        else:
            messages.info(
                request, _("The session is full: you are on the waiting list. We will e-mail you if a place frees up.")
            )
    return redirect("session_detail", pk=session.pk)


@login_required
@require_POST
def session_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.invited_session(request.user, pk)
    try:
        services.cancel(user=request.user, session=session)
    except services.SessionOver:
        messages.error(request, _("This session has ended."))
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect("session_detail", pk=session.pk)


@login_required
@require_GET
def session_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.invited_session(request.user, pk)
    url = request.build_absolute_uri(redirect("session_detail", pk=session.pk).url)
    text = ics.calendar(session, host=request.get_host(), url=url)
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response
