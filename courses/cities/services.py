"""Writes for cities: joining a city's team (the learner's own choice, or a programme manager's), asking
for a missing city, filling in and submitting a needs assessment, and adjusting a city's pathway. Each
checks who may do it (``access``) and runs in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.cities import access
from courses.cities.matching import match_city
from courses.cities.models import (
    AdjustmentAction,
    AssessmentAnswer,
    AssessmentStatus,
    City,
    CityAssessment,
    CityMembership,
    CityRequest,
    CityRequestStatus,
    NeedsAssessmentPage,
    PathwayAdjustment,
    TeamRole,
)
from courses.cities.questionnaire import clean_value, questions_of
from courses.models import CoursePage, ModulePage
from lms.accounts.models import User

__all__ = [
    "adjust_pathway",
    "ask_for_city",
    "choose_city",
    "join_city",
    "link_profiles_by_municipality",
    "request_city",
    "resolve_city_request",
    "save_answers",
    "start_assessment",
    "submit_answers",
    "submit_assessment",
    "take_city_country",
]


def take_city_country(*, user: User, city: City) -> None:
    """A learner who named no country takes their city's: their dates and times then read as that country's
    (month names, time zone: lms.languages.calendar) instead of as UTC's."""
    if not user.country:
        user.country = city.country
        user.save(update_fields=["country"])


def join_city(*, user: User, city: City, role: str = TeamRole.OTHER, is_lead: bool = False) -> CityMembership:
    """Put the learner in the city's team (moving them from another city: one city per learner)."""
    membership, _created = CityMembership.objects.update_or_create(
        user=user, defaults={"city": city, "role": role, "is_lead": is_lead}
    )
    take_city_country(user=user, city=city)
    return membership


def request_city(*, user: User, name: str, country: str = "") -> CityRequest:
    """ "My city is not listed": one open request per learner, the latest wording wins."""
    name = name.strip()
    if not name:
        raise ValidationError(_("Type the name of your city."))
    city_request, _created = CityRequest.objects.update_or_create(
        user=user, status=CityRequestStatus.OPEN, defaults={"name": name, "country": country}
    )
    return city_request


def _team_role(user: User) -> str:
    # A profile's role maps across as is where the team has it (civil society and the like do not).
    return user.role if user.role in TeamRole.values else TeamRole.OTHER


@transaction.atomic
def choose_city(*, user: User, city: City, role: str | None = None) -> CityMembership:
    """The learner's own choice of city (profile or sign-up). Choosing their city again keeps their role
    and lead; moving to another city gives up the lead (that city has its own). ``role=None`` keeps the
    role they have, or takes their profile's. Their open "not listed" request is answered by the choice."""
    membership, created = CityMembership.objects.select_for_update().get_or_create(
        user=user, defaults={"city": city, "role": role or _team_role(user)}
    )
    if not created:
        changed = []
        if membership.city_id != city.pk:
            membership.city, membership.is_lead = city, False
            changed += ["city", "is_lead"]
        if role and role != membership.role:
            membership.role = role
            changed.append("role")
        if changed:
            membership.save(update_fields=changed)
    CityRequest.objects.open().filter(user=user).update(
        status=CityRequestStatus.RESOLVED, resolved_city=city, resolved_at=timezone.now()
    )
    take_city_country(user=user, city=city)
    return membership


@transaction.atomic
def ask_for_city(*, user: User, name: str, country: str) -> CityRequest:
    """The learner's own "my city is not listed" (profile or sign-up): they leave the team of the city they
    had chosen, which is not theirs, so that the programme manager's answer links them to the right one.
    Sending the same name again changes nothing."""
    if not country:
        raise ValidationError(_("Choose the country of your city too, so that a programme manager can add it."))
    city_request = request_city(user=user, name=name, country=country)
    CityMembership.objects.filter(user=user).delete()
    return city_request


@transaction.atomic
def resolve_city_request(*, city_request: CityRequest, city: City) -> CityMembership | None:
    """Close the request with the city a programme manager added or chose, and link the learner to it
    unless they have joined a city since."""
    city_request.resolved_city = city
    city_request.status = CityRequestStatus.RESOLVED
    city_request.resolved_at = timezone.now()
    city_request.save(update_fields=["resolved_city", "status", "resolved_at"])
    if CityMembership.objects.filter(user_id=city_request.user_id).exists():
        return None
    return join_city(user=city_request.user, city=city)


def _questionnaire(assessment: CityAssessment) -> NeedsAssessmentPage:
    # Question ids are the same in every translation, so any version will do for checking answers.
    page = NeedsAssessmentPage.objects.filter(translation_key=assessment.questionnaire_key).first()
    if page is None:
        raise ValidationError(_("This questionnaire no longer exists."))
    return page


@transaction.atomic
def start_assessment(*, city: City, questionnaire: NeedsAssessmentPage, user: User) -> CityAssessment:
    """The city's draft (started now if there is none), beginning as a copy of its last submitted one."""
    if not access.can_lead(user, city):
        raise PermissionDenied(_("Only the city's lead or a programme manager can start an assessment."))
    City.objects.select_for_update().filter(pk=city.pk).first()  # one draft at a time, even when two click
    draft = CityAssessment.objects.of_city(city).drafts().first()
    if draft is not None:
        return draft
    last = CityAssessment.objects.of_city(city).submitted().order_by("-submitted_at").first()
    assessment = CityAssessment.objects.create(
        city=city, questionnaire_key=questionnaire.translation_key, started_by=user, copied_from=last
    )
    if last is not None and last.questionnaire_key == questionnaire.translation_key:
        AssessmentAnswer.objects.bulk_create(
            AssessmentAnswer(assessment=assessment, user_id=user_id, question_id=question_id, value=value)
            for user_id, question_id, value in last.answers.values_list("user_id", "question_id", "value")
        )
    return assessment


