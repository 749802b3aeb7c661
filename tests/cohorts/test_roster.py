"""Trainers invite learners from pasted text or a CSV: every address gets a personal invitation by
e-mail, account or not, and joins only by accepting it; bad lines are reported by number."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

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
        (4, "“\u2068not-an-address\u2069” is not a valid e-mail address."),
        (6, "\u2068salma@example.org\u2069 is already on line 2."),
    ]


def test_parse_reads_spreadsheet_columns_and_angle_brackets():
    parsed = roster.parse('"a@example.org","Salma"\nb@example.org\tYoussef\n<c@example.org>\n')
    assert [line.email for line in parsed.lines] == ["a@example.org", "b@example.org", "c@example.org"]
    assert parsed.errors == []


def test_parse_reads_every_address_pasted_on_one_line():
    # As copied from an e-mail's To: field: nothing after the first address is silently dropped.
    parsed = roster.parse("spaced@example.org ;other@example.org\nSalma <s@example.org>, y@example.org z@example.org\n")
    assert [(line.line, line.email) for line in parsed.lines] == [
        (1, "spaced@example.org"),
        (1, "other@example.org"),
        (2, "s@example.org"),
        (2, "y@example.org"),
        (2, "z@example.org"),
    ]
    assert parsed.errors == [] and parsed.leftover == []


def test_parse_keeps_the_unreadable_lines_as_written():
    parsed = roster.parse("a@example.org\nbroken@\n\nok@example.org; also@bad\na@example.org\n")
    assert [line.email for line in parsed.lines] == ["a@example.org", "ok@example.org"]
    # A duplicate is not kept: its address is already read.
    assert parsed.leftover == ["broken@", "ok@example.org; also@bad"]


def test_parse_stops_at_the_limit_with_a_message():
    parsed = roster.parse("\n".join(f"p{number}@example.org" for number in range(roster.MAX_LINES + 5)))
    assert len(parsed.lines) == roster.MAX_LINES
    assert parsed.errors[0].line == roster.MAX_LINES + 1
    assert parsed.leftover == [f"p{number}@example.org" for number in range(roster.MAX_LINES, roster.MAX_LINES + 5)]


def test_upload_with_a_byte_order_mark_decodes():
    assert roster.decode_upload("\ufeffemail\na@example.org\n".encode()) == "email\na@example.org\n"


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def _post(client, cohort, **data):
    data.setdefault("language", "fr")
    return client.post(url("trainer_add_learners", cohort.pk), data, follow=True)


def test_pasted_list_invites_every_address_and_reports_bad_lines(
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
    assert "2 invitations sent. Each person joins only by accepting theirs. 1 address is already in the cohort." in html
    assert 'Line 3: “<bdi class="bidi-token">broken-line</bdi>” is not a valid e-mail address.' in html

    # The account holder is invited like anyone else: not a member, not enrolled, until they accept.
    assert not CohortMembership.objects.filter(cohort=cohort, user=existing).exists()
    assert not Enrolment.objects.filter(user=existing).exists()
    invitation = CohortInvitation.objects.get(cohort=cohort, email="newcomer@example.org")
    assert invitation.language == "fr"
    assert CohortInvitation.objects.filter(cohort=cohort, email="existing@example.org").exists()
    assert not CohortInvitation.objects.filter(email="member-already@example.org").exists()

    assert sorted(message.to[0] for message in mail.outbox) == ["existing@example.org", "newcomer@example.org"]
    message = next(message for message in mail.outbox if message.to == ["newcomer@example.org"])
    assert "Tunis staff" in message.subject
    assert "Tunisie" in message.body, "the country is named in French, the invitation's language"
    assert f"/fr/join/{invitation.token}/" in message.body


def _join_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/\w\w/join/\S+/)", message.body).group(1)


def test_an_invited_person_signs_up_and_joins_through_the_mail(client, cohort, django_capture_on_commit_callbacks):
    trainer = cohort.trainers.get()
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        _post(client, cohort, emails="newcomer@example.org")
    path = _join_path(mail.outbox[-1])
    client.logout()
    user = make_user("newcomer@example.org")
    client.force_login(user)
    client.post(path)
    assert CohortMembership.objects.get(user=user).source == MembershipSource.INVITATION


def test_an_account_holder_logs_in_and_accepts_then_is_enrolled(
    client, cohort, course, django_capture_on_commit_callbacks
):
    user = make_user("existing@example.org", preferred_language="ar")
    client.force_login(cohort.trainers.get())
    with django_capture_on_commit_callbacks(execute=True):
        _post(client, cohort, emails="existing@example.org")
    message = mail.outbox[-1]
    path = _join_path(message)
    assert "Tunis staff" in message.subject and "تونس" in message.body, "the mail is in the person's own language"
    assert path.startswith("/ar/join/"), "and so is the page it links to"
    client.force_login(user)
    assert not CohortMembership.objects.filter(user=user).exists(), "opening the page is not accepting"
    client.get(path)
    assert not CohortMembership.objects.filter(user=user).exists()
    client.post(path)
    assert CohortMembership.objects.get(user=user).source == MembershipSource.INVITATION
    assert Enrolment.objects.filter(user=user, course_key=course.translation_key).exists()
    assert CohortInvitation.objects.get(cohort=cohort).accepted_by == user


def test_uploaded_csv_is_read_like_pasted_text(trainer_client, cohort):
    make_user("from-file@example.org")
    upload = SimpleUploadedFile("learners.csv", b"\xef\xbb\xbfE-mail,Name\nfrom-file@example.org,Salma\noops\n")
    html = _post(trainer_client, cohort, file=upload).content.decode()
    assert CohortInvitation.objects.filter(cohort=cohort, email="from-file@example.org").exists()
    assert not cohort.memberships.exists()
    assert 'Line 3: “<bdi class="bidi-token">oops</bdi>” is not a valid e-mail address.' in html


def test_unreadable_lines_come_back_in_the_box_to_be_corrected(trainer_client, cohort):
    response = _post(trainer_client, cohort, emails="good@example.org\nsalma@example\n", language="ar")
    html = response.content.decode()
    assert response.redirect_chain[-1][0].endswith(url("trainer_cohort_manage", cohort.pk)), "sent, then redirected"
    assert CohortInvitation.objects.filter(cohort=cohort, email="good@example.org").exists()
    assert "The lines that could not be read are kept in the box below" in html
    textarea = re.search(r'<textarea name="emails"[^>]*>(.*?)</textarea>', html, re.S).group(1)
    assert textarea.strip() == "salma@example"
    assert re.search(r'<option value="ar" selected>', html), "with the language chosen for them"
    # Shown once: the next visit starts with an empty box.
    again = trainer_client.get(url("trainer_cohort_manage", cohort.pk)).content.decode()
    assert re.search(r'<textarea name="emails"[^>]*>\s*</textarea>', again)


def test_an_empty_form_is_refused_with_a_message(trainer_client, cohort):
    response = trainer_client.post(url("trainer_add_learners", cohort.pk), {"language": "ar"})
    assert response.status_code == 400
    assert "Paste some e-mail addresses or choose a CSV file." in response.content.decode()


def test_an_unverified_account_is_invited_like_any_other(trainer_client, cohort, django_capture_on_commit_callbacks):
    make_user("unverified@example.org", verified=False)
    with django_capture_on_commit_callbacks(execute=True):
        html = _post(trainer_client, cohort, emails="unverified@example.org").content.decode()
    assert not cohort.memberships.exists()
    assert "1 invitation sent." in html
    assert mail.outbox[-1].to == ["unverified@example.org"]


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


def test_inviting_an_address_again_waits_a_day_then_resends_the_same_invitation(
    trainer_client, cohort, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, cohort, emails="newcomer@example.org", language="ar")
    first = CohortInvitation.objects.get(cohort=cohort)
    with django_capture_on_commit_callbacks(execute=True):
        html = _post(trainer_client, cohort, emails="NewComer@example.org", language="en").content.decode()
    assert (
        'No new invitation to <bdi class="bidi-token">NewComer@example.org</bdi>: one was e-mailed to this address '
        "less than 24 hours ago." in html
    )
    assert len(mail.outbox) == 1
    unchanged = CohortInvitation.objects.get(cohort=cohort)
    assert (unchanged.language, unchanged.created_at) == ("ar", first.created_at)

    CohortInvitation.objects.update(created_at=timezone.now() - timedelta(hours=25))
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, cohort, emails="NewComer@example.org", language="en")
    invitation = CohortInvitation.objects.get(cohort=cohort)
    assert (invitation.language, invitation.token) == ("en", first.token)
    assert [message.to for message in mail.outbox] == [["newcomer@example.org"], ["NewComer@example.org"]]
