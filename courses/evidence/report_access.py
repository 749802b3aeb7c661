"""Who may read which programme report: programme managers (and superusers) every report, a trainer only
the reports of their own cohorts, everyone else none (404, as for the trainer pages).

The rule is the cohorts' (``courses.cohorts.access``): a report's place is seen through the cohorts
that are seen. A trainer's report is always one cohort's: a country, a city or the whole programme
may hold cohorts they do not train, so those scopes are for programme managers only.
"""

from __future__ import annotations

from django.db.models import QuerySet

from courses.cities.models import City
from courses.cohorts import access
from courses.cohorts.models import Cohort
from courses.evidence.report import ReportScope

__all__ = ["can_open_reports", "may_read", "needs_a_cohort", "reportable_cities", "reportable_cohorts"]


def can_open_reports(user) -> bool:
    """Trainers of at least one cohort, programme managers and superusers."""
    return access.can_use_trainer_area(user)


def needs_a_cohort(user) -> bool:
    """Whether every report this user reads must name one of their cohorts (trainers)."""
    return not access.sees_all_cohorts(user)


def reportable_cohorts(user) -> QuerySet[Cohort]:
    return access.visible_cohorts(user)


def reportable_cities(user) -> QuerySet[City]:
    """The cities a user may choose as a report's place: all for programme managers, none for trainers."""
    return City.objects.all() if access.sees_all_cohorts(user) else City.objects.none()


def may_read(user, scope: ReportScope) -> bool:
    """Whether ``user`` may read the report of ``scope``."""
    if not can_open_reports(user):
        return False
    if access.sees_all_cohorts(user):
        return True
    if scope.country or scope.city_id or not scope.cohort_id:
        return False
    return reportable_cohorts(user).filter(pk=scope.cohort_id).exists()
