"""Assessments: the lead starts and submits, every team member answers for their own city only, a
submitted assessment is read-only, and a re-assessment starts as a copy of the last one."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError

from courses.cities import access, services
from courses.cities.access import PROGRAMME_MANAGERS
from courses.cities.models import (
    AdjustmentAction,
    AssessmentAnswer,
    AssessmentStatus,
    CityAssessment,
    PathwayAdjustment,
)
from courses.models import LessonPage
from tests.cities.conftest import make_city, make_member
from tests.factories import make_user


@pytest.fixture
def manager(db):
    user = make_user("pm@example.org")
    user.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    return user


def _answers(assessment, user):
    return dict(AssessmentAnswer.objects.filter(assessment=assessment, user=user).values_list("question_id", "value"))


def test_the_lead_starts_one_draft_that_the_team_returns_to(questionnaire, city, lead, member):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    assert draft.status == AssessmentStatus.DRAFT and draft.questionnaire_key == questionnaire.translation_key
    assert services.start_assessment(city=city, questionnaire=questionnaire, user=lead) == draft
    with pytest.raises(PermissionDenied):
        services.start_assessment(city=city, questionnaire=questionnaire, user=member)


def test_each_member_answers_and_can_change_or_clear_an_answer(questionnaire, city, lead, member):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    services.save_answers(assessment=draft, user=lead, answers={"q-structure": "o-none", "q-coordination": 2})
    kept = services.save_answers(assessment=draft, user=member, answers={"q-structure": "o-formal", "q-notes": "Hi"})
    assert kept == 2
    services.save_answers(assessment=draft, user=member, answers={"q-notes": "", "q-youth": ["o-lab"]})
    assert _answers(draft, lead) == {"q-structure": "o-none", "q-coordination": 2}
    assert _answers(draft, member) == {"q-structure": "o-formal", "q-youth": ["o-lab"]}


def test_a_learner_answers_only_for_their_own_city(questionnaire, city, lead):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    outsider = make_member(make_city("Gabes"), "gabes@example.org", lead=True)
    for user in (outsider, make_user("no-city@example.org")):
        with pytest.raises(PermissionDenied):
            services.save_answers(assessment=draft, user=user, answers={"q-structure": "o-none"})
        with pytest.raises(PermissionDenied):
            services.submit_assessment(assessment=draft, user=user)
        with pytest.raises(PermissionDenied):
            services.start_assessment(city=city, questionnaire=questionnaire, user=user)
    assert not AssessmentAnswer.objects.filter(assessment=draft).exists()


def test_a_programme_manager_may_act_for_any_city(questionnaire, city, manager):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=manager)
    services.save_answers(assessment=draft, user=manager, answers={"q-structure": "o-none"})
    assert services.submit_assessment(assessment=draft, user=manager).submitted_by == manager


def test_wrong_answers_are_refused_and_nothing_is_saved(questionnaire, city, lead, english):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    with pytest.raises(ValidationError) as error:
        services.save_answers(
            assessment=draft, user=lead, answers={"q-structure": "o-none", "q-unknown": "x", "q-coordination": 9}
        )
    assert set(error.value.message_dict) == {"q-unknown", "q-coordination"}
    assert not AssessmentAnswer.objects.filter(assessment=draft).exists()


def test_only_the_lead_submits_and_a_submitted_assessment_is_read_only(questionnaire, city, lead, member):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    with pytest.raises(ValidationError):
        services.submit_assessment(assessment=draft, user=lead)  # nothing answered yet
    services.save_answers(assessment=draft, user=member, answers={"q-structure": "o-none"})
    with pytest.raises(PermissionDenied):
        services.submit_assessment(assessment=draft, user=member)
    submitted = services.submit_assessment(assessment=draft, user=lead)
    assert submitted.status == AssessmentStatus.SUBMITTED and submitted.submitted_at is not None
    with pytest.raises(ValidationError):
        services.save_answers(assessment=draft, user=member, answers={"q-structure": "o-formal"})
    with pytest.raises(ValidationError):
        services.submit_assessment(assessment=draft, user=lead)
    assert _answers(draft, member) == {"q-structure": "o-none"}


def test_a_reassessment_starts_as_a_copy_and_leaves_the_last_one_unchanged(questionnaire, city, lead, member):
    first = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    services.save_answers(assessment=first, user=lead, answers={"q-structure": "o-none", "q-coordination": 1})
    services.save_answers(assessment=first, user=member, answers={"q-structure": "o-informal"})
    services.submit_assessment(assessment=first, user=lead)

    second = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    assert second != first and second.copied_from == first and second.status == AssessmentStatus.DRAFT
    assert _answers(second, lead) == {"q-structure": "o-none", "q-coordination": 1}
    assert _answers(second, member) == {"q-structure": "o-informal"}
    services.save_answers(assessment=second, user=lead, answers={"q-structure": "o-formal", "q-coordination": 4})
    services.submit_assessment(assessment=second, user=lead)
    assert _answers(first, lead) == {"q-structure": "o-none", "q-coordination": 1}
    assert list(CityAssessment.objects.of_city(city).submitted().order_by("submitted_at")) == [first, second]


def test_adjusting_a_pathway_needs_a_note_and_the_right_person(city, catalogue, manager, lead, english):
    course = catalogue["course_a"]
    with pytest.raises(PermissionDenied):
        services.adjust_pathway(city=city, page=course, action=AdjustmentAction.PIN, note="Start here", user=lead)
    with pytest.raises(ValidationError):
        services.adjust_pathway(city=city, page=course, action=AdjustmentAction.PIN, note=" ", user=manager)
    lesson = LessonPage.objects.descendant_of(course).first()
    with pytest.raises(ValidationError):
        services.adjust_pathway(city=city, page=lesson, action=AdjustmentAction.PIN, note="No", user=manager)
    services.adjust_pathway(city=city, page=course, action=AdjustmentAction.PIN, note="Start here", user=manager)
    services.adjust_pathway(city=city, page=course, action=AdjustmentAction.REMOVE, note="Done", user=manager)
    assert list(PathwayAdjustment.objects.filter(city=city).values_list("action", "note")) == [("remove", "Done")]
    services.adjust_pathway(city=city, page=course, action="", note="", user=manager)
    assert not PathwayAdjustment.objects.filter(city=city).exists()


def test_a_registered_check_lets_a_citys_trainers_adjust_its_pathway(city, catalogue):
    trainer = make_user("city-trainer@example.org")

    def trains(user, checked_city):
        return user == trainer and checked_city == city

    access.register_city_staff_check(trains)
    try:
        adjustment = services.adjust_pathway(
            city=city, page=catalogue["module"], action=AdjustmentAction.PIN, note="Youth first", user=trainer
        )
        assert adjustment.created_by == trainer
        with pytest.raises(PermissionDenied):
            services.adjust_pathway(
                city=make_city("Gafsa"), page=catalogue["module"], action="pin", note="No", user=trainer
            )
    finally:
        access._city_staff_checks.remove(trains)