@transaction.atomic
def save_answers(*, assessment: CityAssessment, user: User, answers: Mapping[str, Any]) -> int:
    """Save the member's answers (question id → value; an empty value clears it). Returns how many are kept."""
    if not access.can_answer_for(user, assessment.city):
        raise PermissionDenied(_("You can only answer for your own city."))
    assessment = CityAssessment.objects.select_for_update().get(pk=assessment.pk)
    if assessment.is_submitted:
        raise ValidationError(_("This assessment was submitted: it can no longer be changed."))
    questions = questions_of(_questionnaire(assessment))
    errors = {}
    cleaned = {}
    for question_id, value in answers.items():
        question = questions.get(question_id)
        if question is None:
            errors[question_id] = _("This question is not in the questionnaire.")
            continue
        try:
            cleaned[question_id] = clean_value(question, value)
        except ValidationError as error:
            errors[question_id] = error.messages[0]
    if errors:
        raise ValidationError(errors)
    for question_id, value in cleaned.items():
        if value is None:
            AssessmentAnswer.objects.filter(assessment=assessment, user=user, question_id=question_id).delete()
        else:
            AssessmentAnswer.objects.update_or_create(
                assessment=assessment, user=user, question_id=question_id, defaults={"value": value}
            )
    return AssessmentAnswer.objects.filter(assessment=assessment, user=user).count()


@transaction.atomic
def submit_assessment(*, assessment: CityAssessment, user: User) -> CityAssessment:
    """Submit the draft: from now on it is dated and read-only."""
    if not access.can_lead(user, assessment.city):
        raise PermissionDenied(_("Only the city's lead or a programme manager can submit the assessment."))
    assessment = CityAssessment.objects.select_for_update().get(pk=assessment.pk)
    if assessment.is_submitted:
        raise ValidationError(_("This assessment was already submitted."))
    if not assessment.answers.exists():
        raise ValidationError(_("Answer at least one question before submitting."))
    assessment.status = AssessmentStatus.SUBMITTED
    assessment.submitted_at = timezone.now()
    assessment.submitted_by = user
    assessment.save(update_fields=["status", "submitted_at", "submitted_by"])
    return assessment


@transaction.atomic
def submit_answers(*, assessment: CityAssessment, user: User, answers: Mapping[str, Any]) -> CityAssessment:
    """The lead's "Submit" on the form: save their last answers and submit, both or neither."""
    # Checked first, so that a refused submit stores none of the answers sent with it.
    if not access.can_lead(user, assessment.city):
        raise PermissionDenied(_("Only the city's lead or a programme manager can submit the assessment."))
    save_answers(assessment=assessment, user=user, answers=answers)
    return submit_assessment(assessment=assessment, user=user)


# A note is read next to the item on a phone: a few sentences, not a report.
PATHWAY_NOTE_MAX_LENGTH = 1000


@transaction.atomic
def adjust_pathway(*, city: City, page: Page, action: str, note: str, user: User) -> PathwayAdjustment | None:
    """Pin or remove a course or module on the city's pathway, with a note; ``action=""`` undoes it.

    One adjustment per item, whichever translation of the page is given. Sending the same adjustment
    again changes nothing (a pinned item keeps its place among the pins); a new note replaces the old.
    """
    if not access.can_adjust_pathway(user, city):
        raise PermissionDenied(_("Only the city's trainers and programme managers can adjust its pathway."))
    if page.specific_class not in (CoursePage, ModulePage):
        raise ValidationError(_("Only courses and modules can be on a pathway."))
    if action and action not in AdjustmentAction.values:
        raise ValidationError(_("Pin or remove."))
    note = note.strip()
    if action and not note:
        raise ValidationError(_("Say why, in a note the team will see."))
    if len(note) > PATHWAY_NOTE_MAX_LENGTH:
        raise ValidationError(
            _("A note can have at most %(max)s characters; this one has %(count)s. Shorten it and save again.")
            % {"max": number_format(PATHWAY_NOTE_MAX_LENGTH), "count": number_format(len(note))}
        )
    City.objects.select_for_update().filter(pk=city.pk).first()  # one change at a time, even when two click
    existing = PathwayAdjustment.objects.filter(city=city, page__translation_key=page.translation_key)
    current = existing.first()
    if current is not None and current.action == action:
        if current.note != note:
            current.note = note
            current.save(update_fields=["note"])
        return current
    existing.delete()
    if not action:
        return None
    return PathwayAdjustment.objects.create(city=city, page=page, action=action, note=note, created_by=user)


@dataclass
class LinkReport:
    linked: list[tuple[User, City]]
    unresolved: list[User]  # each now has an open city request for a programme manager


@transaction.atomic
def link_profiles_by_municipality() -> LinkReport:
    """Link learners to the city their profile's free-text municipality names, where the match is
    certain; ask a programme manager (an open city request) about the rest. Safe to run again."""
    cities = list(City.objects.all())
    report = LinkReport(linked=[], unresolved=[])
    learners = (
        User.objects.filter(city_membership__isnull=True)
        .exclude(municipality="")
        .exclude(city_requests__status=CityRequestStatus.OPEN)
        .order_by("pk")
    )
    for user in learners:
        city = match_city(user.municipality, user.country.code or "", cities)
        if city is None:
            CityRequest.objects.create(user=user, name=user.municipality.strip(), country=user.country.code or "")
            report.unresolved.append(user)
            continue
        join_city(user=user, city=city, role=_team_role(user))
        report.linked.append((user, city))
    return report
