"""The editor's preview of a questionnaire's rules: for the questionnaire as it stands in the editor (saved
or not), each city's ranked pathway from its last submitted assessment, with the reasons, and how each
item moved compared with the questionnaire as published.

The rules are data (answer tags and weights on ``NeedsAssessmentPage.body``): an editor changes a weight,
opens the "Pathways for the cities" preview mode and sees the effect before publishing. Reads cost a fixed
number of queries, whatever the number of cities, answers and courses.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from wagtail.models import Page

from courses.cities import pathway, selectors
from courses.cities.models import AssessmentAnswer, City, CityAssessment, NeedsAssessmentPage, PathwayAdjustment
from courses.cities.questionnaire import Question, questions_of


@dataclass
class PreviewItem:
    entry: selectors.PathwayEntry
    position: int
    before: int | None  # its place with the published questionnaire; None when it was not on the pathway
    course: Page | None = None  # a module's course: a module's title alone ("Response") says too little

    @property
    def movement(self) -> str:
        """ "new", "up", "down" or "same", against the published questionnaire."""
        if self.before is None:
            return "new"
        if self.before == self.position:
            return "same"
        return "up" if self.position < self.before else "down"


@dataclass
class CityPreview:
    city: City
    assessment: CityAssessment
    respondents: int
    items: list[PreviewItem]
    dropped: list[Page] = field(default_factory=list)  # on the published questionnaire's pathway, not on this one


@dataclass
class RulesPreview:
    cities: list[CityPreview]
    compared: bool  # False for a questionnaire never saved: there is nothing to compare with


def _latest_assessments(key: uuid.UUID) -> list[CityAssessment]:
    """Each city's last submitted assessment, when it answered this questionnaire (in any language)."""
    latest: dict[int, CityAssessment] = {}
    for assessment in CityAssessment.objects.submitted().select_related("city").order_by("-submitted_at"):
        latest.setdefault(assessment.city_id, assessment)
    return [assessment for assessment in latest.values() if assessment.questionnaire_key == key]


def _ranked(
    assessment: CityAssessment,
    *,
    questions: dict[str, Question],
    answers: dict[str, list[Any]],
    adjustments: list[pathway.Adjustment],
    catalogue: selectors.Catalogue,
    language: str,
) -> list[selectors.PathwayEntry]:
    ranked = selectors.rank_assessment(
        assessment=assessment,
        language=language,
        catalogue=catalogue,
        adjustments=adjustments,
        answers=answers,
        questions=questions,
    )
    return [catalogue.entry(item) for item in ranked if item.key in catalogue.pages]


def pathways_preview(*, questionnaire: NeedsAssessmentPage) -> RulesPreview:
    """Every city's pathway under the edited questionnaire, each item with its place under the published one."""
    language = questionnaire.locale.language_code if questionnaire.locale_id else translation.get_language()
    questions = questions_of(questionnaire)
    published = NeedsAssessmentPage.objects.filter(pk=questionnaire.pk).first() if questionnaire.pk else None
    published_questions = questions_of(published) if published is not None else None

    assessments = _latest_assessments(questionnaire.translation_key)
    answers: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    respondents: dict[int, set[int]] = defaultdict(set)
    rows = AssessmentAnswer.objects.filter(assessment__in=assessments).order_by("user_id")
    for assessment_id, user_id, question_id, value in rows.values_list(
        "assessment_id", "user_id", "question_id", "value"
    ):
        answers[assessment_id][question_id].append(value)
        respondents[assessment_id].add(user_id)
    adjustments: dict[int, list[pathway.Adjustment]] = defaultdict(list)
    for city_id, key, action, note in (
        PathwayAdjustment.objects.filter(city__in=[assessment.city_id for assessment in assessments])
        .order_by("created_at")
        .values_list("city_id", "page__translation_key", "action", "note")
    ):
        adjustments[city_id].append(pathway.Adjustment(page_key=key, action=action, note=note))
    catalogue = selectors.pathway_catalogue(language)
    courses = {page.path: page for page in catalogue.pages.values() if page.content_type.model == "coursepage"}

    cities = []
    for assessment in assessments:
        common = {
            "answers": answers[assessment.pk],
            "adjustments": adjustments[assessment.city_id],
            "catalogue": catalogue,
            "language": language,
        }
        entries = _ranked(assessment, questions=questions, **common)
        before: dict[uuid.UUID, int] = {}
        if published_questions is not None:
            before = {
                entry.page.translation_key: position
                for position, entry in enumerate(_ranked(assessment, questions=published_questions, **common), 1)
            }
        keys = {entry.page.translation_key for entry in entries}
        cities.append(
            CityPreview(
                city=assessment.city,
                assessment=assessment,
                respondents=len(respondents[assessment.pk]),
                items=[
                    PreviewItem(
                        entry=entry,
                        position=position,
                        before=before.get(entry.page.translation_key),
                        course=courses.get(entry.page.path[: -Page.steplen]) if entry.kind == "module" else None,
                    )
                    for position, entry in enumerate(entries, 1)
                ],
                dropped=[catalogue.pages[key] for key in before if key not in keys],
            )
        )
    with translation.override(language):
        cities.sort(key=lambda preview: str(preview.city))
    return RulesPreview(cities=cities, compared=published_questions is not None)
