"""Trainer powers stop at consent: an invited account is not a member (nor visible) before it
accepts; the trainer's answer, the rows and the mails do not tell an account from an unknown
address; the limits (an address a day, a trainer's daily number, a list's length) refuse with a
message and write nothing; and an account's deletion takes its address out of every invitation."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.cohorts.models import CohortInvitation, CohortMembership
from lms.accounts import services as accounts
from tests.cohorts.conftest import add_member, make_cohort, url
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def _post(client, cohort, emails: str, language: str = "en", follow: bool = True):
    return client.post(url("trainer_add_learners", cohort.pk), {"emails": emails, "language": language}, follow=follow)


def _normalised(html: str, address: str) -> str:
    html = html.replace(address, "ADDRESS")
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", html)
    return re.sub(r'nonce="[^"]+"', "NONCE", html)


def _rows() -> list[tuple]:
    return list(
        CohortInvitation.objects.order_by("pk").values_list(
            "cohort_id", "email", "language", "invited_by_id", "created_at", "accepted_at", "accepted_by_id"
        )
    )


def test_an_invited_account_is_not_a_member_and_stays_invisible_until_it_accepts(
    trainer_client, client, cohort, course, trainer, django_capture_on_commit_callbacks
):
    person = make_user("existing@example.org", full_name="Existing Person")
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, cohort, "existing@example.org")
    assert not CohortMembership.objects.filter(user=person).exists()
    # No way round it for the trainer: not in the matrix or the exports, the learner report is a 404.
    assert "existing@example.org" not in trainer_client.get(url("trainer_cohort", cohort.pk)).content.decode()
    assert trainer_client.get(url("trainer_learner", cohort.pk, person.pk)).status_code == 404
    assert "existing@example.org" not in b"".join(trainer_client.get(url("trainer_export_csv", cohort.pk))).decode()

    path = re.search(r"https?://[^/\s]+(/\w\w/join/\S+/)", mail.outbox[-1].body).group(1)
    client.force_login(person)
    client.post(path)
    client.force_login(trainer)
    assert client.get(url("trainer_learner", cohort.pk, person.pk)).status_code == 200


def test_an_account_and_an_unknown_address_get_the_same_answer_rows_and_mail(
    trainer_client, cohort, django_capture_on_commit_callbacks
):
    make_user("known@example.org")
    answers, queries, bodies, rows = [], [], [], []
    for address in ("known@example.org", "unknown@example.org"):
        mail.outbox.clear()
        CohortInvitation.objects.all().delete()  # each address meets the same page
        with django_capture_on_commit_callbacks(execute=True), CaptureQueriesContext(connection) as captured:
            response = _post(trainer_client, cohort, address, follow=False)
        queries.append(len(captured))
        assert response.status_code == 302
        page = trainer_client.get(response["Location"])
        answers.append(_normalised(page.content.decode(), address))
        [message] = mail.outbox
        assert message.to == [address]
        bodies.append((message.subject, message.body.replace(address, "ADDRESS")))
        rows.append([row[:1] + row[2:4] + row[5:] for row in _rows()])  # all but the address and the date
    assert answers[0] == answers[1]
    assert rows[0] == rows[1] == [(cohort.pk, "en", cohort.trainers.get().pk, None, None)]
    assert "1 invitation sent." in answers[0]
    assert queries[0] == queries[1], "the same work, so the same time, whichever the address"
    assert not cohort.memberships.exists()
    # Same subject and shape; only the line saying "log in" or "create your account" differs.
    (subject_known, body_known), (subject_unknown, body_unknown) = bodies
    assert subject_known == subject_unknown
    lines_known, lines_unknown = body_known.splitlines(), body_unknown.splitlines()
    assert len(lines_known) == len(lines_unknown)
    differing = [(a, b) for a, b in zip(lines_known, lines_unknown, strict=True) if a != b]
    assert len(differing) == 2  # the instruction and the link's token
    assert "log in to your account" in differing[0][0] and "create your free account" in differing[0][1]


def test_an_address_gets_one_invitation_a_day_whichever_cohort_sends_it(
    trainer_client, cohort, course, trainer, django_capture_on_commit_callbacks
):
    other = make_cohort(name="Sfax staff", courses=[course], trainers=[trainer], country="TN", city_name="Sfax")
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, cohort, "person@example.org")
    before = _rows()
    with django_capture_on_commit_callbacks(execute=True):
        html = _post(trainer_client, other, "Person@Example.org").content.decode()
    assert (
        'No new invitation to <bdi class="bidi-token">Person@Example.org</bdi>: one was e-mailed to this address less '
        "than 24 hours ago." in html
    )
    assert "0 invitations sent." in html
    assert len(mail.outbox) == 1
    assert _rows() == before, "nothing written for the refused address"


def test_a_double_submit_sends_each_invitation_once(trainer_client, cohort, django_capture_on_commit_callbacks):
    for _attempt in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            _post(trainer_client, cohort, "one@example.org\ntwo@example.org")
    assert sorted(message.to[0] for message in mail.outbox) == ["one@example.org", "two@example.org"]
    assert CohortInvitation.objects.count() == 2


@override_settings(COHORT_INVITATIONS_PER_TRAINER_PER_DAY=3)
def test_a_trainer_sends_a_limited_number_of_invitations_a_day(
    trainer_client, cohort, course, trainer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, cohort, "a@example.org\nb@example.org")
    before = _rows()
    # Over the daily number, whichever cohort: refused as a whole, with the list kept to edit.
    other = make_cohort(name="Sfax staff", courses=[course], trainers=[trainer], country="TN", city_name="Sfax")
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(trainer_client, other, "c@example.org\nd@example.org")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was sent: this list would send 2 invitations, and you can send 1 more today (3 a day)." in html
    assert "c@example.org" in html, "the list stays in the form"
    assert _rows() == before and len(mail.outbox) == 2
    # Addresses already mailed today do not count again; one more fits.
    with django_capture_on_commit_callbacks(execute=True):
        assert _post(trainer_client, other, "a@example.org\nc@example.org").status_code == 200
    assert len(mail.outbox) == 3
    # A day later the trainer can send again.
    CohortInvitation.objects.update(created_at=timezone.now() - timedelta(hours=25))
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, other, "d@example.org\ne@example.org\nf@example.org")
    assert len(mail.outbox) == 6


@override_settings(COHORT_INVITATION_BATCH_MAX=3)
def test_a_list_longer_than_the_batch_maximum_is_refused_whole(
    trainer_client, cohort, django_capture_on_commit_callbacks
):
    emails = "\n".join(f"p{number}@example.org" for number in range(4))
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(trainer_client, cohort, emails)
    assert response.status_code == 400
    assert "This list has 4 addresses; at most 3 can be invited at once." in response.content.decode()
    assert not CohortInvitation.objects.exists()
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        _post(trainer_client, cohort, "\n".join(emails.splitlines()[:3]))
    assert len(mail.outbox) == 3


def test_deleting_the_account_drops_the_address_from_its_invitations(client, cohort, course, trainer):
    person = make_user("person@example.org")
    accepted = CohortInvitation.objects.create(cohort=cohort, email="Person@Example.org", language="fr")
    client.force_login(person)
    client.post(url("cohort_join", accepted.token))
    other = make_cohort(name="Sfax staff", courses=[course], trainers=[trainer])
    waiting = CohortInvitation.objects.create(cohort=other, email="PERSON@example.org", language="fr")
    # Another person, who accepted an invitation of the same cohort and then also deleted the account.
    someone = make_user("someone@example.org")
    theirs = CohortInvitation.objects.create(cohort=cohort, email="someone@example.org", language="fr")
    client.force_login(someone)
    client.post(url("cohort_join", theirs.token))
    kept = CohortInvitation.objects.create(cohort=cohort, email="stays@example.org", language="fr")

    accounts.delete_account(user=person)
    accounts.delete_account(user=someone)

    accepted.refresh_from_db()
    assert (accepted.email, accepted.accepted_by) == ("", None)
    assert accepted.accepted_at is not None, "the cohort keeps the date it was accepted"
    assert not CohortInvitation.objects.filter(pk=waiting.pk).exists()
    assert CohortInvitation.objects.get(pk=theirs.pk).email == ""
    assert CohortInvitation.objects.get(pk=kept.pk).email == "stays@example.org"
    addresses = set(CohortInvitation.objects.values_list("email", flat=True))
    assert not {address.casefold() for address in addresses} & {"person@example.org", "someone@example.org"}


def test_an_address_known_only_as_a_second_address_of_the_account_is_dropped_too(cohort):
    person = make_user("main@example.org")
    person.emailaddress_set.create(email="second@example.org", verified=True, primary=False)
    invitation = CohortInvitation.objects.create(
        cohort=cohort, email="second@example.org", language="fr", accepted_at=timezone.now()
    )
    add_member(cohort, person)
    accounts.delete_account(user=person)
    invitation.refresh_from_db()
    assert invitation.email == ""
