"""Who sees which cohort (trainers their own, programme managers and superusers all of them), and so
which city pages: a trainer sees the cities of their cohorts.

Every trainer view looks a cohort up through ``visible_cohorts``, so a cohort that is not
the trainer's is simply not found (404), and no view has its own rule.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef, QuerySet

from courses.cities.models import City
from courses.cohorts.models import Cohort, CohortMembership
from lms.accounts.models import User

PROGRAMME_MANAGERS = "Programme managers"


def _roles(user) -> tuple[bool, bool, bool]:
    """(programme manager, trainer of a cohort, member of a cohort) in one query, remembered on the user
    for the request."""
    if not hasattr(user, "_cohort_roles"):
        row = (
            User.objects.filter(pk=user.pk)
            .annotate(
                manager=Exists(Group.objects.filter(name=PROGRAMME_MANAGERS, user=OuterRef("pk"))),
                trainer=Exists(Cohort.trainers.through.objects.filter(user_id=OuterRef("pk"))),
                member=Exists(CohortMembership.objects.filter(user_id=OuterRef("pk"))),
            )
            .values_list("manager", "trainer", "member")
            .first()
        )
        user._cohort_roles = tuple(row) if row else (False, False, False)
    return user._cohort_roles


def sees_all_cohorts(user) -> bool:
    """Superusers and programme managers."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or _roles(user)[0]


def can_use_trainer_area(user) -> bool:
    """Trainers of at least one cohort, programme managers and superusers."""
    if not user.is_authenticated:
        return False
    manager, trainer, _member = _roles(user)
    return user.is_superuser or manager or trainer


def is_in_a_cohort(user) -> bool:
    """Learners of at least one cohort (their account menu links to "My cohorts")."""
    return user.is_authenticated and _roles(user)[2]


def visible_cohorts(user) -> QuerySet[Cohort]:
    if sees_all_cohorts(user):
        return Cohort.objects.all()
    if not user.is_authenticated:
        return Cohort.objects.none()
    return Cohort.objects.trained_by(user)


def visible_cities(user) -> QuerySet[City]:
    """The cities whose page the user may open: all for programme managers, else those of their cohorts.

    The same rule as the roll-ups: a city is seen through the cohorts that are seen.
    """
    if sees_all_cohorts(user):
        return City.objects.all()
    if not user.is_authenticated:
        return City.objects.none()
    return City.objects.filter(pk__in=Cohort.objects.trained_by(user).values("city_id"))


def trains_city(user, city: City) -> bool:
    """Whether the user trains a cohort of this city (registered with cities as a city staff check)."""
    return user.is_authenticated and Cohort.objects.trained_by(user).filter(city=city).exists()


def followed_learners(user) -> QuerySet[CohortMembership]:
    """The cohort memberships whose progress the user may see: their cohorts' learners (all for managers).

    A city's team member who joined none of the trainer's cohorts never agreed to be followed by them.
    """
    return CohortMembership.objects.filter(cohort__in=visible_cohorts(user))
