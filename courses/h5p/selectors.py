"""H5P reads for the learner: the resume state the lesson page loads before it saves over it.

The state is read with the same checks as it is written (enrolled learner, a block that exists),
and comes with its ETag, which the next write sends back as If-Match.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from courses.h5p.models import H5PState
from courses.h5p.services import state_etag
from courses.models import LessonPage
from courses.progress import activities
from courses.progress import services as progress
from courses.progress.selectors import course_of
from lms.accounts.models import User


@dataclass(frozen=True)
class SavedState:
    data: str
    etag: str


def saved_state(*, user: User, lesson: LessonPage, block_id: str) -> SavedState | None:
    """This learner's state for one block, or None when nothing is saved yet."""
    progress.require_enrolment(user, course_of(lesson))
    if activities.find_h5p_block(lesson.body, block_id) is None:
        raise progress.UnknownActivity(_("This activity no longer exists. Reload the lesson."))
    data = (
        H5PState.objects.filter(user=user, lesson_key=lesson.translation_key, block_id=block_id)
        .values_list("data", flat=True)
        .first()
    )
    return None if data is None else SavedState(data=data, etag=state_etag(data))
