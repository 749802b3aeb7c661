"""City builders: a city with a team, and a questionnaire with fixed block ids so tests answer by id."""

from __future__ import annotations

import pytest
from django.utils import translation
from wagtail.models import Locale

from courses.cities.models import City, CityKind, CityMembership, NeedsAssessmentPage, TeamRole
from courses.models import CourseIndexPage, ModulePage, Track
from home.models import HomePage
from lms.accounts.models import CityContext
from tests.factories import make_course, make_user


def make_city(name: str = "Sfax", *, country: str = "TN", **fields) -> City:
    fields.setdefault("name_ar", f"{name} (ar)")
    fields.setdefault("name_fr", f"{name} (fr)")
    return City.objects.create(name_en=name, country=country, **fields)


def make_member(city: City, email: str, *, lead: bool = False, role: str = TeamRole.MUNICIPAL_STAFF, **fields):
    user = make_user(email, **fields)
    CityMembership.objects.create(user=user, city=city, role=role, is_lead=lead)
    return user


def tag(*, page=None, track=None, weight: int = 1) -> dict:
    return {"page": page.pk if page else None, "track": track.pk if track else None, "weight": weight}


def option(option_id: str, text: str, tags=()) -> dict:
    return {
        "type": "item",
        "id": option_id,
        "value": {
            "text": text,
            "tags": [{"type": "item", "id": f"{option_id}-tag-{n}", "value": t} for n, t in enumerate(tags)],
        },
    }


def questionnaire_body(*, course_a, course_b, module, track) -> list[dict]:
    """Four questions, one of each kind, with tags on some options (the rules under test)."""
    return [
        {
            "type": "section",
            "id": "sec-structures",
            "value": {
                "heading": "Existing structures",
                "intro": "",
                "questions": [
                    {
                        "type": "single_choice",
                        "id": "q-structure",
                        "value": {
                            "prompt": "Does your city have a local prevention network?",
                            "help_text": "",
                            "options": [
                                option("o-none", "No", [tag(page=course_a, weight=3)]),
                                option("o-informal", "Informal contacts only", [tag(page=course_a, weight=1)]),
                                option("o-formal", "Yes, it meets regularly"),
                            ],
                        },
                    },
                    {
                        "type": "multiple_choice",
                        "id": "q-youth",
                        "value": {
                            "prompt": "How do young people take part?",
                            "help_text": "",
                            "options": [
                                option("o-nothing", "They do not", [tag(page=module, weight=2)]),
                                option("o-council", "A youth council"),
                                option("o-lab", "Youth innovation labs", [tag(track=track, weight=1)]),
                            ],
                        },
                    },
                    {
                        "type": "scale",
                        "id": "q-coordination",
                        "value": {
                            "prompt": "How well do you coordinate with national agencies?",
                            "help_text": "",
                            "low_label": "Not at all",
                            "high_label": "Very well",
                            "tags": [{"type": "item", "id": "coordination-tag", "value": tag(page=course_b, weight=4)}],
                        },
                    },
                    {
                        "type": "short_text",
                        "id": "q-notes",
                        "value": {"prompt": "Anything else?", "help_text": ""},
                    },
                ],
            },
        }
    ]


@pytest.fixture
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def catalogue(demo_site):
    """Two courses (A in a track of its own) and a module of B, in Arabic."""
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course_a = make_course(index, slug="city-course-a", modules=1, lessons_per_module=1)
    course_b = make_course(index, slug="city-course-b", modules=2, lessons_per_module=1)
    track = Track.objects.create(name="Test track", slug="test-track", locale=Locale.objects.get(language_code="ar"))
    course_a.track = track
    course_a.save_revision().publish()
    module = ModulePage.objects.child_of(course_b).order_by("path").first()
    return {"course_a": course_a, "course_b": course_b, "module": module, "track": track}


@pytest.fixture
def questionnaire(catalogue):
    home = HomePage.objects.get(locale__language_code="ar")
    page = home.add_child(
        instance=NeedsAssessmentPage(
            title="City needs assessment", slug="test-needs", body=questionnaire_body(**catalogue)
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def city(db):
    return make_city(kind=CityKind.TOWN, context=CityContext.FRAGILE)


@pytest.fixture
def lead(city):
    return make_member(city, "lead@example.org", lead=True, role=TeamRole.MAYOR)


@pytest.fixture
def member(city):
    return make_member(city, "member@example.org")
