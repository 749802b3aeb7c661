"""Links in certificates and mails point to the site that served the request (lms.site_url); work done
outside any request uses WAGTAILADMIN_BASE_URL. On-commit work runs after the request has returned, as a
worker would, so only the base URL captured at enqueue time can carry the request's host."""

import subprocess

import pytest
from django.urls import reverse

from courses.certificates.models import Certificate
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from tests import system_tools
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db
HOST = "academy.test:8123"


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="site-url-course", modules=1, lessons_per_module=1)


@pytest.fixture(autouse=True)
def _hosts(settings):
    settings.ALLOWED_HOSTS = ["testserver", "academy.test"]
    settings.WAGTAILADMIN_BASE_URL = "https://configured.example.org"


def _pdf_text(certificate: Certificate, tmp_path) -> str:
    path = tmp_path / "certificate.pdf"
    certificate.pdf.open("rb")
    path.write_bytes(certificate.pdf.read())
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _qr(certificate: Certificate, tmp_path) -> str:
    system_tools.require("pdftoppm", "zbarimg")
    path = tmp_path / "certificate.pdf"
    certificate.pdf.open("rb")
    path.write_bytes(certificate.pdf.read())
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(path), str(tmp_path / "page")], check=True)
    return subprocess.run(
        ["zbarimg", "--raw", "-q", str(tmp_path / "page.png")], capture_output=True, text=True, check=True
    ).stdout.strip()


def _completed_without_a_name(course):
    user = make_user("site-url@example.org", preferred_language="fr")
    progress.enrol(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course):
        progress.mark_lesson_complete(user=user, lesson=lesson)
    user.certificate_name_latin, user.certificate_name_arabic = "Salma Idrissi", "سلمى الإدريسي"
    user.save()
    return user


def test_a_certificate_claimed_on_a_host_links_to_that_host(
    client, course, tmp_path, django_capture_on_commit_callbacks
):
    system_tools.require("pdftotext")
    user = _completed_without_a_name(course)
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("claim_certificate", args=[course.pk]), HTTP_HOST=HOST)
    assert response.status_code == 302
    certificate = Certificate.objects.get(user=user)
    expected = f"http://{HOST}/verify/{certificate.code}/"
    assert expected in _pdf_text(certificate, tmp_path)
    assert _qr(certificate, tmp_path) == expected
    credential = client.get(reverse("certificate_credential", args=[certificate.code]), HTTP_HOST=HOST)
    assert expected in credential.content.decode()


def test_a_certificate_issued_outside_a_request_links_to_the_configured_site(
    course, tmp_path, django_capture_on_commit_callbacks
):
    system_tools.require("pdftotext")
    user = make_user("no-request@example.org", certificate_name_latin="Omar Tazi", preferred_language="en")
    progress.enrol(user=user, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in LessonPage.objects.descendant_of(course):
            progress.mark_lesson_complete(user=user, lesson=lesson)
    certificate = Certificate.objects.get(user=user)
    assert certificate.pdf
    assert f"https://configured.example.org/verify/{certificate.code}/" in _pdf_text(certificate, tmp_path)
