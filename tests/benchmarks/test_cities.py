"""Benchmark for the city page of trainers and programme managers: a city with 200 team members (two
submitted assessments answered by all of them, progress through the pathway, a cohort of all of them),
as a ratio to a plain Wagtail page measured in the same run.

Run with `make bench`. Timing lives here, never in the test suite; the query pins live in
tests/cities/test_city_page.py. The table is written to tests/artifacts/benchmarks-cities.md.
"""

from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.cities import selectors, services
from courses.cities.access import PROGRAMME_MANAGERS
from courses.cities.models import AssessmentAnswer, City, CityMembership
from courses.cities.questionnaire import MULTIPLE, SCALE, SINGLE, questions_of
from courses.cohorts.models import Cohort, CohortMembership, MembershipSource
from courses.models import LessonPage
from courses.progress.models import LessonProgress, LessonStatus
from lms.accounts.models import User
from tests.benchmarks.timing import PLAIN_NAME, measure, plain_page, publish, report
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

ROUNDS = 15
TEAM = 200
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-cities.md"


def _answer(question, number: int):
    """Member ``number``'s answer: the team spreads over the options, so the ranking has work to do."""
    if question.kind == SINGLE:
        return question.options[number % len(question.options)].id
    if question.kind == MULTIPLE:
        return [question.options[number % len(question.options)].id]
    if question.kind == SCALE:
        return 1 + number % 5
    return f"Note {number}"


def _bench_city(lead_user) -> tuple[City, list[User]]:
    city = City.objects.create(name_en="Bench city", name_ar="مدينة القياس", name_fr="Ville test", country="MA")
    User.objects.bulk_create(
        [User(email=f"city-bench-{n}@example.org", full_name=f"Member {n:03d}", password="!") for n in range(TEAM - 1)]
    )
    users = [lead_user, *User.objects.filter(email__startswith="city-bench-").order_by("pk")]
    CityMembership.objects.bulk_create(
        [CityMembership(user=user, city=city, is_lead=user == lead_user) for user in users]
    )
    return city, users


def _assess(city, users, questionnaire, lead_user, shift: int) -> None:
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead_user)
    draft.answers.all().delete()
    questions = questions_of(questionnaire).values()
    AssessmentAnswer.objects.bulk_create(
        [
            AssessmentAnswer(assessment=draft, user=user, question_id=question.id, value=_answer(question, n + shift))
            for n, user in enumerate(users)
            for question in questions
        ]
    )
    services.submit_assessment(assessment=draft, user=lead_user)


def test_city_page(client, demo_site):
    language = "ar"
    plain = plain_page(language)

    manager = make_user("bench-pm@example.org", full_name="Bench Manager")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    trainer = make_user("bench-city-trainer@example.org", full_name="Bench Trainer")
    give_mfa(trainer)
    lead_user = make_user("bench-lead@example.org", full_name="Bench Lead")
    city, users = _bench_city(lead_user)
    questionnaire = selectors.current_questionnaire(language)
    _assess(city, users, questionnaire, lead_user, shift=0)
    _assess(city, users, questionnaire, lead_user, shift=1)

    # Progress: every member opened the first item, half completed it.
    entries = selectors.city_pathway(city=city, language=language).entries
    assert entries, "the demo questionnaire recommends something"
    first = entries[0].page
    lessons = list(LessonPage.objects.live().descendant_of(first).order_by("path"))
    course_key = (first if entries[0].kind == "course" else first.get_parent()).translation_key
    when = timezone.now() - timedelta(days=3)
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(
                user=user,
                lesson_key=lesson.translation_key,
                course_key=course_key,
                status=LessonStatus.COMPLETED if n % 2 else LessonStatus.IN_PROGRESS,
                completed_at=when if n % 2 else None,
                first_visited_at=when,
                last_visited_at=when,
            )
            for n, user in enumerate(users)
            for lesson in lessons
        ]
    )
    cohort = Cohort.objects.create(
        name="Bench city cohort", country="MA", city=city, start_date=timezone.localdate() - timedelta(days=30)
    )
    cohort.trainers.add(trainer)
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=user, source=MembershipSource.LINK) for user in users]
    )

    client.force_login(manager)
    their_trainer = Client()
    their_trainer.force_login(trainer)
    url = f"/{language}/trainer/cities/{city.pk}/"
    assert reverse("trainer_city", args=[city.pk]).endswith(f"/trainer/cities/{city.pk}/")
    timed = measure(
        {
            PLAIN_NAME: lambda: plain(client),
            f"city page, {TEAM} team members, programme manager": lambda: client.get(url),
            "cities list, programme manager": lambda: client.get(f"/{language}/trainer/cities/"),
            f"city page, {TEAM} team members, their trainer": lambda: their_trainer.get(url),
        },
        ROUNDS,
    )
    rows = [(name, ms, queries) for name, (ms, queries) in timed.items()]

    table = report(f"City page ({connection.vendor}, median of {ROUNDS})", rows, timed[PLAIN_NAME][0])
    publish(REPORT, table)
