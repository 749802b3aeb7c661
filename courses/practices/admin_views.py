"""The moderators' list of practices shared by cities in the Wagtail admin: who shared what, how they want
to be credited, where moderation stands, with a link to the case study (where the workflow's actions are).

Readers need to be able to change case studies (Editors and Moderators can); anyone else gets a 404."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from courses.practices import selectors

PERMISSION = "courses.change_casestudy"


def can_read(user) -> bool:
    return user.is_authenticated and user.has_perm(PERMISSION)


@require_GET
def practice_index(request: HttpRequest) -> TemplateResponse:
    if not can_read(request.user):
        raise Http404
    return TemplateResponse(
        request,
        "practices/admin/index.html",
        {"title": _("Practices shared by cities"), "submissions": selectors.all_practices()},
    )
