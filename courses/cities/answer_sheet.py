"""A team member's answer sheet: the city's draft assessment as a form, in the member's language.

The questionnaire's sections and questions come with the member's own answers (or, after a refused
save, what they just sent and why it was refused). ``posted_answers`` reads a form post back into
question id → value, by each question's kind, for ``services.save_answers`` to check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.http import QueryDict

from courses.cities.models import AssessmentAnswer, CityAssessment
from courses.cities.questionnaire import MULTIPLE, SCALE, SCALE_MAX, SCALE_MIN, Question, Section, sections_of
from courses.cities.selectors import questionnaire_page

FIELD_PREFIX = "q-"
SCALE_POINTS = tuple(range(SCALE_MIN, SCALE_MAX + 1))


@dataclass
class SheetQuestion:
    question: Question
    field_name: str
    selected: set[str] = field(default_factory=set)  # chosen option ids (single and multiple choice)
    rating: int | None = None
    text: str = ""
    error: str = ""


@dataclass
class SheetSection:
    section: Section
    questions: list[SheetQuestion]


@dataclass
class AnswerSheet:
    assessment: CityAssessment
    sections: list[SheetSection]
    scale_points: tuple[int, ...] = SCALE_POINTS


def sections_for(*, assessment: CityAssessment, language: str) -> list[Section]:
    """The assessment's questionnaire, in this language when translated. One query."""
    page = questionnaire_page(assessment.questionnaire_key, language)
    return sections_of(page) if page is not None else []


def _item(question: Question, value: Any, error: str) -> SheetQuestion:
    item = SheetQuestion(question=question, field_name=f"{FIELD_PREFIX}{question.id}", error=error)
    if value in (None, "", []):
        return item
    if question.kind == MULTIPLE:
        item.selected = {str(v) for v in value} if isinstance(value, list) else set()
    elif question.kind == SCALE:
        try:
            item.rating = int(value)
        except (TypeError, ValueError):
            item.rating = None
    elif question.options:
        item.selected = {str(value)}
    else:
        item.text = str(value)
    return item


def answer_sheet(
    *,
    assessment: CityAssessment,
    user,
    language: str,
    sections: list[Section] | None = None,
    posted: Mapping[str, Any] | None = None,
    errors: Mapping[str, str] | None = None,
) -> AnswerSheet:
    """The questionnaire with this member's saved answers, or with ``posted`` ones and their ``errors``."""
    values = posted
    if values is None:
        values = dict(
            AssessmentAnswer.objects.filter(assessment=assessment, user=user).values_list("question_id", "value")
        )
    errors = errors or {}
    if sections is None:
        sections = sections_for(assessment=assessment, language=language)
    return AnswerSheet(
        assessment=assessment,
        sections=[
            SheetSection(section, [_item(q, values.get(q.id), errors.get(q.id, "")) for q in section.questions])
            for section in sections
        ],
    )


def posted_answers(sections: list[Section], data: QueryDict) -> dict[str, Any]:
    """Every question of the questionnaire → the value sent. A question left blank sends nothing, and
    is cleared; fields that name no question (an assessment or city id, say) are never read."""
    answers: dict[str, Any] = {}
    for section in sections:
        for question in section.questions:
            name = f"{FIELD_PREFIX}{question.id}"
            answers[question.id] = data.getlist(name) if question.kind == MULTIPLE else data.get(name, "")
    return answers
