"""Benchmarks for the learner's hot paths: median server time and SQL queries, as a ratio to a plain page.

Run with `make bench`. The baseline is a plain Wagtail page (a HomePage) carrying the same
text as the lesson, measured in the same run, so the ratios hold across machines. Timing
lives here, never in the test suite.
"""

import statistics
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from courses.models import CoursePage, LessonPage
from courses.progress import services
from home.models import HomePage
from tests.factories import QUIZ_ID, RIGHT_ANSWERS, make_course, make_user, quiz_post

pytestmark = pytest.mark.django_db

ROUNDS = 30
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks.md"


def _measure(call) -> tuple[float, int]:
    call()  # warm caches
    times = []
    queries = 0
    for _ in range(ROUNDS):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = call()
            times.append(time.perf_counter() - start)
        assert response.status_code in (200, 302), response.status_code
        queries = len(captured)
    return statistics.median(times) * 1000, queries


def _report(title: str, rows: list[tuple[str, float, int]], baseline_ms: float) -> str:
    lines = [f"### {title}", "", "| path | median ms | SQL queries | × plain page |", "|---|---:|---:|---:|"]
    for name, ms, queries in rows:
        lines.append(f"| {name} | {ms:.1f} | {queries} | {ms / baseline_ms:.2f} |")
    return "\n".join(lines) + "\n"


def test_learner_paths(client, demo_site):
    course = CoursePage.objects.get(locale__language_code="ar", slug="city-role-in-prevention")
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path")[1]
    text = "".join(str(block.value) for block in lesson.body if block.block_type == "rich_text")
    root = Page.get_first_root_node()
    plain = root.add_child(instance=HomePage(title=lesson.title, slug="bench-plain", body=text, locale=lesson.locale))
    plain.save_revision().publish()
    # A plain page is served from its own site, so it is measured through the same routing.
    from wagtail.models import Site

    Site.objects.create(hostname="plain.test", port=80, root_page=plain)

    baseline_ms, baseline_queries = _measure(lambda: client.get("/ar/", HTTP_HOST="plain.test"))
    rows = [("plain Wagtail page, same text", baseline_ms, baseline_queries)]
    rows.append(("lesson page, anonymous", *_measure(lambda: client.get(lesson.get_url()))))
    rows.append(("course page, anonymous", *_measure(lambda: client.get(course.get_url()))))

    learner = make_user("bench@example.org")
    client.force_login(learner)
    index = course.get_parent()
    quiz_course = make_course(index, slug="bench-quiz", modules=3, lessons_per_module=3, quiz_lessons=((0, 1),))
    services.enrol(user=learner, course=course)
    services.enrol(user=learner, course=quiz_course)
    quiz_lesson = LessonPage.objects.descendant_of(quiz_course).order_by("path")[1]
    rows.append(("lesson page, enrolled", *_measure(lambda: client.get(lesson.get_url()))))
    rows.append(("course page, enrolled", *_measure(lambda: client.get(course.get_url()))))
    rows.append(("dashboard (My learning)", *_measure(lambda: client.get(reverse("my_learning")))))
    url = reverse("submit_quiz", args=[quiz_lesson.pk, QUIZ_ID])
    rows.append(
        ("quiz submit (POST)", *_measure(lambda: client.post(url, quiz_post(RIGHT_ANSWERS, str(uuid.uuid4())))))
    )

    table = _report(f"Learner paths ({connection.vendor}, median of {ROUNDS})", rows, baseline_ms)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(table)
    print("\n" + table)
