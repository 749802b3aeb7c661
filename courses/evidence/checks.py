"""Reading a knowledge check: which check a course has in the reader's language, its questions with
their stable ids (as the quiz scoring reads them), its confidence statements, and the order a learner
sees the questions in.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from wagtail.models import Locale

from courses.evidence.models import KnowledgeCheck, Phase


@dataclass(frozen=True)
class Statement:
    id: str
    text: str


def check_for(course_key: uuid.UUID, *, language: str | None = None) -> KnowledgeCheck | None:
    """The course's check in `language` (the active one by default), else in any language it exists in."""
    language = language or Locale.get_active().language_code
    checks = list(KnowledgeCheck.objects.for_course_key(course_key).select_related("locale"))
    return next((check for check in checks if check.locale.language_code == language), None) or (
        checks[0] if checks else None
    )


def questions(check: KnowledgeCheck) -> list[tuple[str, dict, list[tuple[str, dict]]]]:
    """(question id, question value, [(option id, option value), ...]), as quiz scoring reads a quiz."""
    return [
        (child.id, child.value, [(option.id, option.value) for option in child.value["options"].bound_blocks])
        for child in check.questions
    ]


def topics(check: KnowledgeCheck) -> dict[str, str]:
    """Question id → its topic, in the check's language."""
    return {child.id: child.value["topic"] for child in check.questions}


def statements(check: KnowledgeCheck) -> list[Statement]:
    return [Statement(id=child.id, text=child.value) for child in check.confidence_statements]


def shuffled(items: list, *, user_id: int, course_key: uuid.UUID, phase: Phase | str) -> list:
    """The questions in an order of their own for this learner and phase: the same on every reload (so a
    learner who comes back finds the same form), different between the pre and the post check."""
    order = _shuffle(items, f"{user_id}/{course_key}/{phase}")
    if phase == Phase.POST and len(order) > 1 and order == _shuffle(items, f"{user_id}/{course_key}/{Phase.PRE}"):
        order = order[1:] + order[:1]
    return order


def _shuffle(items: list, seed: str) -> list:
    order = list(items)
    random.Random(seed).shuffle(order)  # noqa: S311 (an order to read questions in, not a secret)
    return order
