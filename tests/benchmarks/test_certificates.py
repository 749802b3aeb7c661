"""Certificate benchmarks: warm PDF rendering time and the verification page's queries."""

import statistics
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.certificates import pdf
from courses.certificates.models import Certificate
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-certificates.md"


def test_certificate_rendering_and_verification(client, demo_site, monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="bench-cert", modules=1, lessons_per_module=1)
    user = make_user("bench-cert@example.org", certificate_name_latin="Amal Haddad", certificate_name_arabic="أمل حداد")
    services.enrol(user=user, course=course)
    services.mark_lesson_complete(user=user, lesson=LessonPage.objects.descendant_of(course).get())
    certificate = Certificate.objects.get(user=user)

    pdf.render_pdf_bytes(certificate)  # cold: imports WeasyPrint, loads fonts
    timings = []
    for _ in range(10):
        start = time.perf_counter()
        pdf.render_pdf_bytes(certificate)
        timings.append(time.perf_counter() - start)
    client.get(f"/verify/{certificate.code}/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get(f"/verify/{certificate.code}/").status_code == 200

    table = (
        f"### Certificates ({connection.vendor})\n\n| measure | value |\n|---|---:|\n"
        f"| warm PDF render, median of 10 | {statistics.median(timings) * 1000:.0f} ms |\n"
        f"| verification page SQL queries | {len(captured)} |\n"
    )
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(table)
    print("\n" + table)
    assert len(captured) <= 3
