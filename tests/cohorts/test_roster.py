"""Trainers add learners from pasted text or a CSV: existing accounts join and are enrolled, other
addresses are invited by e-mail in the chosen language, bad lines are reported by number."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.cohorts import roster
from courses.cohorts.models import CohortInvitation, CohortMembership, MembershipSource
from courses.progress.models import Enrolment
from tests.cohorts.conftest import add_member, url
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_parse_reports_bad_lines_by_number_and_keeps_the_good_ones(english):
    text = "email\nsalma@example.org\n\nnot-an-address\n  Youssef@Example.org ;Youssef\nsalma@example.org\n"
    parsed = roster.parse(text)
    assert [(line.line, line.email) for line in parsed.lines] == [(2, "salma@example.org"), (5, "Youssef@Example.org")]
    assert [(error.line, error.message) for error in parsed.errors] == [
        (4, "“not-an-address” is not a valid e-mail address."),
        (6, "salma@example.org is already on line 2."),
    ]


def test_parse_reads_spreadsheet_columns_and_angle_brackets():
    parsed = roster.parse('"a@example.org","Salma"\nb@example.org\tYoussef\n<c@example.org>\n')
    assert [line.email for line in parsed.lines] == ["a@example.org", "b@example.org", "c@example.org"]
    assert parsed.errors == []


def test_parse_stops_at_the_limit_with_a_message():
    parsed = roster.parse("\n".join(f"p{number}@example.org" for number in range(roster.MAX_LINES + 5)))
    assert len(parsed.lines) == roster.MAX_LINES
    assert parsed.errors[0].line == roster.MAX_LINES + 1


def test_upload_with_a_byte_order_mark_decodes():
    assert roster.decode_upload("\ufeffemail\na@example.org\n".encode()) == "email\na@example.org\n"


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def _post(client, cohort, **data):
    data.setdefault("language", "fr")
    return client.post(url("trainer_add_learners", cohort.pk), data, follow=True)


def test_pasted_list_adds_existing_users_invites_others_and_reports_bad_lines(
    trainer_client, cohort, course, django_capture_on_commit_callbacks
):
    existing = make_user("Existing@Example.org")
    member = make_user("member-already@example.org")
    add_member(cohort, member)
    mail.outbox.clear()
    text = "existing@example.org\nnewcomer@example.org\nbroken-line\nmember-already@example.org\n"
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(trainer_client, cohort, emails=text)
    html = response.content.decode()
    assert "Added: 1. Invited by e-mail: 1. Already in the cohort: 1." in html
    assert "Line 3: “broken-line” is not a valid e-mail address." in html

    assert CohortMembership.objects.get(cohort=cohort, user=existing).source == MembershipSource.TRAINER
    assert Enrolment.objects.filter(user=existing, course_key=course.translation_key).exists()
    invitation = CohortInvitation.objects.get(cohort=cohort, email="newcomer@example.org")
    assert invitation.language == "fr"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["newcomer@example.org"]
    assert "Tunis staff" in message.subject
    assert "Tunisie" in message.body, "the country is named in French, the invitation's language"
    assert f"/fr/join/{invitation.token}/" in message.body


def test_an_invited_person_signs_up_and_joins_through_the_mail(client, cohort, django_capture_on_commit_callbacks):
    trainer = cohort.trainers.get()
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        _post(client, cohort, emails="newcomer@example.org")
    path = re.search(r"https?://[^/\s]+(/fr/join/\S+/)", mail.outbox[-1].body).group(1)
    client.logout()
    user = make_user("newcomer@example.org")
    client.force_login(user)
    client.post(path)
    assert CohortMembership.objects.get(user=user).source == MembershipSource.INVITATION


def test_uploaded_csv_is_read_like_pasted_text(trainer_client, cohort):
    make_user("from-file@example.org")
    upload = SimpleUploadedFile("learners.csv", b"\xef\xbb\xbfE-mail,Name\nfrom-file@example.org,Salma\noops\n")
    html = _post(trainer_client, cohort, file=upload).content.decode()
    assert cohort.memberships.filter(user__email="from-file@example.org").exists()
    assert "Line 3: “oops” is not a valid e-mail address." in html


def test_an_empty_form_is_refused_with_a_message(trainer_client, cohort):
    response = trainer_client.post(url("trainer_add_learners", cohort.pk), {"language": "ar"})
    assert response.status_code == 400
    assert "Paste some e-mail addresses or choose a CSV file." in response.content.decode()


def test_existing_users_who_cannot_enrol_are_added_and_told_why(trainer_client, cohort):
    make_user("unverified@example.org", verified=False)
    html = _post(trainer_client, cohort, emails="unverified@example.org").content.decode()
    assert cohort.memberships.filter(user__email="unverified@example.org").exists()
    assert "unverified@example.org is in the cohort but not enrolled in" in html


def test_invitation_settings_and_link_on_the_manage_page(trainer_client, cohort):
    page = trainer_client.get(reverse("trainer_cohort_manage", args=[cohort.pk])).content.decode()
    assert f"/ar/join/{cohort.invitation_token}/" in page, "the link is in the cohort's language"
    trainer_client.post(
        reverse("trainer_update_invitation", args=[cohort.pk]),
        {"invitation_expires_at": "2030-01-31T18:00", "seat_limit": "25"},
    )
    cohort.refresh_from_db()
    assert cohort.seat_limit == 25
    assert cohort.invitation_expires_at.year == 2030
    refused = trainer_client.post(reverse("trainer_update_invitation", args=[cohort.pk]), {"seat_limit": "-1"})
    assert refused.status_code == 400


def test_inviting_an_address_again_resends_the_same_invitation(
    trainer_client, cohort, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, cohort, emails="newcomer@example.org", language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, cohort, emails="NewComer@example.org", language="en")
    invitation = CohortInvitation.objects.get(cohort=cohort)
    assert invitation.language == "en"
    assert [message.to for message in mail.outbox[-2:]] == [["newcomer@example.org"], ["NewComer@example.org"]]
