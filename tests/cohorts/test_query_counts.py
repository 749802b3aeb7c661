"""The matrix, the roll-up and the dashboard cost the same number of queries for 10 and for 500 learners."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.cities.models import City
from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.cohorts.models import CohortInvitation
from tests.cohorts.conftest import add_member, bulk_learners, make_cohort
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

# Session and user (2), two-factor check (1), the user's roles (1), the cohort (1), the structure (1: the
# cohort's courses; modules and lessons come from the cached course trees, their titles in the reader's
# language from the cache until a page is published again), every member with
# their totals (1, one row per member, grouped in the database) and their enrolments (1), then for the page's
# 100 learners only their lessons, reminders and certificates (3); whether the trainer opens the admin comes
# from the cache, not the database (lms.accounts.admin_access). 11, plus one for the H5P average and one for the
# sessions held (the attendance query runs only when a session has been held:
# tests/cohorts/test_report_columns.py).
MATRIX_QUERIES = 13
# Session and user (2), two-factor check (1), roles (1), cohorts, their courses, members, enrolments
# and progress (5). Wagtail's user bar, which loaded a programme manager's profile and permissions (4 more),
# is on the site's pages only (tests/lms/test_userbar.py).
ROLLUP_QUERIES = 9
# Session and user (2), two-factor check (1), roles (1), the cohort (1), members and waiting
# invitations (2); the Wagtail user bar asks the cache.
MANAGE_QUERIES = 7
# Session and user (2), the memberships with their cohorts and trainers (2); the account menu's cohort
# links and the Wagtail user bar ask the cache.
MY_COHORTS_QUERIES = 4


def _queries(client, url: str, **params) -> int:
    client.get(url, params)  # warm per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def test_matrix_queries_are_pinned_for_3_30_and_500_learners(client, trainer, course):
    cohorts = []
    for size in (3, 30, 500):
        cohort = make_cohort(name=f"Size {size}", courses=[course], trainers=[trainer])
        bulk_learners(cohort, course, size, completed=3, days_ago=30, prefix=f"size{size}")
        cohorts.append(cohort)
    client.force_login(trainer)
    counts = [_queries(client, reverse("trainer_cohort", args=[cohort.pk])) for cohort in cohorts]
    assert counts == [MATRIX_QUERIES] * 3
    large = cohorts[-1]
    filtered = _queries(client, reverse("trainer_cohort", args=[large.pk]), status="stalled", sort="-progress", page=3)
    assert filtered == MATRIX_QUERIES
    # The last page, and a page number past it (Django's get_page shows the last one).
    assert _queries(client, reverse("trainer_cohort", args=[large.pk]), page=5) == MATRIX_QUERIES
    assert _queries(client, reverse("trainer_cohort", args=[large.pk]), page=99) == MATRIX_QUERIES


def test_rollup_queries_are_pinned_for_10_and_500_learners(client, course):
    manager = make_user("pm@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(manager)
    tunis = City.objects.create(name_ar="تونس", name_en="Tunis", name_fr="Tunis", country="TN")
    first = make_cohort(name="First", courses=[course], country="TN", city=tunis)
    bulk_learners(first, course, 10)
    small = _queries(client, reverse("trainer_region"))
    # Tenfold: more cities, cohorts and learners, and cohorts whose city is not linked.
    for number in range(9):
        city = City.objects.create(
            name_ar=f"مدينة {number}", name_en=f"Town {number}", name_fr=f"Ville {number}", country="LB"
        )
        cohort = make_cohort(name=f"More {number}", courses=[course], country="LB", city=city if number % 3 else None)
        bulk_learners(cohort, course, 55 + number, prefix=f"more{number}")
    large = _queries(client, reverse("trainer_region"))
    assert small == large == ROLLUP_QUERIES


def test_dashboard_queries_do_not_grow_with_cohorts(client, trainer, course):
    client.force_login(trainer)
    bulk_learners(make_cohort(name="One", courses=[course], trainers=[trainer]), course, 5)
    one = _queries(client, reverse("trainer_dashboard"))
    for number in range(9):
        bulk_learners(make_cohort(name=f"Many {number}", courses=[course], trainers=[trainer]), course, 20)
    assert _queries(client, reverse("trainer_dashboard")) == one


def test_drill_down_queries_do_not_grow_with_attempts(client, trainer, course):
    cohort = make_cohort(name="Drill", courses=[course], trainers=[trainer])
    small, large = bulk_learners(cohort, course, 1, completed=1) + bulk_learners(cohort, course, 1, completed=4)
    client.force_login(trainer)
    counts = [_queries(client, reverse("trainer_learner", args=[cohort.pk, user.pk])) for user in (small, large)]
    assert counts[0] == counts[1]


def test_manage_page_queries_do_not_grow_with_members_and_invitations(client, trainer, course):
    cohort = make_cohort(name="Manage", courses=[course], trainers=[trainer])
    client.force_login(trainer)
    small = _queries(client, reverse("trainer_cohort_manage", args=[cohort.pk]))
    bulk_learners(cohort, course, 50)
    CohortInvitation.objects.bulk_create(
        [CohortInvitation(cohort=cohort, email=f"waiting-{number}@example.org", language="ar") for number in range(50)]
    )
    assert _queries(client, reverse("trainer_cohort_manage", args=[cohort.pk])) == small == MANAGE_QUERIES


def test_my_cohorts_queries_do_not_grow_with_cohorts(client, trainer, course):
    learner = make_user("many-cohorts@example.org")
    add_member(make_cohort(name="First", courses=[course], trainers=[trainer]), learner)
    client.force_login(learner)
    one = _queries(client, reverse("my_cohorts"))
    for number in range(9):
        co_trainer = make_user(f"co-trainer-{number}@example.org")
        add_member(make_cohort(name=f"More {number}", courses=[course], trainers=[trainer, co_trainer]), learner)
    assert _queries(client, reverse("my_cohorts")) == one == MY_COHORTS_QUERIES
