"""A learner's session pages: the session (/<lang>/sessions/<id>/), registering and cancelling (POST with
CSRF), its calendar file (/<lang>/sessions/<id>/session.ics), and the feedback after it
(/<lang>/sessions/<id>/feedback/, POST; the form is on the session page and the dashboard).

Every view finds the session through ``selectors.invited_session``: a learner who is not invited gets
404, as for a session that does not exist. Writes go through ``services`` and can be sent twice.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from courses.convenings import feedback, ics, selectors, services
from courses.convenings.forms import SessionFeedbackForm
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
    context.update(_feedback_context(request, session))
    return TemplateResponse(request, "convenings/session.html", context)


def _feedback_context(request: HttpRequest, session, form: SessionFeedbackForm | None = None) -> dict:
    """The feedback form for a learner who attended the session once it has ended; nothing otherwise."""
    if not session.has_ended or not feedback.can_give_feedback(user=request.user, session=session):
        return {}
    answer = feedback.own_feedback(user=request.user, session=session)
    if form is None:
        initial = (
            {"usefulness": answer.usefulness, "will_apply": answer.will_apply, "comment": answer.comment}
            if answer
            else {}
        )
        form = SessionFeedbackForm(initial=initial)
    return {"feedback_form": form, "answered": answer is not None}


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


@login_required
@require_POST
def session_feedback(request: HttpRequest, pk: int) -> HttpResponse:
    """Store the learner's feedback (again: replaced). From the dashboard (``next=dashboard``) it goes back there."""
    session = selectors.invited_session(request.user, pk)
    form = SessionFeedbackForm(request.POST)
    if form.is_valid():
        try:
            feedback.give_feedback(user=request.user, session=session, **form.cleaned_data)
        except feedback.FeedbackRefused as refusal:
            messages.error(request, str(FEEDBACK_REFUSALS[refusal.code]))
        else:
            messages.success(request, _("Thank you: your feedback is saved."))
            if request.POST.get("next") == "dashboard":
                return redirect("my_learning")
        return redirect("session_detail", pk=session.pk)
    context = {
        "card": selectors.session_card(request.user, session),
        "session": session,
        "reader_zone": selectors.zone_label(selectors.reader_zone(request.user)),
        "session_zone": selectors.zone_label(session.time_zone),
    }
    context.update(_feedback_context(request, session, form))
    if "feedback_form" not in context:
        raise Http404
    return TemplateResponse(request, "convenings/session.html", context, status=400)


FEEDBACK_REFUSALS = {
    feedback.FeedbackRefused.NOT_ENDED: gettext_lazy("Feedback opens when the session has ended."),
    feedback.FeedbackRefused.NOT_ATTENDED: gettext_lazy(
        "Only learners marked present at the session can give feedback on it."
    ),
}
