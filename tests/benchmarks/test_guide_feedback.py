"""Benchmark for the guide feedback report (issue 16): 10,000 answers from 10,000 learners on 20 chapters of
two guidebooks, a fifth of them with a comment; the report computed alone, its admin page, the CSV and the
workbook, as a ratio to a plain Wagtail page measured in the same run.

Run with `make bench`. Timing lives here, never in the test suite; the query pins live in
tests/guide_feedback/test_report.py. The table is written to tests/artifacts/benchmarks-guide-feedback.md.
"""

import statistics
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, Site

from courses.cities.models import CityKind
from courses.guide_feedback import report
from courses.guide_feedback.models import GuideFeedback
from home.models import HomePage
from lms.accounts.models import CityContext, User
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


def _measure(call, rounds: int = ROUNDS) -> tuple[float, int]:
    def run():
        result = call()
        if hasattr(result, "streaming_content"):
            b"".join(result.streaming_content)
        return result

    run()  # warm caches
    times = []
    queries = 0
    for _ in range(rounds):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            result = run()
            times.append(time.perf_counter() - start)
        if hasattr(result, "status_code"):
            assert result.status_code == 200, result.status_code
        queries = len(captured)
    return statistics.median(times) * 1000, queries


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
    plain = Page.get_first_root_node().add_child(
        instance=HomePage(
            title="Plain",
            slug="bench-plain-guide-feedback",
            body="<p>" + "Text. " * 400 + "</p>",
            locale=Locale.objects.get(language_code=language),
        )
    )
    plain.save_revision().publish()
    Site.objects.create(hostname="plain.test", port=80, root_page=plain)
    editor = make_editor("Editors", admin_language=language)

    everything = report.ReportFilters()
    names = report.labels(language)

    def whole():
        return report.guide_report(everything, names=names)

    _ms, queries_before = _measure(whole, rounds=1)
    _answers()
    assert whole().tally.count >= ANSWERS

    client.force_login(editor)
    baseline_ms, baseline_queries = _measure(lambda: client.get(f"/{language}/", HTTP_HOST="plain.test"))
    rows = [("plain Wagtail page (logged in)", baseline_ms, baseline_queries)]
    rows.append((f"guide_report(), {ANSWERS:,} answers, {CHAPTERS} chapters", *_measure(whole)))
    one_country = report.ReportFilters(country="JO")
    rows.append(("guide_report(), one country", *_measure(lambda: report.guide_report(one_country, names=names))))
    rows.append(("report page (admin), editor", *_measure(lambda: client.get("/admin/reports/guide-feedback/"))))
    rows.append(
        (
            "CSV, every answer",
            *_measure(lambda: client.get("/admin/reports/guide-feedback/answers.csv"), rounds=FILE_ROUNDS),
        )
    )
    rows.append(
        (
            "XLSX, summary and every answer",
            *_measure(lambda: client.get("/admin/reports/guide-feedback/report.xlsx"), rounds=FILE_ROUNDS),
        )
    )

    lines = [
        f"### Guide feedback report ({connection.vendor}, median of {ROUNDS}; the files of {FILE_ROUNDS})",
        "",
        f"guide_report() ran {queries_before} queries before the {ANSWERS:,} answers were added, {rows[1][2]} after.",
        "",
        "| path | median ms | SQL queries | × plain page |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {name} | {ms:.1f} | {queries} | {ms / baseline_ms:.2f} |" for name, ms, queries in rows]
    table = "\n".join(lines) + "\n"
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(table)
    print("\n" + table)
    assert rows[1][2] == queries_before, "the report's queries do not grow with the number of answers"
