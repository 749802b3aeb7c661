"""Reads for cities: a questionnaire in the viewer's language, an assessment's combined result (and where
the team disagrees), a city's assessment history (what changed), and its ranked pathway.

Each returns plain dataclasses for templates, in a number of queries that does not grow with the team,
the answers or the courses.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.utils.formats import number_format
from wagtail.models import Page

from courses.cities import access, pathway
from courses.cities.models import (
    AssessmentAnswer,
    City,
    CityAssessment,
    CityMembership,
    NeedsAssessmentPage,
    PathwayAdjustment,
)
from courses.cities.questionnaire import MULTIPLE, SCALE, SINGLE, Option, Question, questions_of, sections_of
from courses.models import CoursePage, ModulePage
from lms.languages.lists import join_list


def questionnaire_page(key: uuid.UUID, language: str) -> NeedsAssessmentPage | None:
    """The questionnaire in this language, else in any language (the source first)."""
    pages = list(NeedsAssessmentPage.objects.filter(translation_key=key).select_related("locale"))
    for page in pages:
        if page.locale.language_code == language:
            return page
    # The source version was created first.
    return min(pages, key=lambda page: page.pk) if pages else None


def current_questionnaire(language: str) -> NeedsAssessmentPage | None:
    """The live questionnaire cities fill in now (the first one in the tree), in this language."""
    page = NeedsAssessmentPage.objects.live().order_by("path").first()
    return questionnaire_page(page.translation_key, language) if page else None


def responses(assessment: CityAssessment) -> dict[str, list[Any]]:
    """Question id → each team member's answer, in one query."""
    by_question: dict[str, list[Any]] = defaultdict(list)
    for question_id, value in assessment.answers.order_by("user_id").values_list("question_id", "value"):
        by_question[question_id].append(value)
    return dict(by_question)


@dataclass
class QuestionResult:
    question: Question
    respondents: int = 0
    option_counts: list[tuple[Option, int]] = field(default_factory=list)
    removed_options: int = 0  # answers naming an option that was deleted since
    mean: float | None = None
    texts: list[str] = field(default_factory=list)
    disagreement: bool = False


@dataclass
class RemovedQuestion:
    """Answers to a question that is no longer in the questionnaire: shown as such, never lost."""

    question_id: str
    values: list[Any]


@dataclass
class AssessmentResult:
    assessment: CityAssessment
    sections: list[tuple[str, list[QuestionResult]]]
    removed: list[RemovedQuestion]
    respondents: int

    @property
    def disagreements(self) -> list[QuestionResult]:
        return [result for _heading, results in self.sections for result in results if result.disagreement]


def _combine(question: Question, values: list[Any]) -> QuestionResult:
    result = QuestionResult(question=question, respondents=len(values))
    if not values:
        return result
    if question.kind in (SINGLE, MULTIPLE):
        counts: dict[str, int] = defaultdict(int)
        for value in values:
            for option_id in [value] if question.kind == SINGLE else value:
                counts[option_id] += 1
        result.option_counts = [(option, counts.get(option.id, 0)) for option in question.options]
        known = {option.id for option in question.options}
        result.removed_options = sum(count for option_id, count in counts.items() if option_id not in known)
        # Disagreement: some chose an option that others did not.
        result.disagreement = any(0 < count < len(values) for count in counts.values())
    elif question.kind == SCALE:
        result.mean = round(sum(values) / len(values), 1)
        result.disagreement = max(values) - min(values) >= 2
    else:
        result.texts = [value for value in values if value]
    return result


