"""Reading a needs-assessment questionnaire: its pages' StreamField turned into plain, language-bound
dataclasses (sections, questions, options, tags), and the check of an answer against its question.

Tags name courses, modules and tracks by their translation_key, so the ranking works the same on the
Arabic, English and French versions of the questionnaire.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

SINGLE = "single_choice"
MULTIPLE = "multiple_choice"
SCALE = "scale"
TEXT = "short_text"
SCALE_MIN, SCALE_MAX = 1, 5
TEXT_MAX_LENGTH = 1000


@dataclass(frozen=True)
class Tag:
    """One rule: this answer points to this course, module (``page_key``) or track (``track_key``)."""

    weight: int
    page_key: uuid.UUID | None = None
    track_key: uuid.UUID | None = None


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    tags: tuple[Tag, ...] = ()


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    prompt: str
    help_text: str = ""
    options: tuple[Option, ...] = ()
    # Scale questions carry their tags on the question: the lower the rating, the stronger the need.
    tags: tuple[Tag, ...] = ()
    low_label: str = ""
    high_label: str = ""

    def option(self, option_id: str) -> Option | None:
        return next((option for option in self.options if option.id == option_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    intro: str
    questions: tuple[Question, ...] = field(default_factory=tuple)


def _tags(values) -> tuple[Tag, ...]:
    tags = []
    for tag in values or ():
        page, track = tag.get("page"), tag.get("track")
        if page is None and track is None:  # a course or track deleted since: the rule no longer applies
            continue
        tags.append(
            Tag(
                weight=int(tag.get("weight") or 1),
                page_key=page.translation_key if page is not None else None,
                track_key=track.translation_key if track is not None else None,
            )
        )
    return tuple(tags)


def sections_of(page) -> list[Section]:
    """The questionnaire page's sections and questions, in the page's language."""
    sections = []
    for section in page.body:
        questions = []
        for child in section.value["questions"]:
            value = child.value
            if child.block_type in (SINGLE, MULTIPLE):
                options = tuple(
                    Option(id=item.id, text=item.value["text"], tags=_tags(item.value["tags"]))
                    for item in value["options"].bound_blocks
                )
                questions.append(
                    Question(child.id, child.block_type, value["prompt"], value["help_text"], options=options)
                )
            elif child.block_type == SCALE:
                questions.append(
                    Question(
                        child.id,
                        SCALE,
                        value["prompt"],
                        value["help_text"],
                        tags=_tags(value["tags"]),
                        low_label=value["low_label"],
                        high_label=value["high_label"],
                    )
                )
            else:
                questions.append(Question(child.id, TEXT, value["prompt"], value["help_text"]))
        sections.append(Section(section.id, section.value["heading"], section.value["intro"], tuple(questions)))
    return sections


def questions_of(page) -> dict[str, Question]:
    return {question.id: question for section in sections_of(page) for question in section.questions}


def clean_value(question: Question, value: Any) -> Any:
    """The answer in its stored form, or ValidationError. ``None`` (or an empty answer) clears it."""
    if value in (None, "", []):
        return None
    if question.kind == SINGLE:
        if not isinstance(value, str) or question.option(value) is None:
            raise ValidationError(_("Choose one of the options."))
        return value
    if question.kind == MULTIPLE:
        if not isinstance(value, list) or any(not isinstance(v, str) or question.option(v) is None for v in value):
            raise ValidationError(_("Choose among the options."))
        # Stored in the questionnaire's order, once each.
        return [option.id for option in question.options if option.id in value]
    if question.kind == SCALE:
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = None
        if number is None or isinstance(value, bool) or not SCALE_MIN <= number <= SCALE_MAX:
            raise ValidationError(_("Choose a number from 1 to 5."))
        return number
    if not isinstance(value, str):
        raise ValidationError(_("Write a short text."))
    text = value.strip()
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError(_("Keep it under 1,000 characters."))
    return text or None
