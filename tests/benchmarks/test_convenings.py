"""Benchmark for the sessions' trainer pages: the roster of a session with 300 invited learners, all
registered, half with attendance taken; the organisers' feedback report with their 150 answers; the trainer's
sessions list; the learner's session page. Queries must be the same for 3 (the report: 10) and for 300
learners; times
are ratios to a plain Wagtail page measured in the same run.

Run with `make bench`. Timing lives here, never in the test suite; the query pins live in
tests/convenings/test_attendance.py and test_feedback.py. The table is written to
tests/artifacts/benchmarks-convenings.md.
"""

from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from courses.convenings.models import Attendance, Registration, RegistrationStatus, SessionFeedback
from lms.accounts.models import User
from tests.benchmarks.timing import PLAIN_NAME, measure, plain_page, publish, report
from tests.cohorts.conftest import make_cohort
from tests.convenings.conftest import make_session
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

ROUNDS = 15
INVITED = 300
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-convenings.md"


def _session(organiser, size: int, label: str):
    """A session that ended a moment ago, ``size`` learners of its cohort registered, attendance taken for
    every other one and feedback from each of those."""
    from courses.cohorts.models import CohortMembership, MembershipSource

    cohort = make_cohort(name=f"Bench sessions {label}", country="TN", city_name="Sfax")
    session = make_session(cohorts=[cohort], starts_in=timedelta(hours=-2, minutes=-30), title_en=f"Bench {label}")
    session.organisers.add(organiser)
    User.objects.bulk_create(
        [User(email=f"bench-{label}-{n}@example.org", full_name=f"Learner {n:03d}", password="!") for n in range(size)]
    )
    users = list(User.objects.filter(email__startswith=f"bench-{label}-").order_by("pk"))
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=user, source=MembershipSource.LINK) for user in users]
    )
    Registration.objects.bulk_create(
        [Registration(session=session, user=user, status=RegistrationStatus.REGISTERED) for user in users]
    )
    attended = users[::2]
    Attendance.objects.bulk_create(
        [Attendance(session=session, user=user, status="present", recorded_by=organiser) for user in attended]
    )
    SessionFeedback.objects.bulk_create(
        [
            SessionFeedback(session=session, user=user, usefulness=1 + n % 5, will_apply=f"Apply {n}", comment=f"C {n}")
            for n, user in enumerate(attended)
        ]
    )
    return session, users


def test_session_pages(client, demo_site):
    language = "ar"
    plain = plain_page(language)

    organiser = make_user("bench-session-organiser@example.org", full_name="Bench Organiser")
    give_mfa(organiser)
    small, _ = _session(organiser, 3, "small")
    # The report shows figures from 5 answers on (one query more than below): compare like with like.
    answered, _ = _session(organiser, 10, "answered")
    large, learners = _session(organiser, INVITED, "large")

    client.force_login(organiser)
    pages = [
        ("roster", "/{language}/trainer/sessions/{pk}/attendance/", small, 3),
        ("feedback report", "/{language}/trainer/sessions/{pk}/feedback/", answered, 10),
    ]
    calls = {PLAIN_NAME: lambda: plain(client)}
    for name, pattern, few, _size in pages:
        calls[f"{name}, few"] = lambda p=pattern, s=few: client.get(p.format(language=language, pk=s.pk))
        calls[f"{name}, large"] = lambda p=pattern: client.get(p.format(language=language, pk=large.pk))
    calls["sessions list, organiser"] = lambda: client.get(f"/{language}/trainer/sessions/")
    learner = Client()
    learner.force_login(learners[0])
    learner_page = f"session page, learner ({INVITED} registered)"
    calls[learner_page] = lambda: learner.get(f"/{language}/sessions/{large.pk}/")
    timed = measure(calls, ROUNDS)
    baseline_ms = timed[PLAIN_NAME][0]
    rows = [(PLAIN_NAME, *timed[PLAIN_NAME])]
    for name, _pattern, _few, size in pages:
        few_queries = timed[f"{name}, few"][1]
        large_ms, large_queries = timed[f"{name}, large"]
        assert large_queries == few_queries, (name, few_queries, large_queries)
        rows.append((f"{name}, {INVITED} registered ({size}: {few_queries} queries)", large_ms, large_queries))
    rows.append(("sessions list, organiser", *timed["sessions list, organiser"]))
    rows.append((learner_page, *timed[learner_page]))

    table = report(f"Sessions ({connection.vendor}, median of {ROUNDS})", rows, baseline_ms)
    publish(REPORT, table)
