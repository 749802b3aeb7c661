"""Which activities a lesson requires before it can be completed.

Two kinds count: quizzes, scored on the server from the options chosen, and H5P activities,
scored in the learner's browser. A course can decline to count browser-scored results
(``CoursePage.h5p_counts_towards_completion``), so that completion, and the certificate,
rest on server-scored answers only.
"""

from wagtail.blocks import StreamValue, StructValue

from courses.models import CoursePage
from courses.progress.quizzes import required_quiz_ids

H5P_BLOCK = "h5p"


def h5p_blocks(body: StreamValue) -> list:
    return [child for child in body if child.block_type == H5P_BLOCK]


def find_h5p_block(body: StreamValue, block_id: str) -> StructValue | None:
    return next((child.value for child in h5p_blocks(body) if child.id == block_id), None)


def required_h5p_ids(body: StreamValue, course: CoursePage) -> set[str]:
    if not course.h5p_counts_towards_completion:
        return set()
    return {child.id for child in h5p_blocks(body) if child.value.get("required")}


def required_activity_ids(body: StreamValue, course: CoursePage) -> set[str]:
    return required_quiz_ids(body) | required_h5p_ids(body, course)
