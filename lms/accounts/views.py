"""The learner's own account pages: profile, data download, deletion."""

import json

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lms.accounts import services
from lms.accounts.forms import DeleteAccountForm, ProfileForm
from lms.languages.cookie import set_language_cookie


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        # The profile and what other apps' fields store (the city) are saved together or not at all.
        with transaction.atomic():
            user = form.save()
            notes = form.save_extensions(user)
        messages.success(request, _("Your profile is saved."))
        for note in notes:
            messages.info(request, note)
        response = redirect("account_profile")
        if user.preferred_language:
            set_language_cookie(response, user.preferred_language)
        return response
    return TemplateResponse(request, "account/profile.html", {"form": form})


@login_required
@require_GET
def download_data(request: HttpRequest) -> HttpResponse:
    data = services.export_personal_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="my-young-cities-academy-data.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    # Guessing the password from an open session is throttled like any re-authentication.
    throttled = request.method == "POST" and ratelimit.consume_or_429(
        request, action="reauthenticate", user=request.user
    )
    if throttled:
        return throttled
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user=user)
        messages.success(request, _("Your account and personal data have been deleted."))
        return redirect("/")
    return TemplateResponse(request, "account/delete_account.html", {"form": form})
