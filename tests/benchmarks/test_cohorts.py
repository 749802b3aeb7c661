"""Benchmarks for the trainer's pages: the matrix for 500 learners × 30 lessons as a ratio to a plain
page, and the peak memory of the CSV export for 1,000 and 10,000 learners.

Run with `make bench`. Timing and memory live here, never in the test suite; the query pins live
in tests/cohorts/test_query_counts.py. The table is written to tests/artifacts/benchmarks-cohorts.md.
"""

import statistics
import time
import tracemalloc
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, Site

from courses.models import CourseIndexPage
from home.models import HomePage
from tests.cohorts.conftest import bulk_learners, make_cohort
from tests.factories import give_mfa, make_course, make_user

pytestmark = pytest.mark.django_db

ROUNDS = 15
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-cohorts.md"


def _measure(call) -> tuple[float, int]:
    call()  # warm caches
    times = []
    queries = 0
    for _ in range(ROUNDS):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = call()
            if response.streaming:
                for _chunk in response.streaming_content:
                    pass
            times.append(time.perf_counter() - start)
        assert response.status_code == 200, response.status_code
        queries = len(captured)
    return statistics.median(times) * 1000, queries


def _export_peak(client, cohort) -> tuple[float, int, float]:
    """Peak traced memory (MiB) while streaming the whole CSV, its size, and the time it took."""
    response = client.get(reverse("trainer_export_csv", args=[cohort.pk]))
    tracemalloc.start()
    start = time.perf_counter()
    size = sum(len(chunk) for chunk in response.streaming_content)
    elapsed = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024 / 1024, size, elapsed


def test_trainer_pages(client, demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="bench-cohort", modules=6, lessons_per_module=5)
    trainer = make_user("bench-trainer@example.org")
    give_mfa(trainer)  # trainers without two-factor authentication are sent to set it up

    plain = Page.get_first_root_node().add_child(
        instance=HomePage(title="Plain", slug="bench-plain", body="<p>" + "Text. " * 400 + "</p>", locale=index.locale)
    )
    plain.save_revision().publish()
    Site.objects.create(hostname="plain.test", port=80, root_page=plain)
    client.force_login(trainer)
    baseline_ms, baseline_queries = _measure(lambda: client.get("/ar/", HTTP_HOST="plain.test"))

    cohort = make_cohort(name="Bench 500", courses=[course], trainers=[trainer])
    bulk_learners(cohort, course, 250, completed=12, days_ago=2, prefix="bench-active")
    bulk_learners(cohort, course, 250, completed=4, days_ago=40, prefix="bench-stalled")
    rows = [("plain Wagtail page (logged in)", baseline_ms, baseline_queries)]
    matrix = reverse("trainer_cohort", args=[cohort.pk])
    rows.append(("cohort matrix, 500 learners × 30 lessons", *_measure(lambda: client.get(matrix))))
    rows.append(
        (
            "cohort matrix, stalled only, by progress",
            *_measure(lambda: client.get(matrix, {"status": "stalled", "sort": "-progress"})),
        )
    )
    rows.append(("My cohorts", *_measure(lambda: client.get(reverse("trainer_dashboard")))))
    export = reverse("trainer_export_csv", args=[cohort.pk])
    rows.append(("CSV export, 500 learners", *_measure(lambda: client.get(export))))

    lines = [
        f"### Trainer pages ({connection.vendor}, median of {ROUNDS})",
        "",
        "| path | median ms | SQL queries | × plain page |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {name} | {ms:.1f} | {queries} | {ms / baseline_ms:.2f} |" for name, ms, queries in rows]

    memory = []
    for size in (1_000, 10_000):
        big = make_cohort(name=f"Export {size}", courses=[course], trainers=[trainer])
        bulk_learners(big, course, size, completed=5, days_ago=10, prefix=f"export-{size}")
        memory.append((size, *_export_peak(client, big)))
    lines += [
        "",
        "### CSV export memory (tracemalloc peak while streaming)",
        "",
        "| learners | peak MiB | CSV size KiB | seconds |",
        "|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {size:,} | {peak:.1f} | {length / 1024:.0f} | {seconds:.2f} |" for size, peak, length, seconds in memory
    ]
    table = "\n".join(lines) + "\n"
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(table)
    print("\n" + table)

    (_small, small_peak, *_), (_large, large_peak, *_) = memory
    # Streaming in chunks: ten times the learners must not mean ten times the memory.
    assert large_peak < 2 * small_peak + 4, (small_peak, large_peak)
