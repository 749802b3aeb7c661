"""Certificate benchmarks: warm PDF rendering time and the verification page's queries."""

from pathlib import Path

import pytest
from django.db import connection

from courses.certificates import pdf
from courses.certificates.models import Certificate
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services
from tests.benchmarks.timing import measure, publish
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-certificates.md"
ROUNDS = 10


def test_certificate_rendering_and_verification(client, demo_site, monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="bench-cert", modules=1, lessons_per_module=1)
    user = make_user("bench-cert@example.org", certificate_name_latin="Amal Haddad", certificate_name_arabic="أمل حداد")
    services.enrol(user=user, course=course)
    services.mark_lesson_complete(user=user, lesson=LessonPage.objects.descendant_of(course).get())
    certificate = Certificate.objects.get(user=user)

    # The first call of each is left out: the cold render imports WeasyPrint and loads fonts.
    timed = measure(
        {
            "pdf": lambda: pdf.render_pdf_bytes(certificate),
            "verification": lambda: client.get(f"/verify/{certificate.code}/"),
        },
        ROUNDS,
    )
    pdf_ms, verification_queries = timed["pdf"][0], timed["verification"][1]

    table = (
        f"### Certificates ({connection.vendor})\n\n| measure | value |\n|---|---:|\n"
        f"| warm PDF render, median of {ROUNDS} | {pdf_ms:.0f} ms |\n"
        f"| verification page SQL queries | {verification_queries} |\n"
    )
    publish(REPORT, table)
    assert verification_queries <= 3
