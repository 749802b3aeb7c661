"""The learner's answer about a module's guide: the form on its own page (GET) and the answer (POST).

A valid answer is saved (or changes the learner's earlier one) and takes the learner back to the module; an
invalid one is shown again with its errors, in the learner's language, and nothing is stored."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from courses.guide_feedback import services
from courses.guide_feedback.forms import GuideFeedbackForm
from courses.guide_feedback.models import GuideFeedback
from courses.guide_feedback.panel import initial_of
from courses.models import ModulePage


def _module(module_id: int) -> ModulePage:
    module = ModulePage.objects.live().public().filter(pk=module_id, source_guidebook__isnull=False).first()
    if module is None:
        raise Http404
    return module


@login_required
@require_http_methods(["GET", "POST"])
def answer(request: HttpRequest, module_id: int) -> HttpResponse:
    module = _module(module_id)
    existing = GuideFeedback.objects.of_user(request.user).for_module(module.translation_key).first()
    if request.method == "GET":
        form = GuideFeedbackForm(initial=initial_of(existing))
        return TemplateResponse(
            request, "guide_feedback/answer.html", {"module": module, "form": form, "answer": existing}
        )
    form = GuideFeedbackForm(request.POST)
    if not form.is_valid():
        context = {"module": module, "form": form, "answer": existing}
        return TemplateResponse(request, "guide_feedback/answer.html", context, status=400)
    services.submit_answer(
        user=request.user, module=module, language=Locale.get_active().language_code, **form.cleaned_data
    )
    messages.success(request, _("Thank you for your answer. You can change it at any time."))
    return redirect(f"{module.get_url(request)}#guide-feedback")
