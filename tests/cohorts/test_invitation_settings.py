"""The invitation link's settings refuse what would silently close the link (an expiry that has
passed, a limit below one seat), keep the trainer's input and store nothing; a limit the cohort
has already reached is saved with a warning; a new link needs the trainer to confirm it."""

from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from courses.cohorts import services
from tests.cohorts.conftest import add_member, url
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def _save(client, cohort, language="en", **data):
    return client.post(url("trainer_update_invitation", cohort.pk, language=language), data, follow=True)


def test_an_expiry_that_has_passed_is_refused_and_nothing_is_stored(cohort, english):
    with pytest.raises(services.InvitationSettingsRefused) as refused:
        services.update_invitation_settings(
            cohort=cohort, expires_at=timezone.now() - timedelta(minutes=1), seat_limit=30
        )
    assert set(refused.value.errors) == {"invitation_expires_at"}
    cohort.refresh_from_db()
    assert (cohort.invitation_expires_at, cohort.seat_limit) == (None, None)


def test_a_limit_below_one_seat_is_refused(cohort, english):
    with pytest.raises(services.InvitationSettingsRefused) as refused:
        services.update_invitation_settings(cohort=cohort, expires_at=None, seat_limit=0)
    assert set(refused.value.errors) == {"seat_limit"}
    cohort.refresh_from_db()
    assert cohort.seat_limit is None


def test_a_limit_beyond_any_cohort_is_refused_as_a_typo(trainer_client, cohort):
    response = _save(trainer_client, cohort, seat_limit="99999999999")
    assert response.status_code == 400
    assert "A link can have at most 10,000 seats." in unescape(response.content.decode())
    cohort.refresh_from_db()
    assert cohort.seat_limit is None
    assert services.update_invitation_settings(cohort=cohort, expires_at=None, seat_limit=10_000).cohort.seat_limit


def test_the_form_shows_both_refusals_keeps_the_input_and_stores_nothing(trainer_client, cohort):
    response = _save(trainer_client, cohort, invitation_expires_at="2020-01-01T00:00", seat_limit="0")
    html = unescape(response.content.decode())
    assert response.status_code == 400
    assert "The link would already have expired." in html
    assert "A link needs at least 1 seat." in html
    assert 'value="2020-01-01T00:00"' in html and 'name="seat_limit" value="0"' in html
    assert "settings are saved" not in html
    cohort.refresh_from_db()
    assert (cohort.invitation_expires_at, cohort.seat_limit) == (None, None)


def test_the_refusal_is_in_the_trainers_language(trainer_client, cohort):
    html = unescape(
        _save(trainer_client, cohort, language="ar", invitation_expires_at="2020-01-01T00:00").content.decode()
    )
    assert "The link would already have expired." not in html
    assert "يُرجى اختيار تاريخ ووقت في المستقبل" in html


def test_a_future_expiry_and_a_limit_are_saved(trainer_client, cohort):
    response = _save(trainer_client, cohort, invitation_expires_at="2099-01-31T18:00", seat_limit="25")
    assert "The invitation link's settings are saved." in unescape(response.content.decode())
    cohort.refresh_from_db()
    assert (cohort.invitation_expires_at.year, cohort.seat_limit) == (2099, 25)


def test_a_limit_the_cohort_has_already_reached_is_saved_with_a_warning(trainer_client, cohort, learner):
    add_member(cohort, make_user("second@example.org"))
    html = unescape(_save(trainer_client, cohort, seat_limit="1").content.decode())
    cohort.refresh_from_db()
    assert cohort.seat_limit == 1
    assert "The cohort already has 2 learners" in html
    assert "Nobody is removed from the cohort." in html


def test_a_new_link_needs_the_confirmation_box(trainer_client, cohort):
    token = cohort.invitation_token
    page = trainer_client.get(url("trainer_cohort_manage", cohort.pk)).content.decode()
    assert 'name="confirm"' in page and "required" in page
    refused = trainer_client.post(url("trainer_rotate_invitation", cohort.pk), {})
    assert refused.status_code == 400
    assert "Tick the box to confirm" in unescape(refused.content.decode())
    cohort.refresh_from_db()
    assert cohort.invitation_token == token
    trainer_client.post(url("trainer_rotate_invitation", cohort.pk), {"confirm": "on"})
    cohort.refresh_from_db()
    assert cohort.invitation_token != token
