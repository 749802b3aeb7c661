"""Who sees which cohort (trainers their own, programme managers and superusers all of them), and so
which city pages: a trainer sees the cities of their cohorts.

Every trainer view looks a cohort up through ``visible_cohorts``, so a cohort that is not
the trainer's is simply not found (404), and no view has its own rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db.models import Exists, OuterRef, QuerySet

from courses.cities.models import City
from courses.cohorts.models import Cohort, CohortMembership
from lms.accounts.models import User

PROGRAMME_MANAGERS = "Programme managers"
# The account menu's links are kept this long at most; changes to the user's cohorts or groups forget them
# at once (courses.cohorts.signal_handlers), so the limit only bounds what a change made outside the ORM leaves.
MENU_ROLES_SECONDS = 300


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


def _menu_roles_key(user_id: int) -> str:
    return f"cohorts:menu-roles:{user_id}"


def menu_roles(user) -> tuple[bool, bool]:
    """(links to the trainer area, links to "My cohorts") for the account menu shown on every page.

    Read from the cache, so that a page costs no query for its menu; access to the trainer pages themselves
    is always decided from the database (``can_use_trainer_area``, ``visible_cohorts``).
    """
    if not user.is_authenticated:
        return False, False
    key = _menu_roles_key(user.pk)
    roles = None if hasattr(user, "_cohort_roles") else cache.get(key)
    if roles is None:
        roles = (can_use_trainer_area(user), is_in_a_cohort(user))
        cache.set(key, roles, MENU_ROLES_SECONDS)
    return roles


def forget_menu_roles(user_ids: Iterable[int]) -> None:
    cache.delete_many([_menu_roles_key(user_id) for user_id in user_ids])


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
