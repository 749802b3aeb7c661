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

from django.db import connection
from django.template import Template
from django.test.utils import CaptureQueriesContext

OK_STATUSES = (200, 302)


@contextmanager
def production_rendering():
    instrumented = Template._render
    original = getattr(Template, "_original_render", instrumented)
    Template._render = original
    try:
        yield
    finally:
        Template._render = instrumented


def _timed(call: Callable) -> tuple[float, int]:
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        response = call()
        if getattr(response, "streaming", False):
            for _chunk in response.streaming_content:
                pass
        elapsed = time.perf_counter() - start
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


def report(title: str, rows: list[tuple[str, float, int]], baseline_ms: float) -> str:
    """A markdown table: path, median ms, queries, and the ratio to the baseline."""
    lines = [f"### {title}", "", "| path | median ms | SQL queries | × plain page |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {ms:.1f} | {queries} | {ms / baseline_ms:.2f} |" for name, ms, queries in rows]
    return "\n".join(lines) + "\n"


def verdict(met: bool) -> str:
    return "met" if met else "NOT MET"
