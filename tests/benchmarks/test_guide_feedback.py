"""Benchmark for the guide feedback report (issue 16): 10,000 answers from 10,000 learners on 20 chapters of
two guidebooks, a fifth of them with a comment; the report computed alone, its admin page, the CSV and the
workbook, as a ratio to a plain Wagtail page measured in the same run.

Run with `make bench`. Timing lives here, never in the test suite; the query pins live in
tests/guide_feedback/test_report.py. The table is written to tests/artifacts/benchmarks-guide-feedback.md.
"""

import uuid
from pathlib import Path

import pytest
from django.db import connection

from courses.cities.models import CityKind
from courses.guide_feedback import report
from courses.guide_feedback.models import GuideFeedback
from lms.accounts.models import CityContext, User
from tests.benchmarks import timing
from tests.guide_feedback.conftest import make_editor

pytestmark = pytest.mark.django_db

ANSWERS = 10_000
CHAPTERS = 20
ROUNDS = 5
FILE_ROUNDS = 3
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-guide-feedback.md"
GUIDES = (uuid.uuid4(), uuid.uuid4())
MODULES = [uuid.uuid4() for _ in range(CHAPTERS)]
LANGUAGES = ("ar", "en", "fr")
COUNTRIES = ("JO", "MA", "TN", "LB", "EG")


def _answers() -> None:
    User.objects.bulk_create(
        (User(email=f"guide-bench-{n}@example.org", full_name=f"Learner {n}", password="!") for n in range(ANSWERS)),
        batch_size=2000,
    )
    users = list(User.objects.filter(email__startswith="guide-bench-").order_by("pk"))
    GuideFeedback.objects.bulk_create(
        (
            GuideFeedback(
                user=user,
                module_key=MODULES[n % CHAPTERS],
                guidebook_key=GUIDES[n % CHAPTERS % 2],
                chapter=f"Chapter {n % CHAPTERS}",
                rating=1 + n % 5,
                comment=f"Comment {n}" if n % 5 == 0 else "",
                missing=f"Missing {n}" if n % 10 == 0 else "",
                language=LANGUAGES[n % 3],
                country=COUNTRIES[n % 5],
                city_kind=CityKind.values[n % len(CityKind.values)],
                city_context=CityContext.values[n % len(CityContext.values)],
            )
            for n, user in enumerate(users)
        ),
        batch_size=2000,
    )


def test_guide_feedback_report(client, demo_site):
    language = "ar"
    plain = timing.plain_page(language)
    editor = make_editor("Editors", admin_language=language)

    everything = report.ReportFilters()
    names = report.labels(language)

    def whole():
        return report.guide_report(everything, names=names)

    queries_before = timing.measure({"before": whole}, rounds=1)["before"][1]
    _answers()
    assert whole().tally.count >= ANSWERS

    client.force_login(editor)
    one_country = report.ReportFilters(country="JO")
    timed = timing.measure(
        {
            timing.PLAIN_NAME: lambda: plain(client),
            f"guide_report(), {ANSWERS:,} answers, {CHAPTERS} chapters": whole,
            "guide_report(), one country": lambda: report.guide_report(one_country, names=names),
            "report page (admin), editor": lambda: client.get("/admin/reports/guide-feedback/"),
        },
        ROUNDS,
    )
    # The files take longest: fewer rounds, on their own.
    timed |= timing.measure(
        {
            "CSV, every answer": lambda: client.get("/admin/reports/guide-feedback/answers.csv"),
            "XLSX, summary and every answer": lambda: client.get("/admin/reports/guide-feedback/report.xlsx"),
        },
        FILE_ROUNDS,
    )
    rows = [(name, ms, queries) for name, (ms, queries) in timed.items()]

    title = f"Guide feedback report ({connection.vendor}, median of {ROUNDS}; the files of {FILE_ROUNDS})"
    table = timing.report(title, rows, timed[timing.PLAIN_NAME][0]) + (
        f"\nguide_report() ran {queries_before} queries before the {ANSWERS:,} answers were added, "
        f"{rows[1][2]} after.\n"
    )
    timing.publish(REPORT, table)
    assert rows[1][2] == queries_before, "the report's queries do not grow with the number of answers"
