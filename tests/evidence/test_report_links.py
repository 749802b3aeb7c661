"""Where the programme report is found: the trainer dashboard (the whole report, and each cohort's) and,
for programme managers, the overview by country and city."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from courses.cohorts.access import PROGRAMME_MANAGERS
from tests.cohorts.conftest import make_cohort, make_trainer
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "ar") -> str:
    with translation.override(language):
        return reverse(name)


@pytest.fixture
def manager():
    user = make_user("links-pm@example.org")
    user.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(user)
    return user


def test_trainer_dashboard_links_to_the_report_of_each_of_their_cohorts(client):
    trainer = make_trainer("links-trainer@example.org")
    mine = make_cohort(name="Links cohort", trainers=[trainer])
    other = make_cohort(name="Someone else's cohort")
    client.force_login(trainer)
    page = client.get(url("trainer_dashboard")).content.decode()
    report = url("evidence_report")
    assert f'href="{report}"' in page
    assert f'href="{report}?cohort={mine.pk}"' in page
    assert f"?cohort={other.pk}" not in page
    # The link a trainer follows opens their cohort's report.
    assert client.get(f"{report}?cohort={mine.pk}").status_code == 200


def test_programme_manager_finds_the_report_on_the_dashboard_and_the_overview(client, manager):
    client.force_login(manager)
    report = url("evidence_report")
    for page in ("trainer_dashboard", "trainer_region"):
        response = client.get(url(page))
        assert response.status_code == 200
        assert f'href="{report}"' in response.content.decode(), page
    assert client.get(report).status_code == 200


def test_learner_sees_no_report_link_and_no_report(client):
    learner = make_user("links-learner@example.org")
    client.force_login(learner)
    assert client.get(url("trainer_dashboard")).status_code == 404
    assert client.get(url("evidence_report")).status_code == 404
