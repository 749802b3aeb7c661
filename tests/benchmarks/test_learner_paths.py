"""Benchmarks for the learner's hot paths: median server time and SQL queries, as a ratio to a plain page.

Run with `make bench`. The baseline is a plain Wagtail page (a HomePage) carrying the same
text as the lesson, measured in the same run, so the ratios hold across machines: rendered for
an anonymous visitor (the table's last column), logged in (for the enrolled lesson page) and
from the page cache (for anonymous pages from the cache). Timing lives here, never in the
test suite.
"""

import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.models import Page, Site

from courses.models import CoursePage, LessonPage
from courses.progress import services
from home.models import HomePage
from tests.benchmarks.timing import measure, report, verdict
from tests.factories import QUIZ_ID, RIGHT_ANSWERS, make_course, make_user, quiz_post

pytestmark = pytest.mark.django_db

ROUNDS = 30
# Pages from the cache take well under a millisecond, where one scheduler hiccup moves a 30-round median by
# a fifth: their ratio is read from more rounds (about a second in all).
CACHED_ROUNDS = 100
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks.md"


# Issue #18's targets, as ratios measured in the same run.
LESSON_QUERIES_TARGET = 12
LESSON_TO_PLAIN_TARGET = 2.0
CACHED_TO_CACHED_PLAIN_TARGET = 1.2
# A query parameter no page declares: the page is rendered for an anonymous visitor, never taken from
# the page cache (lms.page_cache), so the rendered baseline stays a rendered page.
RENDERED = "?bench=rendered"


def test_learner_paths(client, demo_site):
    course = CoursePage.objects.get(locale__language_code="ar", slug="city-role-in-prevention")
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path")[1]
    text = "".join(str(block.value) for block in lesson.body if block.block_type == "rich_text")
    root = Page.get_first_root_node()
    plain = root.add_child(instance=HomePage(title=lesson.title, slug="bench-plain", body=text, locale=lesson.locale))
    plain.save_revision().publish()
    # A plain page is served from its own site, so it is measured through the same routing.
    Site.objects.create(hostname="plain.test", port=80, root_page=plain)

    def plain_page(query=""):
        return client.get("/ar/" + query, HTTP_HOST="plain.test")

    # Pages from the cache are timed in rounds of their own: interleaved with full renders, each one would
    # follow a render of a different size (and its garbage), which moved the sub-millisecond ratio by 0.2.
    anonymous = measure(
        {
            "plain Wagtail page, same text": lambda: plain_page(RENDERED),
            "lesson page, anonymous (rendered)": lambda: client.get(lesson.get_url() + RENDERED),
        },
        CACHED_ROUNDS,
    ) | measure(
        {
            "plain Wagtail page, anonymous from the page cache": plain_page,
            "lesson page, anonymous from the page cache": lambda: client.get(lesson.get_url()),
            "course page, anonymous from the page cache": lambda: client.get(course.get_url()),
        },
        CACHED_ROUNDS,
    )

    learner = make_user("bench@example.org")
    client.force_login(learner)
    index = course.get_parent()
    quiz_course = make_course(index, slug="bench-quiz", modules=3, lessons_per_module=3, quiz_lessons=((0, 1),))
    services.enrol(user=learner, course=course)
    services.enrol(user=learner, course=quiz_course)
    quiz_lesson = LessonPage.objects.descendant_of(quiz_course).order_by("path")[1]
    url = reverse("submit_quiz", args=[quiz_lesson.pk, QUIZ_ID])
    logged_in = measure(
        {
            "plain Wagtail page, logged in": plain_page,
            "lesson page, enrolled": lambda: client.get(lesson.get_url()),
            "lesson page with a quiz, enrolled": lambda: client.get(quiz_lesson.get_url()),
            "course page, enrolled": lambda: client.get(course.get_url()),
            "dashboard (My learning)": lambda: client.get(reverse("my_learning")),
            "quiz submit (POST)": lambda: client.post(url, quiz_post(RIGHT_ANSWERS, str(uuid.uuid4()))),
        },
        ROUNDS,
    )
    rows = [(name, *values) for name, values in (anonymous | logged_in).items()]
    baseline_ms = anonymous["plain Wagtail page, same text"][0]
    lesson_enrolled = logged_in["lesson page, enrolled"]
    lesson_cached = anonymous["lesson page, anonymous from the page cache"]
    lesson_ratio = lesson_enrolled[0] / logged_in["plain Wagtail page, logged in"][0]
    cached_ratio = lesson_cached[0] / anonymous["plain Wagtail page, anonymous from the page cache"][0]

    targets = "\n".join(
        [
            "",
            f"- lesson page, enrolled: {lesson_enrolled[1]} queries (target ≤ {LESSON_QUERIES_TARGET}: "
            f"{verdict(lesson_enrolled[1] <= LESSON_QUERIES_TARGET)}); {lesson_ratio:.2f} × the plain page "
            f"logged in (target ≤ {LESSON_TO_PLAIN_TARGET}: {verdict(lesson_ratio <= LESSON_TO_PLAIN_TARGET)})",
            f"- lesson page, anonymous from the page cache: {cached_ratio:.2f} × the plain page from the cache "
            f"(target ≤ {CACHED_TO_CACHED_PLAIN_TARGET}: {verdict(cached_ratio <= CACHED_TO_CACHED_PLAIN_TARGET)})",
        ]
    )
    title = (
        f"Learner paths ({connection.vendor}, median of {CACHED_ROUNDS} interleaved rounds anonymous, "
        f"{ROUNDS} logged in)"
    )
    table = report(title, rows, baseline_ms) + targets + "\n"
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(table)
    print("\n" + table)
    assert lesson_enrolled[1] <= LESSON_QUERIES_TARGET
    # The time ratios are printed with their verdict rather than asserted (a timed assertion fails on a busy
    # machine); a cached page must still cost a small fraction of a rendered one.
    assert lesson_cached[0] < baseline_ms / 2, (lesson_cached[0], baseline_ms)
