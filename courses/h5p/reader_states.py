"""An H5P activity's reader state for the lesson's kept HTML (``courses.templatetags.lesson_body``): every
enrolled learner without a result sees the same ready activity, but for their CSRF token and the signed
address of their player frame. Anyone else (with a result, an editor previewing, a visitor, a package not
ready) has it rendered for them."""

from django.middleware.csrf import get_token

from courses.h5p.player import Availability
from courses.h5p.templatetags.h5p_tags import activity_view_for
from courses.progress.activities import H5P_BLOCK
from courses.templatetags.lesson_body import ReaderState


def h5p_reader_state(block, context) -> ReaderState | None:
    if block.block_type != H5P_BLOCK:
        return None
    request, progress, state = context.get("request"), context.get("lesson_progress"), context.get("learner_state")
    if request is None or progress is None or not progress.is_enrolled or state is None:
        return None
    if state.activity(block.id) is not None:
        return None
    view = activity_view_for(context, block.id, block.value)
    if view.availability != Availability.READY:
        return None
    # The hosts it streams from come from the settings, which a deployment may change: part of the state.
    return ReaderState(
        "ready:" + ",".join(view.streamed_hosts),
        {"csrf_token": get_token(request), "h5p_frame_url": view.frame_url},
    )
