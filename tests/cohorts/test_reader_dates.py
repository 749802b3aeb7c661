"""Dates on cohort pages and in cohort mails follow their reader: the Arabic order, the month names of
the reader's country, and the reader's time zone (lms/languages/calendar.py)."""

import zoneinfo
from datetime import datetime

import pytest
from django.core import mail

from courses.cohorts import services
from courses.cohorts.mail import send_invitation_mail
from courses.cohorts.models import INVITATION_VALIDITY, CohortInvitation, CohortMembership
from courses.models import LessonPage
from courses.progress.models import Enrolment, LessonProgress
from tests.cohorts.conftest import url
from tests.factories import make_user

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 12, 1, 12, 0, tzinfo=zoneinfo.ZoneInfo("UTC"))
DECEMBER = datetime(2026, 12, 1, 22, 30, tzinfo=zoneinfo.ZoneInfo("UTC"))


def _member(cohort, email: str, joined_at=DECEMBER, **fields):
    user = make_user(email, full_name="Member", preferred_language="ar", **fields)
    CohortMembership.objects.create(cohort=cohort, user=user, joined_at=joined_at)
    return user


@pytest.mark.parametrize(
    ("country", "month"), [("MA", "دجنبر"), ("TN", "ديسمبر"), ("LB", "كانون الأول"), ("EG", "ديسمبر")]
)
def test_my_cohorts_gives_the_joining_date_in_the_readers_month_names(client, cohort, country, month):
    client.force_login(_member(cohort, f"dates-{country}@example.org", joined_at=NOON, country=country))
    html = client.get(url("my_cohorts", language="ar")).content.decode()
    assert f"1 {month} 2026" in html
    assert "ديسمبر 1, 2026" not in html, "Django's own Arabic format puts the month first"


def test_a_late_evening_in_utc_is_already_the_next_day_in_amman(client, cohort):
    """22:30 UTC on 1 December is 01:30 on 2 December in Amman: the learner's own day is shown."""
    client.force_login(_member(cohort, "amman@example.org", country="JO"))
    html = client.get(url("my_cohorts", language="ar")).content.decode()
    assert "2 كانون الأول 2026" in html
    assert "1 كانون الأول 2026" not in html


def test_a_chosen_time_zone_wins_over_the_country(client, cohort):
    client.force_login(_member(cohort, "abroad@example.org", country="JO", time_zone="Europe/London"))
    html = client.get(url("my_cohorts", language="ar")).content.decode()
    assert "1 كانون الأول 2026" in html


def test_the_reminder_mail_gives_the_last_visit_in_the_learners_month_names(
    cohort, course, trainer, django_capture_on_commit_callbacks
):
    learner = _member(cohort, "reminded@example.org", country="MA")
    Enrolment.objects.create(user=learner, course_key=course.translation_key)
    lesson = LessonPage.objects.live().descendant_of(course).first()
    LessonProgress.objects.create(
        user=learner, lesson_key=lesson.translation_key, course_key=course.translation_key, last_visited_at=DECEMBER
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.send_reminders(cohort=cohort, learner_ids=[learner.pk], sent_by=trainer)
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "1 دجنبر 2026" in body  # 23:30 in Casablanca, still the first
    assert "ديسمبر" not in body


def test_the_invitation_mail_gives_the_expiry_in_the_recipients_month_names(cohort, trainer):
    make_user("invitee@example.org", country="LB", preferred_language="ar")
    invitation = CohortInvitation.objects.create(
        cohort=cohort, email="invitee@example.org", invited_by=trainer, language="ar"
    )
    CohortInvitation.objects.filter(pk=invitation.pk).update(created_at=DECEMBER - INVITATION_VALIDITY)
    invitation.refresh_from_db()
    mail.outbox.clear()
    send_invitation_mail(invitation)
    body = mail.outbox[0].body
    assert "2 كانون الأول 2026" in body  # 00:30 in Beirut
    assert "ديسمبر" not in body
