"""Ranking a city's recommended pathway: its team's answers → courses and modules ordered by need,
each with the answers that led to it. Pure functions over plain data; ``selectors.city_pathway``
loads the data and resolves the items to pages.

The rules are data, set by editors on the questionnaire (``blocks.TagBlock``): an option tagged with a
course, module or track and a weight gives it ``weight × share`` points, where ``share`` is the part of
the team who chose that option; a 1–5 scale question gives its tags ``weight × need``, where need is
(5 − mean rating) / 4. A track's tag counts for each of its courses. Adjustments by trainers then pin
items first or remove them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from courses.cities.questionnaire import MULTIPLE, SCALE, SCALE_MAX, SCALE_MIN, SINGLE, Question, Tag

PIN, REMOVE = "pin", "remove"


@dataclass(frozen=True)
class Reason:
    """An answer that points to an item: the question and option text in the questionnaire's language."""

    question_id: str
    question: str
    answer: str  # the option's text; empty for a scale question
    share: float  # the part of the team who gave this answer (1.0 when everyone did)
    points: float
    rating: float | None = None  # a scale question's mean rating


@dataclass(frozen=True)
class Adjustment:
    page_key: uuid.UUID
    action: str
    note: str = ""


@dataclass
class RankedItem:
    key: uuid.UUID  # the course's or module's translation_key
    score: float = 0.0
    reasons: list[Reason] = field(default_factory=list)
    pinned: bool = False
    note: str = ""


def _targets(tag: Tag, track_courses: Mapping[uuid.UUID, Sequence[uuid.UUID]]) -> Sequence[uuid.UUID]:
    if tag.page_key is not None:
        return (tag.page_key,)
    return track_courses.get(tag.track_key, ())


def _contributions(question: Question, values: Sequence[Any]):
    """(tags, reason fields) pairs for one question's answers across the team."""
    if not values:
        return
    if question.kind in (SINGLE, MULTIPLE):
        chosen: dict[str, int] = {}
        for value in values:
            for option_id in [value] if question.kind == SINGLE else value:
                chosen[option_id] = chosen.get(option_id, 0) + 1
        for option in question.options:
            if option.id in chosen and option.tags:
                yield option.tags, {"answer": option.text, "share": chosen[option.id] / len(values)}
    elif question.kind == SCALE and question.tags:
        rating = sum(values) / len(values)
        need = (SCALE_MAX - rating) / (SCALE_MAX - SCALE_MIN)
        if need > 0:
            yield question.tags, {"answer": "", "share": need, "rating": round(rating, 1)}


def rank(
    *,
    questions: Mapping[str, Question],
    responses: Mapping[str, Sequence[Any]],
    track_courses: Mapping[uuid.UUID, Sequence[uuid.UUID]] | None = None,
    adjustments: Sequence[Adjustment] = (),
    order: Mapping[uuid.UUID, int] | None = None,
) -> list[RankedItem]:
    """Items by need, highest first; pinned items first (in the order pinned), removed items left out.

    ``responses`` maps a question id to each respondent's answer; answers to questions that are no
    longer in the questionnaire count for nothing. Ties keep ``order`` (e.g. the catalogue's order).
    """
    track_courses = track_courses or {}
    order = order or {}
    items: dict[uuid.UUID, RankedItem] = {}
    for question_id, values in responses.items():
        question = questions.get(question_id)
        if question is None:
            continue
        for tags, reason in _contributions(question, values):
            for tag in tags:
                points = round(tag.weight * reason["share"], 4)
                for key in _targets(tag, track_courses):
                    item = items.setdefault(key, RankedItem(key=key))
                    item.score = round(item.score + points, 4)
                    item.reasons.append(
                        Reason(question_id=question.id, question=question.prompt, points=points, **reason)
                    )
    for item in items.values():
        item.reasons.sort(key=lambda reason: -reason.points)

    removed = {a.page_key for a in adjustments if a.action == REMOVE}
    pinned = [a for a in adjustments if a.action == PIN and a.page_key not in removed]
    pinned_keys = [a.page_key for a in pinned]
    for adjustment in adjustments:
        if adjustment.page_key in items or adjustment.action == PIN:
            item = items.setdefault(adjustment.page_key, RankedItem(key=adjustment.page_key))
            item.note = adjustment.note
            item.pinned = adjustment.action == PIN
    ranked = sorted(
        (item for key, item in items.items() if key not in removed and key not in pinned_keys and item.score > 0),
        key=lambda item: (-item.score, order.get(item.key, len(order)), str(item.key)),
    )
    return [items[key] for key in pinned_keys] + ranked
