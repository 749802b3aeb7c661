"""Cohort builders: real rows, and bulk_create for hundreds of learners so that query pins stay fast."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from courses.cohorts.models import Cohort, CohortCourse, CohortMembership, CohortStatus, MembershipSource
from courses.models import CourseIndexPage, LessonPage
from courses.progress.models import Enrolment, LessonProgress, LessonStatus
from lms.accounts.models import User
from tests.factories import give_mfa, make_course, make_user

_numbers = itertools.count(1)


def make_cohort(
    *, name: str = "Test cohort", courses=(), trainers=(), country="MA", city=None, city_name="Rabat", **fields
) -> Cohort:
    fields.setdefault("start_date", timezone.localdate() - timedelta(days=30))
    fields.setdefault("status", CohortStatus.ACTIVE)
    cohort = Cohort.objects.create(name=name, country=country, city=city, city_name=city_name, **fields)
    for order, course in enumerate(courses):
        CohortCourse.objects.create(cohort=cohort, course=course, sort_order=order)
    cohort.trainers.add(*trainers)
    return cohort


def add_member(cohort: Cohort, user: User, *, joined_days_ago: int = 1) -> CohortMembership:
    return CohortMembership.objects.create(
        cohort=cohort,
        user=user,
        source=MembershipSource.TRAINER,
        joined_at=timezone.now() - timedelta(days=joined_days_ago),
    )


def bulk_learners(
    cohort: Cohort, course, count: int, *, completed: int = 1, days_ago: int = 1, prefix: str = "bulk"
) -> list[User]:
    """`count` members enrolled in `course`, each with its first `completed` lessons done `days_ago` days ago."""
    batch = next(_numbers)
    users = User.objects.bulk_create(
        [
            User(email=f"{prefix}-{batch}-{number}@example.org", full_name=f"Learner {number:05d}", password="!")
            for number in range(count)
        ]
    )
    users = list(User.objects.filter(email__startswith=f"{prefix}-{batch}-").order_by("pk"))
    now = timezone.now()
    when = now - timedelta(days=days_ago)
    CohortMembership.objects.bulk_create(
        [
            CohortMembership(cohort=cohort, user=user, source=MembershipSource.LINK, joined_at=when - timedelta(days=1))
            for user in users
        ]
    )
    Enrolment.objects.bulk_create([Enrolment(user=user, course_key=course.translation_key) for user in users])
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path")[:completed])
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(
                user=user,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
                status=LessonStatus.COMPLETED,
                completed_at=when,
                last_visited_at=when,
                best_score=80,
            )
            for user in users
            for lesson in lessons
        ]
    )
    return users


@pytest.fixture
def index(demo_site):
    return CourseIndexPage.objects.get(locale__language_code="ar")


@pytest.fixture
def course(index):
    return make_course(index, slug="cohort-course", modules=2, lessons_per_module=2, quiz_lessons=((0, 1),))


def make_trainer(email: str, **fields) -> User:
    """A user as a trainer is once set up: trainer pages need two-factor authentication."""
    user = make_user(email, **fields)
    give_mfa(user)
    return user


@pytest.fixture
def trainer():
    return make_trainer("trainer-one@example.org", full_name="Trainer One")


@pytest.fixture
def other_trainer():
    return make_trainer("trainer-two@example.org", full_name="Trainer Two")


@pytest.fixture
def cohort(course, trainer):
    return make_cohort(name="Tunis staff", courses=[course], trainers=[trainer], country="TN", city_name="Tunis")


@pytest.fixture
def learner(cohort):
    user = make_user("member@example.org", full_name="Salma Member", preferred_language="fr")
    add_member(cohort, user)
    return user


def url(name: str, *args, language: str = "en") -> str:
    """A URL in one language: tests that read messages ask for the English pages."""
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def english():
    """Messages made outside a request (services, parsing) in English."""
    with translation.override("en"):
        yield
