"""Writing a learner's answer about a module's guide: one per learner per module, changed by answering again."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction

from courses.cities.models import CityMembership
from courses.guide_feedback.models import GuideFeedback
from courses.models import Guidebook, ModulePage
from lms.accounts.models import User

__all__ = ["CitySnapshot", "NoGuide", "city_snapshot", "submit_answer"]


class NoGuide(Exception):
    """The module is not based on a guidebook: there is nothing to give feedback on."""


@dataclass(frozen=True)
class CitySnapshot:
    country: str
    city_kind: str
    city_context: str


def city_snapshot(user: User) -> CitySnapshot:
    """The learner's city as the report groups it: their team's city when they have chosen one (its country,
    kind and context), else their profile's country and city context."""
    membership = CityMembership.objects.filter(user=user).select_related("city").first()
    if membership is not None:
        city = membership.city
        return CitySnapshot(country=str(city.country), city_kind=city.kind, city_context=city.context)
    return CitySnapshot(country=str(user.country or ""), city_kind="", city_context=user.city_context)


def submit_answer(
    *, user: User, module: ModulePage, language: str, rating: int, comment: str = "", missing: str = ""
) -> tuple[GuideFeedback, bool]:
    """Record (or change) the learner's answer about the guide behind ``module``; returns it and whether it
    is new. Answering twice leaves one answer, the last one."""
    if module.source_guidebook_id is None:
        raise NoGuide
    guidebook_key = Guidebook.objects.values_list("translation_key", flat=True).get(pk=module.source_guidebook_id)
    place = city_snapshot(user)
    values = {
        "module": module,
        "guidebook_key": guidebook_key,
        "chapter": module.source_chapter[:255],
        "rating": rating,
        "comment": comment.strip(),
        "missing": missing.strip(),
        "language": language,
        "country": place.country,
        "city_kind": place.city_kind,
        "city_context": place.city_context,
    }
    try:
        with transaction.atomic():
            return GuideFeedback.objects.update_or_create(user=user, module_key=module.translation_key, defaults=values)
    except IntegrityError:
        # Two submits at once: the other one created the row; this one changes it.
        return GuideFeedback.objects.update_or_create(user=user, module_key=module.translation_key, defaults=values)