def assessment_result(*, assessment: CityAssessment, language: str) -> AssessmentResult:
    """The team's combined answers, question by question, in the viewer's language."""
    page = questionnaire_page(assessment.questionnaire_key, language)
    answered = responses(assessment)
    sections = []
    known: set[str] = set()
    for section in sections_of(page) if page else []:
        results = []
        for question in section.questions:
            known.add(question.id)
            results.append(_combine(question, answered.get(question.id, [])))
        sections.append((section.heading, results))
    removed = [RemovedQuestion(qid, values) for qid, values in answered.items() if qid not in known]
    respondents = assessment.answers.values("user_id").distinct().count()
    return AssessmentResult(assessment=assessment, sections=sections, removed=removed, respondents=respondents)


@dataclass(frozen=True)
class Change:
    question: Question
    before: str
    after: str


@dataclass
class HistoryEntry:
    assessment: CityAssessment
    changes: list[Change]  # compared with the previous submitted assessment (none for the first)


def _consensus(question: Question, values: list[Any]) -> str:
    """The team's answer in short: the options at least half chose, or the mean rating."""
    if not values:
        return ""
    if question.kind == SCALE:
        # With the active language's decimal mark, as Django's localize writes every other mean on the page.
        return number_format(round(sum(values) / len(values), 1), 1)
    if question.kind in (SINGLE, MULTIPLE):
        counts: dict[str, int] = defaultdict(int)
        for value in values:
            for option_id in [value] if question.kind == SINGLE else value:
                counts[option_id] += 1
        return join_list(o.text for o in question.options if counts.get(o.id, 0) * 2 >= len(values))
    return ""


def answer_changes(
    questions: dict[str, Question], before: dict[str, list[Any]], after: dict[str, list[Any]]
) -> list[Change]:
    """The questions whose team answer (in short) differs between two assessments' answers."""
    changes = []
    for question in questions.values():
        was = _consensus(question, before.get(question.id, []))
        now = _consensus(question, after.get(question.id, []))
        if was != now:
            changes.append(Change(question, was, now))
    return changes


def assessment_history(*, city: City, language: str) -> list[HistoryEntry]:
    """The city's submitted assessments, oldest first, each with what changed since the one before."""
    assessments = list(CityAssessment.objects.of_city(city).submitted().order_by("submitted_at"))
    answers: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    rows = AssessmentAnswer.objects.filter(assessment__in=assessments).order_by("user_id")
    for assessment_id, question_id, value in rows.values_list("assessment_id", "question_id", "value"):
        answers[assessment_id][question_id].append(value)
    questions_by_key: dict[uuid.UUID, dict[str, Question]] = {}
    history = []
    previous = None
    for assessment in assessments:
        key = assessment.questionnaire_key
        if key not in questions_by_key:
            page = questionnaire_page(key, language)
            questions_by_key[key] = questions_of(page) if page else {}
        changes = []
        if previous is not None:
            changes = answer_changes(questions_by_key[key], answers[previous.pk], answers[assessment.pk])
        history.append(HistoryEntry(assessment, changes))
        previous = assessment
    return history


@dataclass
class PathwayEntry:
    page: Page  # the course or module, in the viewer's language when translated
    kind: str  # "course" or "module"
    score: float
    reasons: list[pathway.Reason]
    pinned: bool
    note: str


@dataclass
class Pathway:
    assessment: CityAssessment | None
    entries: list[PathwayEntry]
    # Items the trainers took off the pathway, each with their note: the team sees why.
    removed: list[PathwayEntry] = field(default_factory=list)


@dataclass
class Catalogue:
    """What a pathway can hold: tracks → their courses, the catalogue order, and each live course and
    module by translation_key, in the viewer's language (or any)."""

    track_courses: dict[uuid.UUID, list[uuid.UUID]]
    order: dict[uuid.UUID, int]
    pages: dict[uuid.UUID, Page]

    def entry(self, item: pathway.RankedItem) -> PathwayEntry:
        page = self.pages[item.key]
        return PathwayEntry(
            page=page,
            kind="course" if page.content_type.model == "coursepage" else "module",
            score=item.score,
            reasons=item.reasons,
            pinned=item.pinned,
            note=item.note,
        )


