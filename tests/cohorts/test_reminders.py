"""Reminders: sent through the tasks framework to each learner in their own language, at most one
per learner in 24 hours (a second attempt is refused with a clear message); the weekly digest."""

import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses.cohorts import services
from courses.cohorts.models import CohortStatus, Reminder
from courses.progress.models import Enrolment
from tests.cohorts.conftest import add_member, make_cohort, url
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def _remind(client, cohort, *learners, capture):
    with capture(execute=True):
        return client.post(
            url("trainer_send_reminders", cohort.pk),
            {"learners": [str(learner.pk) for learner in learners]},
            follow=True,
        )


def test_a_reminder_lands_in_the_outbox_in_the_learners_language(
    trainer_client, cohort, learner, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    response = _remind(trainer_client, cohort, learner, capture=django_capture_on_commit_callbacks)
    assert "Reminder sent to 1 learner (<bdi>Salma Member</bdi>)" in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["member@example.org"]
    assert "Tunis staff" in message.subject
    assert "Tunisie" in message.body, "the country is named in French, the learner's language"
    assert "/fr/learn/" in message.body
    reminder = Reminder.objects.get(learner=learner)
    assert reminder.language == "fr" and reminder.delivered_at is not None
    assert reminder.sent_by == cohort.trainers.get()


def test_a_second_reminder_within_24_hours_is_refused_with_a_clear_message(
    trainer_client, cohort, learner, django_capture_on_commit_callbacks
):
    _remind(trainer_client, cohort, learner, capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()
    response = _remind(trainer_client, cohort, learner, capture=django_capture_on_commit_callbacks)
    html = response.content.decode()
    assert "No reminder sent to <bdi>Salma Member</bdi>: they already received one in the last 24 hours." in html
    assert "You can remind them again after" in html
    assert mail.outbox == []
    assert Reminder.objects.filter(learner=learner).count() == 1


def test_the_24_hours_count_across_cohorts_and_trainers(cohort, learner, course, other_trainer):
    other = make_cohort(name="Second cohort", courses=[course], trainers=[other_trainer])
    add_member(other, learner)
    first = services.send_reminders(cohort=cohort, learner_ids=[learner.pk], sent_by=cohort.trainers.get())
    second = services.send_reminders(cohort=other, learner_ids=[learner.pk], sent_by=other_trainer)
    assert first.sent == [learner] and second.sent == []
    assert second.refused[0][0] == learner


def test_a_reminder_is_allowed_again_after_24_hours(cohort, learner):
    trainer = cohort.trainers.get()
    earlier = timezone.now() - timedelta(hours=24, minutes=1)
    services.send_reminders(cohort=cohort, learner_ids=[learner.pk], sent_by=trainer, now=earlier)
    outcome = services.send_reminders(cohort=cohort, learner_ids=[learner.pk], sent_by=trainer)
    assert outcome.sent == [learner]


def test_without_a_preferred_language_the_cohorts_language_is_used(
    trainer_client, cohort, django_capture_on_commit_callbacks
):
    cohort.language = "ar"
    cohort.save()
    user = make_user("no-language@example.org", full_name="Omar")
    add_member(cohort, user)
    mail.outbox.clear()
    _remind(trainer_client, cohort, user, capture=django_capture_on_commit_callbacks)
    assert Reminder.objects.get(learner=user).language == "ar"
    assert "تونس" in mail.outbox[0].body, "Tunisia is named in Arabic"
    assert "/ar/learn/" in mail.outbox[0].body


def test_learners_who_completed_everything_are_not_reminded(cohort, learner, course):
    Enrolment.objects.create(user=learner, course_key=course.translation_key, completed_at=timezone.now())
    outcome = services.send_reminders(cohort=cohort, learner_ids=[learner.pk], sent_by=cohort.trainers.get())
    assert outcome.completed == [learner] and not Reminder.objects.filter(learner=learner).exists()


def test_a_reminder_from_the_drill_down_returns_there(trainer_client, cohort, learner):
    response = trainer_client.post(
        reverse("trainer_send_reminders", args=[cohort.pk]), {"learners": [str(learner.pk)], "from": "learner"}
    )
    assert response["Location"] == reverse("trainer_learner", args=[cohort.pk, learner.pk])


def test_no_learner_chosen_is_explained(trainer_client, cohort):
    response = trainer_client.post(url("trainer_send_reminders", cohort.pk), follow=True)
    assert "Choose at least one learner to remind." in response.content.decode()


def test_a_message_typed_for_a_reminder_not_sent_is_kept(trainer_client, cohort, learner):
    page = url("trainer_cohort", cohort.pk)
    response = trainer_client.post(
        url("trainer_send_reminders", cohort.pk), {"message": "Nos félicitations"}, follow=True
    )
    html = response.content.decode()
    assert "Choose at least one learner to remind." in html
    assert re.search(r'<details class="matrix-filters-box" open>\s*<summary>', html)
    assert re.search(r'<textarea name="message"[^>]*>\s*Nos félicitations</textarea>', html)
    assert "Nos félicitations" not in trainer_client.get(page).content.decode(), "given back once"
    # Too long for the field: refused, and still given back to be shortened.
    long_message = "x" * 2000
    response = trainer_client.post(
        url("trainer_send_reminders", cohort.pk), {"learners": [str(learner.pk)], "message": long_message}, follow=True
    )
    assert long_message in response.content.decode()
    assert not Reminder.objects.exists()


def test_weekly_digest_goes_to_trainers_of_open_cohorts_in_their_language(cohort, learner, trainer, other_trainer):
    trainer.preferred_language = "fr"
    trainer.save()
    make_cohort(name="Finished long ago", status=CohortStatus.ARCHIVED, trainers=[other_trainer])
    mail.outbox.clear()
    out = io.StringIO()
    call_command("send_trainer_digest", stdout=out)
    to_trainer = [message for message in mail.outbox if message.to == [trainer.email]]
    assert len(to_trainer) == 1
    assert not [message for message in mail.outbox if message.to == [other_trainer.email]]
    body = to_trainer[0].body
    assert "Tunis staff" in body and "Tunisie" in body
    assert f"/fr/trainer/cohorts/{cohort.pk}/" in body
    assert "Weekly digest queued for" in out.getvalue()
