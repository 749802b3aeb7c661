"""A quiz's reader state for the lesson's kept HTML (``courses.templatetags.lesson_body``): every learner
who has not answered it yet sees the same quiz, but for their CSRF token and a fresh submission id; every
reader who may not answer (not enrolled) and never did sees it disabled. Those who answered see their own
answers, and their quiz is rendered for them."""

import uuid

from django.middleware.csrf import get_token

from courses.templatetags.lesson_body import ReaderState


def quiz_reader_state(block, context) -> ReaderState | None:
    if block.block_type != "quiz":
        return None
    request, progress, state = context.get("request"), context.get("lesson_progress"), context.get("learner_state")
    if request is None or progress is None or state is None or state.quiz(block.id).attempts:
        return None
    if not progress.is_enrolled:
        return ReaderState("unanswerable")
    return ReaderState("unanswered", {"csrf_token": get_token(request), "submission_id": str(uuid.uuid4())})
