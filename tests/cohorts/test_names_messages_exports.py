"""Issue #13 item 9 for cohorts: names in the reader's language, a trainer's personal message in a
reminder, the CSV separator Excel expects in the trainer's language, and the sticky learner column."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation

from courses.cohorts import exports
from courses.cohorts.models import REMINDER_MESSAGE_MAX_LENGTH, Cohort, Reminder
from tests.cohorts.conftest import make_cohort, url

pytestmark = pytest.mark.django_db

names_migration = importlib.import_module("courses.cohorts.migrations.0005_cohort_names_reminder_message")


def _named(**fields) -> Cohort:
    return make_cohort(
        name="Irbid Young Cities",
        name_ar="المدن الشابة في إربد",
        name_en="Irbid Young Cities",
        name_fr="Villes jeunes d’Irbid",
        **fields,
    )


def test_a_cohorts_name_follows_the_readers_language_with_the_name_as_fallback():
    cohort = _named()
    assert [cohort.name_in(language) for language in ("ar", "en", "fr")] == [
        "المدن الشابة في إربد",
        "Irbid Young Cities",
        "Villes jeunes d’Irbid",
    ]
    untranslated = make_cohort(name="Rabat municipal staff")
    assert untranslated.name_in("ar") == "Rabat municipal staff"
    with translation.override("fr"):
        assert str(cohort) == cohort.local_name == "Villes jeunes d’Irbid"


def test_the_migration_gives_the_name_to_the_cohorts_language():
    arabic = make_cohort(name="موظفو بلدية الرباط", language="ar")
    french = make_cohort(name="Personnel de Sfax", language="fr")
    names_migration.name_in_the_cohorts_language(apps, None)
    arabic.refresh_from_db()
    french.refresh_from_db()
    assert (arabic.name_ar, arabic.name_en, french.name_fr, french.name_ar) == (
        "موظفو بلدية الرباط",
        "",
        "Personnel de Sfax",
        "",
    )


def test_arabic_trainer_pages_show_the_arabic_name(client, trainer, course):
    cohort = _named(courses=[course], trainers=[trainer])
    client.force_login(trainer)
    with translation.override("ar"):
        dashboard = client.get(reverse("trainer_dashboard")).content.decode()
        matrix = client.get(reverse("trainer_cohort", args=[cohort.pk])).content.decode()
    assert "المدن الشابة في إربد" in dashboard and "Irbid Young Cities" not in dashboard
    assert "المدن الشابة في إربد" in matrix
    with translation.override("fr"):
        assert "Villes jeunes d’Irbid" in client.get(reverse("trainer_dashboard")).content.decode()


def test_a_reminder_carries_the_trainers_message_as_written(
    client, trainer, cohort, learner, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    mail.outbox.clear()
    message = 'The workshop is on <b>Monday</b> & "bring" your notes.'
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("trainer_send_reminders", cohort.pk),
            {"learners": [str(learner.pk)], "message": f"  {message}  "},
            follow=True,
        )
    assert Reminder.objects.get(learner=learner).message == message
    sent = mail.outbox[0]
    # Plain text only, so nothing in the message can be read as markup; the learner reads it as typed.
    assert message in sent.body and not getattr(sent, "alternatives", [])
    assert "<b>" not in sent.subject


def test_a_reminder_without_a_message_has_no_message_block(
    client, trainer, cohort, learner, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("trainer_send_reminders", cohort.pk), {"learners": [str(learner.pk)]})
    with translation.override("fr"):
        heading = translation.gettext("A message from your trainer:")
    assert heading not in mail.outbox[0].body and "\n\n\n" not in mail.outbox[0].body


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_language_puts_the_message_in_the_reminder(language, cohort, learner, trainer):
    from courses.cohorts.mail import send_reminder_mail

    reminder = Reminder.objects.create(
        cohort=cohort, learner=learner, sent_by=trainer, language=language, message="Salam, see you Monday."
    )
    mail.outbox.clear()
    send_reminder_mail(reminder)
    assert "Salam, see you Monday." in mail.outbox[0].body


def test_a_message_longer_than_the_limit_is_refused_and_nothing_is_sent(client, trainer, cohort, learner):
    client.force_login(trainer)
    response = client.post(
        url("trainer_send_reminders", cohort.pk),
        {"learners": [str(learner.pk)], "message": "x" * (REMINDER_MESSAGE_MAX_LENGTH + 1)},
        follow=True,
    )
    assert response.status_code == 200
    assert not Reminder.objects.filter(learner=learner).exists()


def test_the_matrix_and_the_learner_page_offer_the_message(client, trainer, cohort, learner):
    client.force_login(trainer)
    matrix = client.get(reverse("trainer_cohort", args=[cohort.pk])).content.decode()
    assert 'name="message"' in matrix and f'maxlength="{REMINDER_MESSAGE_MAX_LENGTH}"' in matrix
    assert 'aria-describedby="id_message_helptext"' in matrix
    detail = client.get(reverse("trainer_learner", args=[cohort.pk, learner.pk])).content.decode()
    assert 'name="message"' in detail


def _csv(client, cohort, language, **params):
    with translation.override(language):
        address = reverse("trainer_export_csv", args=[cohort.pk])
    response = client.get(address, params)
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.mark.parametrize(("language", "separator"), [("fr", ";"), ("ar", ";"), ("en", ",")])
def test_the_csv_uses_the_separator_excel_expects_in_the_trainers_language(
    client, trainer, cohort, learner, language, separator
):
    client.force_login(trainer)
    text = _csv(client, cohort, language)
    assert text.startswith("\ufeff"), "a byte-order mark, so that Excel reads UTF-8"
    first = text[1:].splitlines()[0]
    assert first.count(separator) >= 10 and first.count(";" if separator == "," else ",") == 0


def test_the_trainer_chooses_the_other_separator(client, trainer, cohort, learner):
    client.force_login(trainer)
    assert _csv(client, cohort, "fr", separator="comma")[1:].splitlines()[0].count(",") >= 10
    assert _csv(client, cohort, "en", separator="semicolon")[1:].splitlines()[0].count(";") >= 10
    # An unknown value falls back to the language's separator.
    assert _csv(client, cohort, "fr", separator="tab")[1:].splitlines()[0].count(";") >= 10


def test_the_export_form_defaults_to_the_languages_separator(client, trainer, cohort, learner):
    client.force_login(trainer)
    for language, chosen in (("fr", "semicolon"), ("en", "comma")):
        with translation.override(language):
            html = client.get(reverse("trainer_cohort", args=[cohort.pk])).content.decode()
        assert f'<option value="{chosen}" selected>' in html
    assert exports.default_separator("ar") == "semicolon"


def test_on_a_phone_the_learner_column_stays_while_the_modules_scroll():
    """Logical properties only: the learner's name sticks at the inline start in both directions."""
    css = (Path(settings.BASE_DIR) / "lms/static/css/trainer.css").read_text(encoding="utf-8")
    rule = css.split(".matrix th.matrix__learner {", 1)[1].split("}", 1)[0]
    assert "position: sticky" in rule and "inset-inline-start: 0" in rule
    assert ".matrix-scroll" in css and "overflow: auto" in css.split(".matrix-scroll", 1)[1].split("}", 1)[0]
    phone = css.split("@media (max-width: 40rem)", 1)[1]
    assert "matrix__learner" in phone and " left" not in phone and " right" not in phone
