"""Who may act for a city: its team answers its assessment, its lead (or a programme manager) starts
and submits one, and programme managers or superusers may act for any city.

Services call these checks, so a view, a command or a test cannot skip them. Cohorts will know
cities (not the other way round), so the programme managers' group name is declared here too.
"""

from __future__ import annotations

from courses.cities.models import City, CityMembership

PROGRAMME_MANAGERS = "Programme managers"


def is_programme_manager(user) -> bool:
    """Superusers and members of the programme managers' group (remembered on the user for the request)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_programme_manager"):
        user._is_programme_manager = user.groups.filter(name=PROGRAMME_MANAGERS).exists()
    return user._is_programme_manager


def is_member(user, city: City) -> bool:
    return user.is_authenticated and CityMembership.objects.filter(user=user, city=city).exists()


def can_answer_for(user, city: City) -> bool:
    """A team member answers for their own city only; programme managers for any city."""
    return is_programme_manager(user) or is_member(user, city)


def can_lead(user, city: City) -> bool:
    """Starting and submitting an assessment: the city's lead(s) or a programme manager."""
    if is_programme_manager(user):
        return True
    return user.is_authenticated and CityMembership.objects.filter(user=user, city=city, is_lead=True).exists()


# Apps that know more about a city's staff (cohorts: the trainers of the city's cohorts) register a
# check here, so that this app need not import them.
_city_staff_checks: list = []


def register_city_staff_check(check) -> None:
    """``check(user, city) -> bool``: whether the user trains or manages this city's team."""
    if check not in _city_staff_checks:
        _city_staff_checks.append(check)


def can_adjust_pathway(user, city: City) -> bool:
    """Programme managers, and whoever a registered check accepts (the city's trainers)."""
    if is_programme_manager(user):
        return True
    return user.is_authenticated and any(check(user, city) for check in _city_staff_checks)
