"""Template access to H5P blocks: the lesson's template asks, the player module answers."""

import dataclasses

from django import template
from django.utils.translation import get_language_info

from courses.h5p import player
from courses.progress.activities import h5p_blocks

register = template.Library()


@register.simple_tag(takes_context=True)
def h5p_activity(context, block_id: str, value):
    view = activity_view_for(context, block_id, value)
    # The lesson's kept HTML gives a slot for the signed address, which it fills for each response.
    frame_url = context.get("h5p_frame_url")
    return dataclasses.replace(view, frame_url=frame_url) if frame_url and view.frame_url else view


def activity_view_for(context, block_id: str, value) -> player.ActivityView:
    """The activity as this page's reader may see it."""
    request = context["request"]
    lesson = context.get("page")
    progress = context.get("lesson_progress")
    state = context.get("learner_state")
    user = request.user
    enrolled = bool(progress and progress.is_enrolled)
    # Editors preview without enrolling; an enrolled learner is not asked (two permission queries a page).
    is_editor = user.is_authenticated and not enrolled and user.has_perm("h5p.view_h5ppackage")
    counts = progress is None or progress.course.h5p_counts_towards_completion
    return player.activity_view(
        request=request,
        lesson=lesson,
        block_id=block_id,
        value=value,
        counts_towards_completion=counts,
        may_play=user.is_authenticated and lesson is not None and (enrolled or is_editor),
        result=state.activity(block_id) if state else None,
    )


@register.filter
def has_h5p(page) -> bool:
    body = getattr(page, "body", None)
    return bool(body) and bool(h5p_blocks(body))


def _lesson_direction(language: str) -> str:
    try:
        return "rtl" if get_language_info(language)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


@register.filter
def frame_direction(package, language: str) -> str:
    """The player frame's ``dir``: the content's own direction, else the lesson's (the learner's language)."""
    return package.content_dir or _lesson_direction(language)


@register.filter
def frame_language(package, language: str) -> str:
    """The frame's ``lang``: h5p.json's language; else the lesson's when the content reads the same way;
    else "und" (a Hub export in English inside an Arabic lesson is not Arabic, and which language it is
    nobody said)."""
    if package.language:
        return package.language
    return language if frame_direction(package, language) == _lesson_direction(language) else "und"
