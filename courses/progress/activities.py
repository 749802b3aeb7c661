"""Which activities a lesson requires before it can be completed.

Two kinds count: quizzes, scored on the server from the options chosen, and H5P activities,
scored in the learner's browser. A course can decline to count browser-scored results
(``CoursePage.h5p_counts_towards_completion``), so that completion, and the certificate,
rest on server-scored answers only.
"""

from wagtail.blocks import StreamValue, StructValue

from courses.models import CoursePage
from courses.progress.quizzes import raw_blocks, raw_flag, required_quiz_ids

H5P_BLOCK = "h5p"


def h5p_blocks(body: StreamValue) -> list:
    return [body[index] for index, _raw in raw_blocks(body, H5P_BLOCK)]


def has_blocks(body: StreamValue, block_type: str) -> bool:
    """Whether the lesson has a block of this type, from the stored JSON (nothing loaded)."""
    return bool(raw_blocks(body, block_type))


def find_h5p_block(body: StreamValue, block_id: str) -> StructValue | None:
    index = next((index for index, raw in raw_blocks(body, H5P_BLOCK) if raw["id"] == block_id), None)
    return None if index is None else body[index].value


def required_h5p_ids(body: StreamValue, course: CoursePage) -> set[str]:
    if not course.h5p_counts_towards_completion:
        return set()
    return {raw["id"] for _index, raw in raw_blocks(body, H5P_BLOCK) if raw_flag(body, raw, "required")}


def required_activity_ids(body: StreamValue, course: CoursePage) -> set[str]:
    return required_quiz_ids(body) | required_h5p_ids(body, course)
