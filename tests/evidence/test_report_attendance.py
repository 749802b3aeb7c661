"""Sessions and attendance in the programme report (issue #16), counted by convenings through the report's
registry of measures: sessions held, registrations and attendances of the scope's learners in the period, in a
fixed number of queries; evidence never imports convenings. Registrations and attendances are people's and
hidden from 1 to 4 like every count of people; sessions are not people, and their number is shown exactly."""

from __future__ import annotations

import ast
import dataclasses
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from courses.convenings.models import Attendance, Registration, RegistrationStatus
from courses.evidence import report_measures, report_tables
from courses.evidence.report import ReportScope, programme_report
from courses.evidence.report_measures import ReportMeasure
from courses.evidence.suppression import SMALL
from tests.convenings.conftest import make_session
from tests.evidence.test_report import learners, make_cohort

pytestmark = pytest.mark.django_db


def _attendance(report):
    [line] = [line for line in report.measures if line.measure.key == "attendance"]
    return line.counts


def _held(cohort, users, *, days_ago=2, present=(), late=(), absent=()):
    session = make_session(cohorts=[cohort], starts_in=timedelta(days=-days_ago))
    Registration.objects.bulk_create(
        [Registration(session=session, user=user, status=RegistrationStatus.REGISTERED) for user in users]
    )
    for status, group in (("present", present), ("late", late), ("absent", absent)):
        Attendance.objects.bulk_create([Attendance(session=session, user=user, status=status) for user in group])
    return session


def test_sessions_registrations_and_attendance_of_the_scope_in_the_period():
    cohort = make_cohort()
    users = learners(cohort, 8)
    _held(cohort, users, present=users[:4], late=users[4:6], absent=users[6:7])
    _held(cohort, users[:5], present=users[:5])
    _held(cohort, users, days_ago=200, present=users)  # before the period
    Registration.objects.create(  # waiting, not a registration
        session=_held(cohort, []), user=users[7], status=RegistrationStatus.WAITING
    )
    future = make_session(cohorts=[cohort], starts_in=timedelta(days=5))  # not held yet
    Registration.objects.bulk_create([Registration(session=future, user=user) for user in users])
    other = learners(make_cohort(), 6)
    _held(make_cohort(), other, present=other)  # another place's learners

    today = timezone.localdate()
    report = programme_report(ReportScope(cohort_id=cohort.pk, start=today - timedelta(days=30), end=today))
    counts = _attendance(report)
    assert counts["registrations"] == 13
    assert counts["attended"] == 11  # present or late
    assert counts["sessions_held"] == 2  # sessions are not people: never hidden
    everything = _attendance(programme_report(ReportScope(cohort_id=cohort.pk)))
    assert everything["registrations"] == 21 and everything["attended"] == 19 and everything["sessions_held"] == 3

    tables = report_tables.build(report, language="en")
    [table] = tables.measures
    assert [(row.label, row.values[0].text) for row in table.rows] == [
        ("Sessions held", "2"),
        ("Registrations", "13"),
        ("Attended (present or late)", "11"),
    ]


def test_a_few_sessions_are_counted_exactly_and_a_few_people_are_hidden(client):
    """Two sessions of three learners: "Sessions held: 2" on the page, in Arabic as in English, while the
    learners' 4 registrations and 3 attendances still say "fewer than 5"."""
    from django.contrib.auth.models import Group

    from courses.cohorts.access import PROGRAMME_MANAGERS
    from tests.factories import give_mfa, make_user

    cohort = make_cohort()
    users = learners(cohort, 3)
    _held(cohort, users, present=users)
    _held(cohort, users[:1], absent=users[:1])
    counts = _attendance(programme_report(ReportScope(cohort_id=cohort.pk)))
    assert counts == {"sessions_held": 2, "registrations": SMALL, "attended": SMALL}

    manager = make_user("few-sessions-pm@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(manager)
    for language in ("en", "ar"):
        with translation.override(language):
            page = client.get(reverse("evidence_report"), {"cohort": cohort.pk}).content.decode()
            held, fewer = translation.gettext("Sessions held"), report_tables.fewer_than()
        assert re.search(rf'<th scope="row">{held}</th>\s*<td><bdi dir="ltr">2</bdi></td>', page), language
        assert not re.search(rf'{held}</th>\s*<td class="report-table__hidden">', page), language
        assert fewer in page  # the registrations and attendances


def _measure(report, key):
    [line] = [line for line in report.measures if line.measure.key == key]
    return line.counts


def test_a_measure_counts_people_unless_it_names_its_rows_that_do_not(monkeypatch):
    """Protection is the default: a measure that names no row in ``not_people`` has every small count hidden;
    a row it names is shown as counted, the others still hidden."""
    cohort = make_cohort()
    learners(cohort, 5)
    rows = (("rooms", lambda: "Rooms"), ("visitors", lambda: "Visitors"))
    few = {"rooms": 2, "visitors": 3}
    plain = ReportMeasure(key="test-rooms", title=lambda: "Rooms", rows=rows, count=lambda scope: few)
    monkeypatch.setitem(report_measures._MEASURES, plain.key, plain)
    assert _measure(programme_report(ReportScope(cohort_id=cohort.pk)), plain.key) == {
        "rooms": SMALL,
        "visitors": SMALL,
    }
    things = dataclasses.replace(plain, not_people=frozenset({"rooms"}))
    monkeypatch.setitem(report_measures._MEASURES, plain.key, things)
    assert _measure(programme_report(ReportScope(cohort_id=cohort.pk)), plain.key) == {"rooms": 2, "visitors": SMALL}


def test_a_scope_without_sessions_shows_zeros():
    cohort = make_cohort()
    learners(cohort, 5)
    assert _attendance(programme_report(ReportScope(cohort_id=cohort.pk))) == {
        "sessions_held": 0,
        "registrations": 0,
        "attended": 0,
    }


def test_the_page_and_csv_show_the_sessions_table(client):
    from django.contrib.auth.models import Group

    from courses.cohorts.access import PROGRAMME_MANAGERS
    from tests.factories import give_mfa, make_user

    cohort = make_cohort()
    users = learners(cohort, 6)
    for _ in range(5):
        _held(cohort, users, present=users)
    manager = make_user("attendance-pm@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(manager)
    page = client.get("/en/trainer/report/", {"cohort": cohort.pk}).content.decode()
    assert "Sessions and attendance" in page and "Attended (present or late)" in page
    csv_url = reverse("evidence_report_csv")  # the test runs in English
    text = client.get(csv_url, {"cohort": cohort.pk, "separator": "comma"}).content.decode()
    assert "Sessions held,5" in text and "Registrations,30" in text and "Attended (present or late),30" in text


def test_evidence_does_not_import_convenings():
    root = Path(__file__).resolve().parents[2] / "courses" / "evidence"
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            assert not any(name.startswith("courses.convenings") for name in names), path
