"""The end-of-course survey is anonymous to trainers: below 5 responses nothing of it leaves the server
(not the ratings, not the count, not a comment) on the page or in any download; from 5 on, the comments
show without who wrote them."""

import uuid

import pytest
from django.urls import reverse
from django.utils import translation

from courses.cohorts.models import CohortMembership, MembershipSource
from courses.evidence.models import SurveyResponse
from courses.progress.models import Enrolment
from lms.accounts.models import User
from tests.cohorts.conftest import make_cohort, make_trainer

pytestmark = pytest.mark.django_db

COURSE = uuid.uuid4()


def respond(cohort, count: int) -> list[User]:
    """`count` members of `cohort` who answered the survey, each with a comment of their own."""
    start = CohortMembership.objects.filter(cohort=cohort).count()
    users = User.objects.bulk_create(
        [
            User(email=f"survey-{start + n}@example.org", full_name=f"Zenobia Quillfeather {start + n}", password="!")
            for n in range(count)
        ]
    )
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=user, source=MembershipSource.TRAINER) for user in users]
    )
    Enrolment.objects.bulk_create([Enrolment(user=user, course_key=COURSE) for user in users])
    SurveyResponse.objects.bulk_create(
        [
            SurveyResponse(
                user=user,
                course_key=COURSE,
                relevance=5,
                usefulness=2,
                likely_to_apply=4,
                comment=f"Remark number {start + n} about the lessons",
            )
            for n, user in enumerate(users)
        ]
    )
    return users


def downloads(client, cohort) -> dict[str, str]:
    with translation.override("en"):
        page, csv = reverse("evidence_report"), reverse("evidence_report_csv")
    query = {"cohort": cohort.pk}
    return {
        "page": client.get(page, query).content.decode(),
        "csv": client.get(csv, query).content.decode("utf-8-sig"),
    }


@pytest.fixture
def trainer_and_cohort(client):
    trainer = make_trainer("survey-trainer@example.org")
    cohort = make_cohort(name="Survey cohort", trainers=[trainer])
    client.force_login(trainer)
    return trainer, cohort


def test_four_responses_show_nothing_of_the_survey(client, trainer_and_cohort):
    _trainer, cohort = trainer_and_cohort
    respond(cohort, 4)
    for name, text in downloads(client, cohort).items():
        assert "Remark number" not in text, name
        assert "Zenobia" not in text, name
    page = downloads(client, cohort)["page"]
    section = page.split('id="satisfaction-heading"')[1].split("</section>")[0]
    # No mean, median or count: only dashes where figures would be.
    assert not any(figure in section for figure in ("5.0", "2.0", "4.0", ">4<"))


def test_five_responses_show_comments_without_names(client, trainer_and_cohort):
    _trainer, cohort = trainer_and_cohort
    respond(cohort, 5)
    for name, text in downloads(client, cohort).items():
        assert all(f"Remark number {n} about the lessons" in text for n in range(5)), name
        assert "Zenobia" not in text and "survey-0@example.org" not in text, name
    section = downloads(client, cohort)["page"].split('id="satisfaction-heading"')[1].split("</section>")[0]
    assert "5.0" in section and "2.0" in section, "the figures the four-response test looks for, shown from five"
