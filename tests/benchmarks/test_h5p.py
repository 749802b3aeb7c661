"""H5P benchmarks, as ratios to a plain Wagtail page measured in the same run: upload-and-check of each shared
package (the valid ones and the real Hub exports), a 2 MB video fetched in 256 KB ranges (what a phone does while
a learner watches and seeks; no SQL query per range), and the statement POST.

Upload-and-check is the admin form's work in the request (reading, checking every entry) plus the unpacking task
(writing every file through storage), measured separately because production runs the second in a worker.
"""

import json
import os
import statistics
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.h5p import services
from courses.h5p.access import grant_for
from courses.h5p.package import check_package
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from tests.benchmarks.timing import PLAIN_NAME, measure, plain_page, publish
from tests.factories import make_course, make_user
from tests.h5p.helpers import SHARED, VALID, add_h5p_blocks, h5p_block, tiny_library_files, upload_package, zip_bytes

pytestmark = pytest.mark.django_db
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-h5p.md"
ROUNDS = 30
HUB = sorted((SHARED / "hub").glob("*.h5p"))
VIDEO_BYTES = 2 * 1024 * 1024
RANGE_BYTES = 256 * 1024


def _statement(iri: str, *, score: int) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {"account": {"name": "browser-made"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": iri, "objectType": "Activity"},
        "result": {"score": {"raw": score, "max": 1, "scaled": score}},
    }


def _upload_rows(paths, capture) -> list[tuple]:
    rows = []
    for path in paths:
        data = path.read_bytes()
        start = time.perf_counter()
        checked = check_package(data)
        check_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        with capture(execute=True):
            package = upload_package(path)
        total_ms = (time.perf_counter() - start) * 1000
        package.refresh_from_db()
        assert package.is_ready, package.error
        rows.append((path.name, len(data), package.file_count, len(checked.unserved), check_ms, total_ms))
    return rows


def _video_ranges(capture) -> tuple[float, float, int, int]:
    """Median ms per 256 KB range and for the whole file at once; SQL queries over all ranges; ranges per pass."""
    with capture(execute=True):
        package = upload_package(zip_bytes(tiny_library_files() | {"content/video.mp4": os.urandom(VIDEO_BYTES)}))
    package.refresh_from_db()
    token = grant_for(user_id=1, folder=package.folder, lesson_key=uuid.uuid4(), block_id="b", language="en").seal()
    url = reverse("h5p_content", args=[token, "content/video.mp4"])
    client = Client()
    starts = range(0, VIDEO_BYTES, RANGE_BYTES)
    per_range, whole, queries = [], [], 0
    for _ in range(5):
        with CaptureQueriesContext(connection) as captured:
            for first in starts:
                begin = time.perf_counter()
                response = client.get(url, HTTP_RANGE=f"bytes={first}-{first + RANGE_BYTES - 1}")
                assert response.status_code == 206
                b"".join(response.streaming_content)
                per_range.append(time.perf_counter() - begin)
        queries = max(queries, len(captured))
        begin = time.perf_counter()
        b"".join(client.get(url).streaming_content)
        whole.append(time.perf_counter() - begin)
    return statistics.median(per_range) * 1000, statistics.median(whole) * 1000, queries, len(starts)


def test_h5p_upload_ranges_and_statements(client, django_capture_on_commit_callbacks, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    learner = make_user("bench-h5p@example.org")
    client.force_login(learner)
    plain = plain_page("en")
    rows = _upload_rows([*VALID, *HUB], django_capture_on_commit_callbacks)
    range_ms, whole_ms, range_queries, range_count = _video_ranges(django_capture_on_commit_callbacks)
    assert range_queries == 0, "a range request must not touch the database"

    with django_capture_on_commit_callbacks(execute=True):
        package = upload_package(VALID[0])
    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = make_course(index, slug="bench-h5p", modules=1, lessons_per_module=2)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    add_h5p_blocks(lesson, h5p_block(package, block_id="bench-block"))
    progress.enrol(user=learner, course=course)
    url = f"/en/learn/lessons/{lesson.pk}/activities/bench-block/statements/"
    iri = services.activity_iri(
        home_page=services.home_page(), lesson_key=lesson.translation_key, block_id="bench-block"
    )
    timed = measure(
        {
            PLAIN_NAME: lambda: plain(client),
            "statement": lambda: client.post(
                url, json.dumps(_statement(iri, score=0)), content_type="application/json"
            ),
        },
        ROUNDS,
    )
    baseline_ms, (statement_ms, statement_queries) = timed[PLAIN_NAME][0], timed["statement"]
    with CaptureQueriesContext(connection) as captured:
        response = client.post(url, json.dumps(_statement(iri, score=1)), content_type="application/json")
    assert response.json()["lesson_completed"]

    table = (
        f"### H5P ({connection.vendor}; plain Wagtail page, logged in: {baseline_ms:.1f} ms, median of {ROUNDS})\n\n"
        "| package | archive | files | Flash left out | check | upload + unpack | × plain page |\n"
        "|---|---:|---:|---:|---:|---:|---:|\n"
        + "".join(
            f"| {name} | {size / 1024:.0f} KiB | {files} | {unserved} | {check:.0f} ms | {total:.0f} ms "
            f"| {total / baseline_ms:.0f} |\n"
            for name, size, files, unserved, check, total in rows
        )
        + "\n| content view | median ms | SQL queries | × plain page |\n|---|---:|---:|---:|\n"
        + f"| 2 MB video, one 256 KB range ({range_count} per pass, 5 passes) | {range_ms:.2f} | "
        f"{range_queries} in all | {range_ms / baseline_ms:.2f} |\n"
        + f"| 2 MB video, whole file | {whole_ms:.2f} | 0 | {whole_ms / baseline_ms:.2f} |\n"
        + "\n| statement POST | median ms | SQL queries | × plain page |\n|---|---:|---:|---:|\n"
        + f"| not passing, median of {ROUNDS} | {statement_ms:.1f} | {statement_queries} "
        f"| {statement_ms / baseline_ms:.2f} |\n" + f"| passing and completing the lesson | | {len(captured)} | |\n"
    )
    publish(REPORT, table)
