"""Decimals on the city page are written one way, the page language's (Django's localize, as floatformat and
the report write them): the team's mean rating in "what changed" as in the pathway's reasons. The first was
written with a point whatever the language ("3.0 → 2.5" beside "rated it 2,5 out of 5" in French, and in
Arabic while its formats took the comma)."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.formats import get_format

from courses.cities import history, services
from courses.cities.access import PROGRAMME_MANAGERS
from courses.cities.questionnaire import SCALE, Question
from courses.cities.selectors import answer_changes
from tests.factories import give_mfa, make_user

DECIMAL = re.compile(r"\d+[.,\u066b]\d+")


def _mark(language: str) -> str:
    with translation.override(language):
        return get_format("DECIMAL_SEPARATOR")


def _submitted(questionnaire, city, lead, answers_by_user):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    for user, answers in answers_by_user.items():
        services.save_answers(assessment=draft, user=user, answers=answers)
    return services.submit_assessment(assessment=draft, user=lead)


@pytest.fixture
def reassessed(questionnaire, city, lead, member):
    """Coordination rated 3 (the lead alone), then 2 and 3 (a mean of 2.5)."""
    _submitted(questionnaire, city, lead, {lead: {"q-structure": "o-none", "q-coordination": 3}})
    _submitted(questionnaire, city, lead, {lead: {"q-coordination": 2}, member: {"q-coordination": 3}})
    return city


def _visible(html: str) -> str:
    main = html[html.index("<main") : html.index("</main>")]
    return re.sub(r"<[^>]+>", "", main)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_decimal_on_the_city_page_has_the_languages_decimal_mark(client, reassessed, language):
    manager = make_user("decimals-pm@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(manager)
    page = client.get(f"/{language}/trainer/cities/{reassessed.pk}/").text
    assert f'lang="{language}"' in page
    mark = _mark(language)
    decimals = DECIMAL.findall(_visible(page))
    # The change (3.0 → 2.5) and the reason of the course it ranks (rated 2.5 out of 5), in one notation.
    assert f"3{mark}0" in decimals and decimals.count(f"2{mark}5") >= 2, decimals
    assert all(mark in number for number in decimals), decimals


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_teams_mean_rating_is_written_in_the_active_language(reassessed, language):
    mark = _mark(language)
    question = Question(id="q", kind=SCALE, prompt="How well?")
    with translation.override(language):
        (change,) = answer_changes({"q": question}, {"q": [3]}, {"q": [2, 3]})
        changes = history.latest_changes(city=reassessed, language=language)
    assert (change.before, change.after) == (f"3{mark}0", f"2{mark}5")
    [coordination] = [c for c in changes.answers if c.question.id == "q-coordination"]
    assert (coordination.before, coordination.after) == (f"3{mark}0", f"2{mark}5")
