"""H5P benchmarks: upload-and-check time of each shared valid package, and the statement POST.

Upload-and-check is the admin form's work in the request (reading, checking every entry) plus the
unpacking task (writing every file through storage), measured separately because production runs
the second in a worker.
"""

import json
import statistics
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.h5p import services
from courses.h5p.package import check_package
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from tests.factories import make_course, make_user
from tests.h5p.helpers import VALID, add_h5p_blocks, h5p_block, upload_package

pytestmark = pytest.mark.django_db
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-h5p.md"
ROUNDS = 30


def _statement(iri: str, *, score: int) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {"account": {"name": "browser-made"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": iri, "objectType": "Activity"},
        "result": {"score": {"raw": score, "max": 1, "scaled": score}},
    }


def test_h5p_upload_and_statements(client, django_capture_on_commit_callbacks, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    rows = []
    for path in VALID:
        data = path.read_bytes()
        start = time.perf_counter()
        check_package(data)
        checked = time.perf_counter() - start
        start = time.perf_counter()
        with django_capture_on_commit_callbacks(execute=True):
            package = upload_package(path)
        total = time.perf_counter() - start
        package.refresh_from_db()
        assert package.is_ready
        rows.append((path.name, len(data), package.file_count, checked * 1000, total * 1000))

    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = make_course(index, slug="bench-h5p", modules=1, lessons_per_module=2)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    add_h5p_blocks(lesson, h5p_block(package, block_id="bench-block"))
    learner = make_user("bench-h5p@example.org")
    progress.enrol(user=learner, course=course)
    client.force_login(learner)
    url = f"/en/learn/lessons/{lesson.pk}/activities/bench-block/statements/"
    iri = services.activity_iri(
        home_page=services.home_page(), lesson_key=lesson.translation_key, block_id="bench-block"
    )
    timings = []
    for _ in range(ROUNDS):
        body = json.dumps(_statement(iri, score=0))
        start = time.perf_counter()
        assert client.post(url, body, content_type="application/json").status_code == 201
        timings.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as captured:
        response = client.post(url, json.dumps(_statement(iri, score=1)), content_type="application/json")
    assert response.json()["lesson_completed"]

    table = (
        f"### H5P ({connection.vendor})\n\n"
        "| package | archive | files | check | upload + unpack |\n|---|---:|---:|---:|---:|\n"
        + "".join(
            f"| {name} | {size / 1024:.0f} KiB | {files} | {check:.0f} ms | {total:.0f} ms |\n"
            for name, size, files, check, total in rows
        )
        + "\n| statement POST | value |\n|---|---:|\n"
        + f"| not passing, median of {ROUNDS} | {statistics.median(timings) * 1000:.1f} ms |\n"
        + f"| passing and completing the lesson: SQL queries | {len(captured)} |\n"
    )
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(table)
    print("\n" + table)
