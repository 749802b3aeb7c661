"""The feedback form under a module based on a guidebook, given to the module page through courses'
``MODULE_PAGE_PANELS`` hook: nothing for a visitor who is not logged in or a module without a guide, the
empty form for a first answer, and the learner's answer (to change) once they have given one. One query."""

from __future__ import annotations

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from courses.guide_feedback.forms import GuideFeedbackForm
from courses.guide_feedback.models import GuideFeedback
from courses.models import ModulePage


def initial_of(answer: GuideFeedback | None) -> dict:
    if answer is None:
        return {}
    return {"rating": answer.rating, "comment": answer.comment, "missing": answer.missing}


def feedback_panel(request: HttpRequest, page: ModulePage) -> SafeString | None:
    if not page.source_guidebook_id or not request.user.is_authenticated:
        return None
    answer = GuideFeedback.objects.of_user(request.user).for_module(page.translation_key).first()
    form = GuideFeedbackForm(initial=initial_of(answer))
    return render_to_string(
        "guide_feedback/includes/panel.html", {"module": page, "form": form, "answer": answer}, request=request
    )
