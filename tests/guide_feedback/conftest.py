"""Guide feedback builders: a course of the test's own whose first module is based on a guidebook of the
test's own (so the demo's answers never mix in when a test filters on it), learners from two cities, an
editor of the admin."""

from __future__ import annotations

import itertools

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale

from courses.cities.models import City, CityKind, CityMembership
from courses.guide_feedback import services
from courses.models import CourseIndexPage, Guidebook, ModulePage
from lms.accounts.models import CityContext
from tests.factories import give_mfa, make_course, make_user

_numbers = itertools.count(1)


@pytest.fixture
def guidebook(demo_site):
    return Guidebook.objects.create(
        title="Test guide for cities",
        slug="test-guide-for-cities",
        publisher="Test publisher",
        year=2024,
        locale=Locale.objects.get(language_code="en"),
    )


def course_with_guide(language: str, guidebook: Guidebook, *, slug: str = "guide-course") -> ModulePage:
    """A published course in ``language``; its first module is based on ``guidebook``'s chapter 2."""
    index = CourseIndexPage.objects.get(locale__language_code=language)
    course = make_course(index, slug=slug, modules=2, lessons_per_module=1)
    module = ModulePage.objects.child_of(course).order_by("path").first()
    module.source_guidebook = guidebook
    module.source_chapter = "Chapter 2: Mapping the city"
    module.save_revision().publish()
    return ModulePage.objects.get(pk=module.pk)


@pytest.fixture
def module(guidebook):
    return course_with_guide("en", guidebook)


@pytest.fixture
def plain_module(module):
    """The course's second module: no guidebook."""
    return ModulePage.objects.sibling_of(module, inclusive=False).get()


@pytest.fixture
def rabat(demo_site):
    return City.objects.create(
        name_en="Test Rabat", name_ar="الرباط التجريبية", name_fr="Rabat test", country="MA", kind=CityKind.CAPITAL
    )


@pytest.fixture
def irbid(demo_site):
    return City.objects.create(
        name_en="Test Irbid",
        name_ar="إربد التجريبية",
        name_fr="Irbid test",
        country="JO",
        kind=CityKind.LARGE_CITY,
        context=CityContext.FRAGILE,
    )


def make_learner(city: City | None = None, *, name: str = "", **fields):
    number = next(_numbers)
    user = make_user(f"guide-learner-{number}@example.org", full_name=name or f"Guide Learner {number:03d}", **fields)
    if city is not None:
        CityMembership.objects.create(user=user, city=city)
    return user


@pytest.fixture
def learner(rabat):
    return make_learner(rabat, name="Salma Bennani-Test", preferred_language="en")


def answer(
    module: ModulePage,
    *,
    city: City | None = None,
    rating: int = 4,
    comment: str = "",
    language: str = "en",
    name: str = "",
    **fields,
):
    """A new learner of ``city`` answers about ``module``'s guide through the service."""
    user = make_learner(city, name=name, **fields)
    feedback, _created = services.submit_answer(
        user=user, module=module, language=language, rating=rating, comment=comment
    )
    return feedback


def make_editor(group: str = "Editors", *, admin_language: str = "en"):
    """A member of ``group`` whose admin speaks ``admin_language`` (the site's default is Arabic)."""
    from wagtail.users.models import UserProfile

    user = make_user(f"guide-{group.lower()}-{next(_numbers)}@example.org", full_name=f"Test {group}")
    user.groups.add(Group.objects.get(name=group))
    give_mfa(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    return user


@pytest.fixture
def editor(demo_site):
    return make_editor("Editors")
