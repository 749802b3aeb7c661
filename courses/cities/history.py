"""A city's needs assessments over time, for its trainers and programme managers: every assessment dated,
with how many answered, and what changed between the last two submitted ones — the answers whose team
consensus changed, and the pathway items that moved up or down, came in or dropped out.

Pathway moves compare the two assessments' rankings by the team's answers alone: the trainers' pins
and removals are the same for both, so they would hide what the team's answers changed. Each read costs
a fixed number of queries, whatever the number of assessments, answers or courses.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, F
from wagtail.models import Page

from courses.cities import pathway, selectors
from courses.cities.models import AssessmentAnswer, City, CityAssessment
from courses.cities.questionnaire import questions_of

UP, DOWN, NEW, GONE = "up", "down", "new", "gone"


@dataclass(frozen=True)
class TimelineEntry:
    assessment: CityAssessment
    respondents: int


def timeline(*, city: City) -> list[TimelineEntry]:
    """The city's assessments, the draft (if any) first, then the submitted ones newest first. One query."""
    assessments = (
        CityAssessment.objects.of_city(city)
        .select_related("submitted_by")
        .annotate(respondents=Count("answers__user", distinct=True))
        .order_by(F("submitted_at").desc(nulls_first=True), "-created_at")
    )
    return [TimelineEntry(assessment=assessment, respondents=assessment.respondents) for assessment in assessments]


@dataclass(frozen=True)
class PathwayMove:
    page: Page
    kind: str  # "course" or "module"
    before: int | None  # 1-based place in the earlier assessment's ranking; None if it was not there
    after: int | None

    @property
    def direction(self) -> str:
        if self.before is None:
            return NEW
        if self.after is None:
            return GONE
        return UP if self.after < self.before else DOWN


@dataclass
class LatestChanges:
    previous: CityAssessment
    latest: CityAssessment
    answers: list[selectors.Change]
    moves: list[PathwayMove]


def _places(ranked, catalogue: selectors.Catalogue) -> dict:
    keys = [item.key for item in ranked if item.key in catalogue.pages]
    return {key: place for place, key in enumerate(keys, 1)}


def latest_changes(*, city: City, language: str, catalogue: selectors.Catalogue | None = None) -> LatestChanges | None:
    """What changed between the city's last two submitted assessments; ``None`` before the second one."""
    last_two = list(CityAssessment.objects.of_city(city).submitted().order_by("-submitted_at", "-pk")[:2])
    if len(last_two) < 2:
        return None
    latest, previous = last_two
    answers: dict[int, dict[str, list[Any]]] = {latest.pk: defaultdict(list), previous.pk: defaultdict(list)}
    rows = AssessmentAnswer.objects.filter(assessment__in=last_two).order_by("user_id")
    for assessment_id, question_id, value in rows.values_list("assessment_id", "question_id", "value"):
        answers[assessment_id][question_id].append(value)
    questions = {}
    for assessment in last_two:
        if assessment.questionnaire_key not in questions:
            page = selectors.questionnaire_page(assessment.questionnaire_key, language)
            questions[assessment.questionnaire_key] = questions_of(page) if page else {}
    changed_answers = selectors.answer_changes(
        questions[latest.questionnaire_key], answers[previous.pk], answers[latest.pk]
    )

    catalogue = catalogue or selectors.pathway_catalogue(language)
    before, after = (
        _places(
            selectors.rank_assessment(
                assessment=assessment,
                language=language,
                catalogue=catalogue,
                answers=dict(answers[assessment.pk]),
                questions=questions[assessment.questionnaire_key],
            ),
            catalogue,
        )
        for assessment in (previous, latest)
    )
    moves = []
    for key in [*after, *(key for key in before if key not in after)]:
        if before.get(key) != after.get(key):
            entry = catalogue.entry(pathway.RankedItem(key=key))
            moves.append(PathwayMove(page=entry.page, kind=entry.kind, before=before.get(key), after=after.get(key)))
    return LatestChanges(previous=previous, latest=latest, answers=changed_answers, moves=moves)
