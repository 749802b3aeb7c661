"""Session builders: a session inviting a cohort or a city, and learners who are in them (or not)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.convenings.models import Session, SessionKind
from tests.cities.conftest import make_city, make_member
from tests.cohorts.conftest import add_member, make_cohort
from tests.factories import make_user


def make_session(*, cohorts=(), cities=(), capacity=None, starts_in=timedelta(days=3), hours=2, **fields) -> Session:
    starts_at = timezone.now() + starts_in
    fields.setdefault("title_en", "Youth councils: what works")
    fields.setdefault("title_ar", "مجالس الشباب: ما الذي ينجح")
    fields.setdefault("venue_address", "Town hall, Sfax")
    session = Session.objects.create(
        kind=fields.pop("kind", SessionKind.EXCHANGE),
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=hours),
        capacity=capacity,
        **fields,
    )
    session.invited_cohorts.add(*cohorts)
    session.invited_cities.add(*cities)
    return session


@pytest.fixture
def cohort(db):
    return make_cohort(name="Sfax staff", country="TN", city_name="Sfax")


@pytest.fixture
def city(db):
    return make_city("Sousse")


@pytest.fixture
def invited(cohort):
    """Three learners of the invited cohort."""
    learners = []
    for number in range(3):
        user = make_user(f"invited{number}@example.org", full_name=f"Invited {number}", preferred_language="en")
        add_member(cohort, user)
        learners.append(user)
    return learners


@pytest.fixture
def outsider(db):
    return make_user("outsider@example.org", full_name="Not Invited")


@pytest.fixture
def city_member(city):
    return make_member(city, "team@example.org")


@pytest.fixture(autouse=True)
def _without_the_demo_sessions(request):
    """The demo's sessions (home/demo/sessions.py, loaded with the test database) would count in these
    tests' tallies; they are removed for each test (rolled back after it). test_demo.py reads them."""
    marker = request.node.get_closest_marker("django_db")
    if request.module.__name__.endswith("test_demo") or marker is None or marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("db")
    Session.objects.all().delete()
