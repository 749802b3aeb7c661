"""Trainers see only their own cohorts (404 otherwise, on every URL); programme managers and
superusers see all; learners see no trainer page; writes are POST with CSRF."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.cohorts.models import CohortInvitation, CohortMembership, Reminder
from tests.cohorts.conftest import add_member, make_cohort
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

# (method, URL name, whether it takes the learner's id, POST data)
COHORT_URLS = [
    ("get", "trainer_cohort", False, None),
    ("get", "trainer_learner", True, None),
    ("get", "trainer_export_csv", False, None),
    ("get", "trainer_export_xlsx", False, None),
    ("get", "trainer_cohort_manage", False, None),
    ("post", "trainer_send_reminders", False, "reminder"),
    ("post", "trainer_update_invitation", False, {"seat_limit": "3"}),
    ("post", "trainer_rotate_invitation", False, {"confirm": "on"}),
    ("post", "trainer_add_learners", False, {"emails": "newcomer@example.org", "language": "ar"}),
]


def _call(client, method, name, cohort, learner, data):
    args = [cohort.pk, learner.pk] if name == "trainer_learner" else [cohort.pk]
    url = reverse(name, args=args)
    if data == "reminder":
        data = {"learners": [str(learner.pk)]}
    return getattr(client, method)(url, data) if method == "post" else client.get(url)


def _nothing_written(cohort, token):
    cohort.refresh_from_db()
    assert cohort.invitation_token == token
    assert cohort.seat_limit is None
    assert not Reminder.objects.exists()
    assert not CohortInvitation.objects.filter(email="newcomer@example.org").exists()


@pytest.mark.parametrize(("method", "name", "_with_user", "data"), COHORT_URLS)
def test_another_trainers_cohort_is_404_on_every_url(
    client, cohort, learner, other_trainer, method, name, _with_user, data
):
    make_cohort(name="Other trainer's own", trainers=[other_trainer])
    client.force_login(other_trainer)
    token = cohort.invitation_token
    response = _call(client, method, name, cohort, learner, data)
    assert response.status_code == 404
    _nothing_written(cohort, token)


@pytest.mark.parametrize(("method", "name", "_with_user", "data"), COHORT_URLS)
def test_a_learner_gets_404_on_every_trainer_url(client, cohort, learner, method, name, _with_user, data):
    client.force_login(learner)
    token = cohort.invitation_token
    assert _call(client, method, name, cohort, learner, data).status_code == 404
    _nothing_written(cohort, token)


@pytest.mark.parametrize(("method", "name", "_with_user", "data"), COHORT_URLS)
def test_anonymous_visitors_are_sent_to_log_in(client, cohort, learner, method, name, _with_user, data):
    response = _call(client, method, name, cohort, learner, data)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("who", ["trainer", "programme_manager", "superuser"])
@pytest.mark.parametrize(("method", "name", "_with_user", "data"), COHORT_URLS)
def test_own_trainer_programme_managers_and_superusers_get_through(
    client, cohort, learner, trainer, who, method, name, _with_user, data
):
    if who == "trainer":
        user = trainer
    elif who == "programme_manager":
        user = make_user("pm@example.org")
        user.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    else:
        user = make_user("root@example.org", is_superuser=True, is_staff=True)
    if who != "trainer":  # the trainer fixture has it already
        give_mfa(user)
    client.force_login(user)
    response = _call(client, method, name, cohort, learner, data)
    assert response.status_code == (302 if method == "post" else 200)


def test_trainer_dashboard_lists_only_own_cohorts(client, cohort, trainer, other_trainer):
    make_cohort(name="Someone else's cohort", trainers=[other_trainer])
    client.force_login(trainer)
    html = client.get(reverse("trainer_dashboard")).content.decode()
    assert "Tunis staff" in html
    assert "Someone else&#x27;s cohort" not in html and "Someone else's cohort" not in html


def test_programme_manager_dashboard_lists_every_cohort(client, cohort, other_trainer):
    make_cohort(name="Someone else's cohort", trainers=[other_trainer])
    manager = make_user("pm@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(manager)
    html = client.get(reverse("trainer_dashboard")).content.decode()
    assert "Tunis staff" in html and "Someone else" in html


def test_learners_and_trainers_cannot_see_the_regional_rollup(client, cohort, learner, trainer):
    for user in (learner, trainer):
        client.force_login(user)
        assert client.get(reverse("trainer_region")).status_code == 404
    client.force_login(learner)
    assert client.get(reverse("trainer_dashboard")).status_code == 404


def test_a_non_member_is_404_in_the_drill_down_even_for_the_cohorts_trainer(client, cohort, trainer, course):
    outsider = make_user("outsider@example.org")
    add_member(make_cohort(name="Elsewhere", courses=[course]), outsider)
    client.force_login(trainer)
    assert client.get(reverse("trainer_learner", args=[cohort.pk, outsider.pk])).status_code == 404


def test_reminders_ignore_learners_of_other_cohorts(
    client, cohort, trainer, course, django_capture_on_commit_callbacks
):
    outsider = make_user("outsider@example.org")
    add_member(make_cohort(name="Elsewhere", courses=[course]), outsider)
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("trainer_send_reminders", args=[cohort.pk]), {"learners": [str(outsider.pk)]})
    assert not Reminder.objects.exists()


@pytest.mark.parametrize(
    "name", ["trainer_send_reminders", "trainer_update_invitation", "trainer_rotate_invitation", "trainer_add_learners"]
)
def test_writes_refuse_get(client, cohort, trainer, name):
    client.force_login(trainer)
    assert client.get(reverse(name, args=[cohort.pk])).status_code == 405


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("trainer_send_reminders", {"learners": ["1"]}),
        ("trainer_update_invitation", {"seat_limit": "3"}),
        ("trainer_rotate_invitation", {"confirm": "on"}),
        ("trainer_add_learners", {"emails": "newcomer@example.org", "language": "ar"}),
    ],
)
def test_writes_need_the_csrf_token(cohort, trainer, name, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainer)
    token = cohort.invitation_token
    assert client.post(reverse(name, args=[cohort.pk]), data).status_code == 403
    _nothing_written(cohort, token)


def test_joining_needs_the_csrf_token(cohort):
    user = make_user("joiner@example.org")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post(reverse("cohort_join", args=[cohort.invitation_token])).status_code == 403
    assert not CohortMembership.objects.filter(user=user).exists()


def test_account_menu_links_to_the_dashboard_for_trainers_and_managers_only(client, cohort, trainer, learner):
    url = reverse("trainer_dashboard")
    client.force_login(learner)
    assert url not in client.get("/ar/").content.decode()
    client.force_login(trainer)
    assert url in client.get("/ar/").content.decode()
    manager = make_user("pm@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    client.force_login(manager)
    assert url in client.get("/ar/").content.decode()
