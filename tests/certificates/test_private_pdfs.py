"""Certificate PDFs live in the private storage: no /media/ URL reaches them, only their owner downloads them, and
they are deleted when the certificate is revoked or replaced or the owner deletes the account (the record stays
verifiable by its code)."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from courses.certificates import pdf, services
from courses.certificates.models import Certificate
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from lms.accounts.services import delete_account
from lms.private_storage import private_storage
from tests.factories import DEFAULT_PASSWORD, make_course, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="en")
    return make_course(index, slug="private-pdf", modules=1, lessons_per_module=1)


def _graduate(course, capture, email: str = "pdf-owner@example.org"):
    user = make_user(email, certificate_name_latin="Salma Idrissi", certificate_name_arabic="سلمى الإدريسي")
    with capture(execute=True):
        progress.enrol(user=user, course=course)
        for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
            progress.mark_lesson_complete(user=user, lesson=lesson)
    certificate = Certificate.objects.get(user=user)
    assert certificate.pdf, "rendered on commit"
    return user, certificate


def _stored(certificate: Certificate) -> bool:
    return private_storage().exists(certificate.pdf.name)


def _download(client, code: str):
    return client.get(reverse("download_certificate", args=[code]))


def _files(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()} if root.exists() else set()


def test_the_pdf_is_private_and_no_media_url_serves_it(
    client, course, storage_roots, development_urls, django_capture_on_commit_callbacks
):
    media, private = storage_roots
    _user, certificate = _graduate(course, django_capture_on_commit_callbacks)
    assert certificate.pdf.name == f"certificates/certificate-{certificate.code}.pdf"
    assert _files(private) == {certificate.pdf.name}
    assert _files(media) == set()
    assert client.get(f"/media/certificates/certificate-{certificate.code}.pdf").status_code == 404
    assert client.get(f"/media/{certificate.pdf.name}").status_code == 404


def test_only_the_owner_downloads_it_and_everyone_else_gets_a_404(
    client, course, storage_roots, django_capture_on_commit_callbacks
):
    owner, certificate = _graduate(course, django_capture_on_commit_callbacks)
    other, others = _graduate(course, django_capture_on_commit_callbacks, email="pdf-other@example.org")
    spellings = [certificate.code, certificate.display_code, certificate.code.lower()]

    assert _download(client, certificate.code).status_code == 302  # anonymous: to the login page
    # Another graduate (with a certificate of their own), staff and a superuser: the owner's code is not theirs.
    intruders = [
        other,
        make_user("pdf-staff@example.org", is_staff=True),
        make_user("pdf-root@example.org", is_staff=True, is_superuser=True),
    ]
    for intruder in intruders:
        client.force_login(intruder)
        for code in spellings:
            assert _download(client, code).status_code == 404, (intruder, code)
    client.force_login(other)
    assert _download(client, others.code).status_code == 200  # their own works

    client.force_login(owner)
    response = _download(client, certificate.display_code)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_revoking_deletes_the_pdf_and_it_is_never_rendered_again(
    client, course, storage_roots, django_capture_on_commit_callbacks
):
    owner, certificate = _graduate(course, django_capture_on_commit_callbacks)
    name = certificate.pdf.name
    admin = make_user("pdf-admin@example.org", is_staff=True, is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(certificate=certificate, actor=admin, reason="Issued by mistake")
    certificate.refresh_from_db()
    assert not certificate.pdf and not private_storage().exists(name)

    client.force_login(owner)
    assert _download(client, certificate.code).status_code == 404
    assert not private_storage().exists(name)
    page = client.get(reverse("my_certificates")).content.decode()
    assert reverse("download_certificate", args=[certificate.code]) not in page
    # A rendering task that runs late writes nothing.
    pdf.render_and_store(certificate)
    certificate.refresh_from_db()
    assert not certificate.pdf and not private_storage().exists(name)
    # The record stays verifiable.
    assert "Issued by mistake" in client.get(f"/verify/{certificate.code}/").content.decode()


def test_a_rendering_that_finishes_after_the_revocation_leaves_no_file(
    course, storage_roots, django_capture_on_commit_callbacks
):
    _owner, certificate = _graduate(course, django_capture_on_commit_callbacks)
    stale = Certificate.objects.get(pk=certificate.pk)  # read by the task before the revocation
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(certificate=certificate, actor=None, reason="Issued by mistake")
    pdf.render_and_store(stale)
    assert _files(storage_roots[1]) == set()
    assert not Certificate.objects.get(pk=certificate.pk).pdf


def test_reissuing_deletes_the_old_pdf(client, course, storage_roots, django_capture_on_commit_callbacks):
    owner, certificate = _graduate(course, django_capture_on_commit_callbacks)
    old_name = certificate.pdf.name
    with django_capture_on_commit_callbacks(execute=True):
        replacement = services.reissue(certificate=certificate, actor=owner, reason="Name changed")
    certificate.refresh_from_db()
    replacement.refresh_from_db()
    assert not certificate.pdf and not private_storage().exists(old_name)
    assert _stored(replacement)
    assert _files(storage_roots[1]) == {replacement.pdf.name}
    client.force_login(owner)
    assert _download(client, certificate.code).status_code == 404
    assert _download(client, replacement.code).status_code == 200


@pytest.mark.parametrize("how", ["own page", "service"])
def test_deleting_the_account_deletes_its_pdfs(client, course, storage_roots, django_capture_on_commit_callbacks, how):
    owner, certificate = _graduate(course, django_capture_on_commit_callbacks)
    _other, others = _graduate(course, django_capture_on_commit_callbacks, email="pdf-stays@example.org")
    name = certificate.pdf.name
    with django_capture_on_commit_callbacks(execute=True):
        if how == "own page":
            client.force_login(owner)
            response = client.post("/accounts/profile/delete/", {"confirm": "DELETE", "password": DEFAULT_PASSWORD})
            assert response.status_code == 302
        else:
            delete_account(user=owner)
    certificate.refresh_from_db()
    assert certificate.user is None
    assert not certificate.pdf and not private_storage().exists(name)
    assert _stored(others)  # someone else's stays
    assert "Salma Idrissi" in client.get(f"/verify/{certificate.code}/").content.decode()


def test_move_private_files_moves_current_pdfs_and_deletes_revoked_ones(
    client, course, storage_roots, development_urls, django_capture_on_commit_callbacks
):
    """PDFs that an older version kept in the public storage: kept privately if current, deleted if revoked."""
    from django.core.files.storage import default_storage

    media, private = storage_roots
    _owner, current = _graduate(course, django_capture_on_commit_callbacks)
    _other, revoked = _graduate(course, django_capture_on_commit_callbacks, email="pdf-revoked@example.org")
    for certificate in (current, revoked):
        with private_storage().open(certificate.pdf.name) as handle:
            default_storage.save(certificate.pdf.name, handle)
        private_storage().delete(certificate.pdf.name)
    # Revoked before this version: its row still names the (public) file.
    Certificate.objects.filter(pk=revoked.pk).update(revoked_at="2026-01-01T00:00Z", revoked_reason="Mistake")
    assert client.get(f"/media/{revoked.pdf.name}").status_code == 200  # the problem being fixed

    call_command("move_private_files", stdout=io.StringIO())
    assert _files(media) == set()
    assert _files(private) == {current.pdf.name}
    revoked.refresh_from_db()
    assert not revoked.pdf
    assert client.get(f"/media/{current.pdf.name}").status_code == 404


def test_behind_nginx_the_owner_gets_an_x_accel_answer_and_everyone_else_what_they_got_before(
    client, course, storage_roots, settings, django_capture_on_commit_callbacks
):
    """nginx sends the PDF (lms/private_files.py); the view still decides who gets it, and names the download."""
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    owner, certificate = _graduate(course, django_capture_on_commit_callbacks)
    assert _download(client, certificate.code).status_code == 302  # anonymous: to the login page
    client.force_login(make_user("pdf-nosy@example.org"))
    refused = _download(client, certificate.code)
    assert refused.status_code == 404 and "X-Accel-Redirect" not in refused

    client.force_login(owner)
    response = _download(client, certificate.display_code)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_private/{certificate.pdf.name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="certificate-{certificate.code}.pdf"'
    assert "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
