"""A learner's city pages: their city and its team (/<lang>/city/), and the city's needs assessment
(/<lang>/city/assessment/): start it, save a draft, submit it, or read the submitted result.

The city is always the learner's own (their CityMembership), never one named in the URL or the form,
and the assessment is always that city's: no id in a request is read. Writes are POST with CSRF, go
through ``services`` (which check who may act) and can be sent twice without harm.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from courses.cities import selectors, services
from courses.cities.answer_sheet import answer_sheet, posted_answers, sections_for
from courses.cities.models import CityRequest


def _language() -> str:
    return Locale.get_active().language_code


def _no_city(request: HttpRequest) -> TemplateResponse:
    """The way to the profile's choice of city, and the learner's "not listed" request if they sent one."""
    open_request = CityRequest.objects.open().filter(user=request.user).first()
    return TemplateResponse(request, "cities/no_city.html", {"open_request": open_request})


def _assessment_page(request: HttpRequest, mine: selectors.MyCity, **context) -> TemplateResponse:
    """The draft as a form, else the last submitted assessment read-only, else a way to start one."""
    language = _language()
    status = context.pop("status", 200)
    if mine.draft is not None and "sheet" not in context:
        context["sheet"] = answer_sheet(assessment=mine.draft, user=request.user, language=language)
    if mine.draft is None and mine.last_submitted is not None:
        context["result"] = selectors.assessment_result(assessment=mine.last_submitted, language=language)
    return TemplateResponse(request, "cities/assessment.html", {"mine": mine, **context}, status=status)


@login_required
@require_GET
def my_city(request: HttpRequest) -> TemplateResponse:
    mine = selectors.my_city(user=request.user)
    if mine is None:
        return _no_city(request)
    return TemplateResponse(request, "cities/my_city.html", {"mine": mine})


@login_required
@require_GET
def assessment(request: HttpRequest) -> TemplateResponse:
    mine = selectors.my_city(user=request.user)
    if mine is None:
        return _no_city(request)
    return _assessment_page(request, mine)


@login_required
@require_POST
def start_assessment(request: HttpRequest) -> HttpResponse:
    """Start the city's assessment (a re-assessment begins as a copy); the existing draft if there is one."""
    mine = selectors.my_city(user=request.user)
    if mine is None:
        return _no_city(request)
    questionnaire = selectors.current_questionnaire(_language())
    if questionnaire is None:
        messages.error(request, _("There is no questionnaire to fill in yet. Please try again later."))
        return redirect("city_assessment")
    try:
        services.start_assessment(city=mine.city, questionnaire=questionnaire, user=request.user)
    except PermissionDenied as refused:
        return HttpResponseForbidden(str(refused))
    return redirect("city_assessment")


@login_required
@require_POST
def save_assessment(request: HttpRequest) -> HttpResponse:
    """ "Save draft" (every member) or "Submit" (the lead): the answers go to the city's own draft."""
    mine = selectors.my_city(user=request.user)
    if mine is None:
        return _no_city(request)
    if mine.draft is None:
        # Submitted meanwhile (or this is the same click sent twice): nothing left to change.
        messages.info(request, _("This assessment was submitted: it can no longer be changed."))
        return redirect("city_assessment")
    sections = sections_for(assessment=mine.draft, language=_language())
    answers = posted_answers(sections, request.POST)
    submitting = request.POST.get("action") == "submit"
    try:
        if submitting:
            services.submit_answers(assessment=mine.draft, user=request.user, answers=answers)
        else:
            services.save_answers(assessment=mine.draft, user=request.user, answers=answers)
    except PermissionDenied as refused:
        return HttpResponseForbidden(str(refused))
    except ValidationError as invalid:
        errors = _errors(invalid)
        if not errors:  # about the assessment as a whole (e.g. nothing answered yet)
            messages.error(request, " ".join(invalid.messages))
        sheet = answer_sheet(
            assessment=mine.draft,
            user=request.user,
            language=_language(),
            sections=sections,
            posted=answers,
            errors=errors,
        )
        return _assessment_page(request, mine, sheet=sheet, status=400)
    if submitting:
        messages.success(request, _("Your city's assessment is submitted. Thank you!"))
    else:
        messages.success(request, _("Your answers are saved. You can come back and change them until it is submitted."))
    return redirect("city_assessment")


def _errors(invalid: ValidationError) -> dict[str, str]:
    if not hasattr(invalid, "error_dict"):
        return {}
    return {question_id: messages_[0] for question_id, messages_ in invalid.message_dict.items()}
