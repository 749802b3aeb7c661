"""Demo cohorts, the "Programme managers" group and the Wagtail admin for cohorts; the stylesheet."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse

from courses.cities.models import City
from courses.cohorts import selectors
from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.cohorts.models import Cohort, CohortCourse, CohortMembership, Reminder
from home.demo.cohorts import load_demo_cohorts
from lms.accounts.services import export_personal_data
from tests.cohorts.conftest import add_member
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db


def test_demo_cohorts_have_the_trainer_and_learners_at_varied_progress(demo_site):
    rabat = Cohort.objects.get(name="Rabat municipal staff")
    irbid = Cohort.objects.get(name="Irbid Young Cities")
    assert (str(rabat.country), rabat.city.name_en, str(irbid.country), irbid.city.name_en) == (
        "MA",
        "Rabat",
        "JO",
        "Irbid",
    )
    assert (rabat.city.country, irbid.city.country) == ("MA", "JO")
    assert list(rabat.trainers.values_list("email", flat=True)) == ["trainer@academy.example"]
    assert [row.course.slug for row in rabat.cohort_courses.order_by("sort_order")] == [
        "city-role-in-prevention",
        "local-prevention-in-practice",
    ]
    assert [row.course.slug for row in irbid.cohort_courses.order_by("sort_order")] == [
        "city-role-in-prevention",
        "engaging-young-people",
    ]
    statuses = [row.status for cohort in (rabat, irbid) for row in selectors.cohort_matrix(cohort).rows]
    assert len(statuses) == 10
    assert {"completed", "stalled", "active", "not_started"} <= set(statuses)
    languages = set(
        CohortMembership.objects.filter(cohort__in=[rabat, irbid]).values_list("user__preferred_language", flat=True)
    )
    assert languages == {"ar", "fr", "en"}
    stalled = [row for row in selectors.cohort_matrix(rabat).rows if row.is_stalled]
    assert max(row.days_inactive for row in stalled) >= 30


def test_loading_demo_cohorts_again_creates_nothing(demo_site):
    counts = [model.objects.count() for model in (Cohort, CohortCourse, CohortMembership)]
    load_demo_cohorts()
    assert [model.objects.count() for model in (Cohort, CohortCourse, CohortMembership)] == counts


def test_programme_managers_group_can_manage_cohorts_in_the_admin(client, demo_site):
    group = Group.objects.get(name=PROGRAMME_MANAGERS)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_cohort", "change_cohort", "delete_cohort"} <= codenames
    manager = make_user("pm@example.org")
    manager.groups.add(group)
    give_mfa(manager)
    client.force_login(manager)
    listing = client.get("/admin/snippets/cohorts/cohort/")
    assert listing.status_code == 200 and "Rabat municipal staff" in listing.content.decode()
    cohort = Cohort.objects.get(name="Irbid Young Cities")
    assert client.get(f"/admin/snippets/cohorts/cohort/edit/{cohort.pk}/").status_code == 200


def test_superuser_creates_a_cohort_with_courses_in_the_admin(client, demo_site, course, trainer):
    admin = make_user("root@example.org", is_superuser=True, is_staff=True)
    give_mfa(admin)
    client.force_login(admin)
    sfax = City.objects.create(name_ar="صفاقس", name_en="Sfax", name_fr="Sfax", country="TN")
    response = client.post(
        "/admin/snippets/cohorts/cohort/add/",
        {
            "name": "Sfax youth council",
            "country": "TN",
            "city": str(sfax.pk),
            "language": "fr",
            "status": "planned",
            "start_date": "2026-12-01",
            "end_date": "",
            "trainers": [str(trainer.pk)],
            "invitation_expires_at": "",
            "seat_limit": "30",
            "cohort_courses-TOTAL_FORMS": "1",
            "cohort_courses-INITIAL_FORMS": "0",
            "cohort_courses-MIN_NUM_FORMS": "1",
            "cohort_courses-MAX_NUM_FORMS": "1000",
            "cohort_courses-0-course": str(course.pk),
            "cohort_courses-0-ORDER": "1",
            "cohort_courses-0-id": "",
            "cohort_courses-0-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    cohort = Cohort.objects.get(name="Sfax youth council")
    assert list(cohort.trainers.all()) == [trainer]
    assert [row.course_id for row in cohort.cohort_courses.all()] == [course.pk]
    assert cohort.seat_limit == 30 and len(cohort.invitation_token) >= 32
    assert cohort.city == sfax and list(sfax.cohorts.all()) == [cohort]
    client.force_login(trainer)
    assert client.get(reverse("trainer_cohort", args=[cohort.pk])).status_code == 200


def test_personal_data_export_includes_cohorts(cohort, learner):
    Reminder.objects.create(cohort=cohort, learner=learner, language="fr")
    data = export_personal_data(user=learner)["cohorts"]
    assert data["memberships"][0]["cohort"] == "Tunis staff"
    assert data["reminders_received"][0]["language"] == "fr"


def test_deleting_an_account_removes_memberships_and_reminders(cohort):
    user = make_user("leaving@example.org")
    add_member(cohort, user)
    Reminder.objects.create(cohort=cohort, learner=user, language="ar")
    user.delete()
    assert not CohortMembership.objects.filter(user_id=user.pk).exists()
    assert not Reminder.objects.filter(learner_id=user.pk).exists()


def test_trainer_stylesheet_uses_logical_properties_only():
    css = (Path(settings.PROJECT_DIR) / "static" / "css" / "trainer.css").read_text()
    physical = re.findall(
        r"(?:margin|padding|border|inset)-(?:left|right|top|bottom)\b|(?<![-\w])(?:left|right|top|bottom)\s*:"
        r"|(?:text-align|float|clear)\s*:\s*(?:left|right)|(?<![-\w])(?:width|height)\s*:|overflow-[xy]",
        css,
    )
    assert physical == []