def pathway_catalogue(language: str) -> Catalogue:
    """The catalogue in two queries, whatever the number of courses and modules."""
    track_courses: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for track_key, course_key in CoursePage.objects.live().values_list("track__translation_key", "translation_key"):
        if track_key and course_key not in track_courses[track_key]:
            track_courses[track_key].append(course_key)
    pages: dict[uuid.UUID, Page] = {}
    order: dict[uuid.UUID, int] = {}
    candidates = (
        Page.objects.live().type(CoursePage, ModulePage).select_related("locale", "content_type").order_by("path")
    )
    for page in candidates:
        order.setdefault(page.translation_key, len(order))
        if page.translation_key not in pages or page.locale.language_code == language:
            pages[page.translation_key] = page
    return Catalogue(track_courses=dict(track_courses), order=order, pages=pages)


def rank_assessment(
    *,
    assessment: CityAssessment,
    language: str,
    catalogue: Catalogue,
    adjustments: list[pathway.Adjustment] = (),
    answers: dict[str, list[Any]] | None = None,
    questions: dict[str, Question] | None = None,
) -> list[pathway.RankedItem]:
    """One assessment's ranked items. ``answers`` and ``questions`` when already loaded, else read here."""
    if questions is None:
        page = questionnaire_page(assessment.questionnaire_key, language)
        questions = questions_of(page) if page else {}
    return pathway.rank(
        questions=questions,
        responses=responses(assessment) if answers is None else answers,
        track_courses=catalogue.track_courses,
        adjustments=adjustments,
        order=catalogue.order,
    )


def city_pathway(*, city: City, language: str, catalogue: Catalogue | None = None) -> Pathway:
    """The city's recommended courses and modules from its last submitted assessment, with the reasons in
    the viewer's language and the trainers' adjustments applied."""
    assessment = CityAssessment.objects.of_city(city).submitted().order_by("-submitted_at").first()
    if assessment is None:
        return Pathway(assessment=None, entries=[])
    catalogue = catalogue or pathway_catalogue(language)
    adjustments = [
        pathway.Adjustment(page_key=key, action=action, note=note)
        for key, action, note in PathwayAdjustment.objects.filter(city=city)
        .order_by("created_at")
        .values_list("page__translation_key", "action", "note")
    ]
    ranked = rank_assessment(assessment=assessment, language=language, catalogue=catalogue, adjustments=adjustments)
    # An unpublished or deleted course drops out.
    entries = [catalogue.entry(item) for item in ranked if item.key in catalogue.pages]
    removed = [
        catalogue.entry(pathway.RankedItem(key=adjustment.page_key, note=adjustment.note))
        for adjustment in adjustments
        if adjustment.action == pathway.REMOVE and adjustment.page_key in catalogue.pages
    ]
    return Pathway(assessment=assessment, entries=entries, removed=removed)


@dataclass
class MyCity:
    """A learner's own city, its team, and where its needs assessment stands."""

    membership: CityMembership
    team: list[CityMembership]
    draft: CityAssessment | None
    last_submitted: CityAssessment | None
    can_lead: bool

    @property
    def city(self) -> City:
        return self.membership.city


def membership_of(user) -> CityMembership | None:
    """The learner's city membership, with the city. One query."""
    if not user.is_authenticated:
        return None
    return CityMembership.objects.filter(user=user).select_related("city").first()


def my_city(*, user) -> MyCity | None:
    """The learner's city (never one named in a request), in five queries whatever the team's size."""
    membership = membership_of(user)
    if membership is None:
        return None
    city = membership.city
    assessments = CityAssessment.objects.of_city(city)
    return MyCity(
        membership=membership,
        team=list(CityMembership.objects.of_city(city).select_related("user")),
        draft=assessments.drafts().first(),
        last_submitted=assessments.submitted().order_by("-submitted_at").first(),
        can_lead=membership.is_lead or access.is_programme_manager(user),
    )
