import uuid

import pytest
from django.contrib.auth.models import Group

from tests.factories import give_mfa, make_user


@pytest.fixture
def learner(db):
    return make_user("sharer@example.org", full_name="Salma Idrissi", preferred_language="ar", country="MA")


@pytest.fixture
def other_learner(db):
    return make_user("other-sharer@example.org", full_name="Omar Other")


@pytest.fixture
def moderator(db):
    user = make_user("practice-moderator@example.org", is_staff=True, full_name="Mona Moderator")
    user.groups.add(Group.objects.get(name="Moderators"))
    give_mfa(user)  # staff reach the admin only with two-factor authentication
    return user


def practice_post(**overrides) -> dict:
    data = {
        "submission_key": str(uuid.uuid4()),
        "title": "Youth council budget",
        "summary": "A small share of the budget for projects the youth council proposes.",
        "goal": "Involve young people in decisions.",
        "approach": "Training, neighbourhood meetings, a vote.",
        "impact": "Three small projects in the first year.",
        "challenges": "Low turnout at first.",
        "lessons_learned": "Start small, with clear rules.",
        "city": "Salé",
        "country": "MA",
        "themes": "youth, participation",
        "language": "en",
        "credit": "by_name",
    }
    data.update(overrides)
    return data
