"""The account menu's cohort links come from the cache (no query on every page) and change at once when the
person's cohorts or groups change, from either side of the relation."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.cohorts.access import PROGRAMME_MANAGERS
from tests.cohorts.conftest import add_member, make_cohort
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PAGE = "/en/courses/"


def _links(client) -> tuple[bool, bool]:
    html = client.get(PAGE).content.decode()
    return reverse("trainer_dashboard") in html, reverse("my_cohorts") in html


@pytest.fixture
def person(client, demo_site):
    user = make_user("menu@example.org")
    client.force_login(user)
    return user


def test_a_page_asks_nothing_about_cohorts_once_the_menu_is_known(client, person):
    client.get(PAGE)
    with CaptureQueriesContext(connection) as captured:
        client.get(PAGE)
    assert not [query for query in captured if "cohorts_" in query["sql"] or "auth_group" in query["sql"]]


def test_becoming_and_ceasing_to_be_a_trainer_shows_at_once_from_either_side(client, person):
    cohort = make_cohort(name="Menu cohort")
    assert _links(client) == (False, False)
    cohort.trainers.add(person)
    assert _links(client) == (True, False)
    person.trained_cohorts.remove(cohort)  # the user's side
    assert _links(client) == (False, False)
    cohort.trainers.add(person)
    assert _links(client)[0]
    cohort.trainers.clear()
    assert _links(client) == (False, False)


def test_joining_and_leaving_a_cohort_shows_at_once(client, person):
    cohort = make_cohort(name="Menu cohort")
    membership = add_member(cohort, person)
    assert _links(client) == (False, True)
    membership.delete()
    assert _links(client) == (False, False)


def test_programme_manager_group_changes_show_at_once_from_either_side(client, person):
    group, _created = Group.objects.get_or_create(name=PROGRAMME_MANAGERS)
    person.groups.add(group)
    assert _links(client)[0]
    group.user_set.remove(person)
    assert not _links(client)[0]
    group.user_set.add(person)
    assert _links(client)[0]
    group.user_set.clear()
    assert not _links(client)[0]
