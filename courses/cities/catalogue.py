"""“Recommended for your city” in the course catalogue: a badge on each course that the learner's city
pathway recommends (the course itself or some of its modules), with the reasons when opened, and the
course's place in the pathway (the catalogue's strip follows it).

Registered on courses' ``catalogue_course_marks`` hook (see ``wagtail_hooks``), so the catalogue does not
know about cities. The cost is the pathway's, plus one query for the modules' courses, whatever the
number of courses in the catalogue or items in the pathway.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.models import Locale, Page

from courses.catalogue_marks import CatalogueMark
from courses.cities import selectors


def _course_keys(entries: Sequence[selectors.PathwayEntry]) -> list[uuid.UUID]:
    """Each entry's course translation_key (a module's is its course's), in one query."""
    parent_paths = {entry.page.path[: -Page.steplen] for entry in entries if entry.kind == "module"}
    parents = (
        dict(Page.objects.filter(path__in=parent_paths).values_list("path", "translation_key")) if parent_paths else {}
    )
    return [
        entry.page.translation_key if entry.kind == "course" else parents.get(entry.page.path[: -Page.steplen])
        for entry in entries
    ]


def course_marks(request: HttpRequest, courses: Sequence[Page]) -> dict[int, CatalogueMark]:
    """``{course_pk: mark}`` for the catalogue's courses on the learner's city pathway; empty otherwise."""
    membership = selectors.membership_of(request.user)
    if membership is None:
        return {}
    pathway = selectors.city_pathway(city=membership.city, language=Locale.get_active().language_code)
    if not pathway.entries:
        return {}
    by_key = {course.translation_key: course for course in courses}
    # The course's entries (itself and its modules) in pathway order; its rank is its first entry's.
    grouped: dict[uuid.UUID, tuple[int, list[selectors.PathwayEntry]]] = {}
    for position, (entry, key) in enumerate(zip(pathway.entries, _course_keys(pathway.entries), strict=True), 1):
        if key in by_key:
            grouped.setdefault(key, (position, []))[1].append(entry)
    label = pgettext("a badge on one course in the catalogue", "Recommended for your city")
    heading = _("Recommended for your city")  # the dashboard's heading, over the list of courses
    return {
        by_key[key].pk: CatalogueMark(
            label=label,
            heading=heading,
            rank=rank,
            details=render_to_string(
                "cities/includes/catalogue_mark.html", {"entries": entries, "city": membership.city}, request=request
            ),
        )
        for key, (rank, entries) in grouped.items()
    }
