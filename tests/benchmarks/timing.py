"""Timing for the benchmarks: median server time and SQL queries of each path, as a ratio to a plain page.

Two things keep the ratios honest on a shared two-core machine:

- **Interleaved rounds.** Each round calls every path once, baseline included, so a burst of load from
  another process slows all of them alike instead of one path that happened to be measured then.
- **Production rendering.** The test environment wraps every template render to record its context for
  the test client (``setup_test_environment``); that copy grows with the number of templates a page
  includes, which production never pays. ``production_rendering`` removes the wrapper while timing.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from django.db import connection
from django.template import Template
from django.template.base import PartialTemplate
from django.test import Client
from django.test.utils import CaptureQueriesContext, _TestState
from wagtail.models import Locale, Page, Site

from home.models import HomePage

OK_STATUSES = (200, 201, 302)
PLAIN_HOST = "plain.test"
PLAIN_NAME = "plain Wagtail page (logged in)"


@contextmanager
def production_rendering():
    """Templates render as in production while timing: without the test environment's instrumented render,
    which sends a signal per template that the test client answers by copying the template's context."""
    state = getattr(_TestState, "saved_data", None)
    if state is None:  # no test environment set up: nothing is instrumented
        yield
        return
    instrumented = (Template._render, PartialTemplate._render)
    Template._render = state.template_render
    PartialTemplate._render = state.partial_template_render
    try:
        yield
    finally:
        Template._render, PartialTemplate._render = instrumented


def _timed(call: Callable) -> tuple[float, int]:
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        response = call()
        if getattr(response, "streaming", False):
            for _chunk in response.streaming_content:
                pass
        elapsed = time.perf_counter() - start
    if hasattr(response, "status_code"):  # a page; a report or a PDF computed directly has none
        assert response.status_code in OK_STATUSES, response.status_code
    return elapsed, len(captured)


def measure(calls: dict[str, Callable], rounds: int = 30) -> dict[str, tuple[float, int]]:
    """Median milliseconds and the query count of the last round, for each named call, in interleaved rounds."""
    times: dict[str, list[float]] = {name: [] for name in calls}
    queries: dict[str, int] = {}
    with production_rendering():
        for call in calls.values():
            call()  # warm caches
        for _ in range(rounds):
            for name, call in calls.items():
                elapsed, count = _timed(call)
                times[name].append(elapsed)
                queries[name] = count
    return {name: (statistics.median(times[name]) * 1000, queries[name]) for name in calls}


def plain_page(language: str) -> Callable[[Client], object]:
    """The baseline: a plain Wagtail page with some text, on its own site, served through the same routing.

    Returns the call that fetches it with a given test client.
    """
    plain = Page.get_first_root_node().add_child(
        instance=HomePage(
            title="Plain",
            slug="bench-plain",
            body="<p>" + "Text. " * 400 + "</p>",
            locale=Locale.objects.get(language_code=language),
        )
    )
    plain.save_revision().publish()
    Site.objects.create(hostname=PLAIN_HOST, port=80, root_page=plain)
    return lambda client: client.get(f"/{language}/", HTTP_HOST=PLAIN_HOST)


def report(title: str, rows: list[tuple[str, float, int]], baseline_ms: float) -> str:
    """A markdown table: path, median ms, queries, and the ratio to the baseline."""
    lines = [f"### {title}", "", "| path | median ms | SQL queries | × plain page |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {ms:.1f} | {queries} | {ms / baseline_ms:.2f} |" for name, ms, queries in rows]
    return "\n".join(lines) + "\n"


def publish(path: Path, table: str) -> None:
    """Write the table to its file under tests/artifacts/ and print it (seen with ``pytest -s``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(table)
    print("\n" + table)


def verdict(met: bool) -> str:
    return "met" if met else "NOT MET"
