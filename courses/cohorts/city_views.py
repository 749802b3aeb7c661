"""City pages for trainers and programme managers: /<lang>/trainer/cities/ (the cities they may see) and
/<lang>/trainer/cities/<id>/ (one city's page), and the one write, adjusting the city's pathway.

Every city is looked up through ``access.visible_cities``: a city outside the viewer's scope is a 404,
never a 403 that would confirm it exists. The pathway form is a POST with CSRF that goes through
``courses.cities.services.adjust_pathway`` (which checks again who may act) and can be sent twice.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale, Page

from courses.cities import services
from courses.cities.models import AdjustmentAction, City
from courses.cohorts import access, city_page
from courses.cohorts.views import trainer_area

UNDO = "undo"


def _city(request: HttpRequest, city_id: int) -> City:
    return get_object_or_404(access.visible_cities(request.user), pk=city_id)


def _page(
    request: HttpRequest, city: City, *, status: int = 200, error: str = "", item: Page | None = None, note: str = ""
) -> TemplateResponse:
    """The city's page; after a refused change, with the error next to the form it came from."""
    page = city_page.city_page(city=city, viewer=request.user, language=Locale.get_active().language_code)
    on_pathway = item is not None and any(
        entry.page.pk == item.pk for entry in [*page.pathway.entries, *page.pathway.removed]
    )
    context = {
        "page": page,
        "error": error,
        "error_item": item.pk if on_pathway else None,
        "error_new": bool(error) and not on_pathway,
        "note": note,
        "chosen": item.pk if item is not None else None,
    }
    return TemplateResponse(request, "cohorts/city.html", context, status=status)


@trainer_area
@require_GET
def city_list(request: HttpRequest) -> TemplateResponse:
    search = request.GET.get("q", "").strip()[:120]
    return TemplateResponse(
        request,
        "cohorts/city_list.html",
        {
            "cards": city_page.city_cards(request.user, search=search),
            "search": search,
            "sees_all": access.sees_all_cohorts(request.user),
        },
    )


@trainer_area
@require_GET
def city_detail(request: HttpRequest, city_id: int) -> TemplateResponse:
    return _page(request, _city(request, city_id))


@trainer_area
@require_POST
def adjust_pathway(request: HttpRequest, city_id: int) -> HttpResponse:
    """Pin an item to the top of the pathway or take it off, with a note for the team; or undo that."""
    city = _city(request, city_id)
    page_id = request.POST.get("page", "")
    page = Page.objects.filter(pk=int(page_id)).first() if page_id.isdigit() else None
    if page is None:
        raise Http404
    action = request.POST.get("action", "")
    if action not in (*AdjustmentAction.values, UNDO):
        return _page(request, city, status=400, error=_("Pin or remove."), item=page)
    note = request.POST.get("note", "")
    try:
        services.adjust_pathway(
            city=city, page=page, action="" if action == UNDO else action, note=note, user=request.user
        )
    except PermissionDenied:
        # Seen but not adjustable cannot happen today (both rules are "programme manager or the city's
        # trainer"); if they ever differ, say nothing more than a missing city would.
        raise Http404 from None
    except ValidationError as invalid:
        return _page(request, city, status=400, error=" ".join(invalid.messages), item=page, note=note)
    done = {
        AdjustmentAction.PIN: _("Pinned to the top of the pathway. The team sees your note."),
        AdjustmentAction.REMOVE: _("Taken off the pathway. The team sees your note."),
        UNDO: _("Your change to the pathway is undone."),
    }
    messages.success(request, done[action])
    return redirect(reverse("trainer_city", args=[city.pk]) + "#pathway")
