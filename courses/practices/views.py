"""A learner's practices: "My practices" (/<lang>/practices/), sharing one (/<lang>/practices/new/) and
editing one not yet published (/<lang>/practices/<id>/edit/).

Every view finds the practice through ``selectors.own_practice``: another learner's is a 404. Writes are
POST with CSRF, go through ``services`` and can be sent twice (the form carries its submission key).
"""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from courses.practices import forms, selectors, services


@login_required
@require_GET
def practice_list(request: HttpRequest) -> TemplateResponse:
    return TemplateResponse(
        request, "practices/practice_list.html", {"submissions": selectors.my_practices(request.user)}
    )


def _submission_key(request: HttpRequest) -> uuid.UUID | None:
    try:
        return uuid.UUID(request.POST.get("submission_key", ""))
    except ValueError:
        return None


@login_required
@require_http_methods(["GET", "POST"])
def practice_new(request: HttpRequest) -> HttpResponse:
    key = uuid.uuid4()
    if request.method == "POST":
        form = forms.PracticeForm(request.POST)
        key = _submission_key(request)
        if key is None:
            form.add_error(None, _("The form was incomplete. Please send it again."))
            key = uuid.uuid4()
        elif form.is_valid():
            try:
                services.submit_practice(
                    user=request.user,
                    data=form.practice(),
                    language=form.cleaned_data["language"],
                    submission_key=key,
                )
            except services.PracticeError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Thank you. Your practice is with the moderators, who will review it."))
                return redirect("practice_list")
    else:
        form = forms.PracticeForm(initial=forms.initial_for(request.user, language=translation.get_language()))
    return TemplateResponse(
        request, "practices/practice_form.html", {"form": form, "submission_key": key, "submission": None}
    )


@login_required
@require_http_methods(["GET", "POST"])
def practice_edit(request: HttpRequest, pk: int) -> HttpResponse:
    submission = selectors.own_practice(request.user, pk)
    if not submission.is_editable:
        messages.info(request, _("This practice is published: it can no longer be changed here."))
        return redirect("practice_list")
    if request.method == "POST":
        form = forms.PracticeForm(request.POST, editing=True)
        if form.is_valid():
            try:
                services.edit_practice(submission=submission, user=request.user, data=form.practice())
            except services.PracticeError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Your changes are saved and sent to the moderators again."))
                return redirect("practice_list")
    else:
        form = forms.PracticeForm(initial=forms.initial_from(submission.case_study, submission.credit), editing=True)
    return TemplateResponse(request, "practices/practice_form.html", {"form": form, "submission": submission})
