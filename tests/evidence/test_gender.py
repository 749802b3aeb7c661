"""The optional self-reported gender on the profile: "prefer not to say" unless the learner chooses, never
inferred, and leaving it out of the form keeps it as it is."""

import pytest

from lms.accounts.models import Gender
from tests.factories import make_user
from tests.lms.test_profile import VALID

pytestmark = pytest.mark.django_db


def test_a_new_account_prefers_not_to_say(demo_site):
    assert make_user("new@example.org", full_name="Fatima Zahra").gender == Gender.PREFER_NOT_TO_SAY


def test_the_learner_chooses_it_on_the_profile_and_a_form_without_it_keeps_it(client, demo_site):
    user = make_user("profile-gender@example.org")
    client.force_login(user)
    assert 'name="gender"' in client.get("/accounts/profile/").content.decode()
    assert client.post("/accounts/profile/", VALID | {"gender": Gender.WOMAN}).status_code == 302
    user.refresh_from_db()
    assert user.gender == Gender.WOMAN
    assert client.post("/accounts/profile/", VALID).status_code == 302
    user.refresh_from_db()
    assert user.gender == Gender.WOMAN


def test_an_unknown_gender_is_refused(client, demo_site):
    user = make_user("profile-gender-bad@example.org")
    client.force_login(user)
    assert client.post("/accounts/profile/", VALID | {"gender": "inferred"}).status_code == 200
    user.refresh_from_db()
    assert user.gender == Gender.PREFER_NOT_TO_SAY
