"""Certificates: issued once on completion, verifiable by anyone, revocable, re-issuable, signed as Open Badges."""

import json
import re
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.certificates import badges, codes, services
from courses.certificates.models import Certificate, CertificateEvent
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from tests import system_tools
from tests.factories import DEFAULT_PASSWORD, give_mfa, make_course, make_user

pytestmark = pytest.mark.django_db
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="cert-course", modules=1, lessons_per_module=2)


@pytest.fixture(autouse=True)
def _run_on_commit(monkeypatch):
    """Tests run inside a transaction that never commits; run on-commit work (PDF rendering) at once."""
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def _learner(email="graduate@example.org", **fields):
    defaults = {
        "certificate_name_latin": "Salma Idrissi",
        "certificate_name_arabic": "سلمى الإدريسي",
        "preferred_language": "fr",
    }
    return make_user(email, **(defaults | fields))


def _staff():
    admin = make_user("staff@example.org", is_staff=True, is_superuser=True)
    give_mfa(admin)
    return admin


def _complete(user, course):
    progress.enrol(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        progress.mark_lesson_complete(user=user, lesson=lesson)


def test_completion_issues_exactly_one_certificate(course):
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    assert certificate.status == "valid"
    assert certificate.recipient_name_arabic == "سلمى الإدريسي"
    assert certificate.course_titles["ar"] == course.title
    assert certificate.pdf, "rendered (immediately in development and tests)"
    # Retries change nothing.
    _complete(user, course)
    assert services.issue_for_completion(user=user, course=course) == certificate
    assert Certificate.objects.filter(user=user).count() == 1
    assert CertificateEvent.objects.filter(certificate=certificate, action="issued").count() == 1


def test_no_name_no_certificate_until_claimed(client, course):
    user = make_user("nameless@example.org")
    _complete(user, course)
    assert not Certificate.objects.filter(user=user).exists()
    client.force_login(user)
    page = client.get("/ar/learn/certificates/").content.decode()
    assert reverse("certificate_request", args=[course.pk]) in page  # where the name is asked for
    assert (
        reverse("claim_certificate", args=[course.pk])
        in client.get(reverse("certificate_request", args=[course.pk])).text
    )
    client.post(reverse("claim_certificate", args=[course.pk]))
    assert not Certificate.objects.filter(user=user).exists()  # still no name
    user.certificate_name_latin = "Nameless No More"
    user.save()
    client.post(reverse("claim_certificate", args=[course.pk]))
    assert Certificate.objects.get(user=user).recipient_name_latin == "Nameless No More"


def test_no_certificate_from_a_client_side_completed_claim(client, course):
    user = _learner("claimer@example.org")
    client.force_login(user)
    client.post(reverse("enrol", args=[course.pk]))
    client.post(reverse("claim_certificate", args=[course.pk]), {"completed": "true", "course_completed": "1"})
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    client.post(reverse("complete_lesson", args=[lesson.pk]), {"course_completed": "true", "percent": "100"})
    assert not Certificate.objects.filter(user=user).exists()


def test_codes_are_long_random_and_unique():
    generated = {codes.new_code() for _ in range(1000)}
    assert len(generated) == 1000
    assert all(len(code) >= 22 and set(code) <= set(codes.ALPHABET) for code in generated)
    assert not any(re.fullmatch(r"[0-9a-f-]{36}", code.lower()) for code in generated)


def test_code_is_not_the_primary_key(course):
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    assert certificate.code != str(certificate.pk)
    assert client_get_status(f"/verify/{certificate.pk}/") == 404


def client_get_status(url: str) -> int:
    from django.test import Client

    return Client().get(url).status_code


def test_verification_page_shows_status_without_personal_data(client, course):
    user = _learner(email="private-person@example.org", municipality="Tanger")
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    response = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in html
    assert "Salma Idrissi" in html and "سلمى الإدريسي" in html
    assert "private-person@example.org" not in html and "Tanger" not in html
    # Typed with dashes and in lower case, it still works.
    assert client.get(f"/verify/?code={certificate.display_code.lower()}", follow=True).status_code == 200


def test_unknown_code_is_a_plain_404(client, demo_site):
    assert client.get("/verify/NOSUCHCODE23456789ABCDEFGH/").status_code == 404


def test_verification_page_query_count(client, course):
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    with CaptureQueriesContext(connection) as captured:
        client.get(f"/verify/{certificate.code}/")
    assert len(captured) <= 3, [query["sql"][:80] for query in captured]


def test_verification_is_rate_limited_per_ip(client, course):
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    limit = int(settings.ACCOUNT_RATE_LIMITS["verify_certificate"].split("/")[0])
    statuses = [client.get(f"/verify/{certificate.code}/").status_code for _ in range(limit + 1)]
    assert statuses[:limit] == [200] * limit
    assert statuses[limit] == 429
    # Another address is not affected.
    assert client.get(f"/verify/{certificate.code}/", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_revoke_shows_revoked_with_reason_and_is_logged(client, course):
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    admin = _staff()
    client.force_login(admin)
    response = client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Issued by mistake"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    html = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "was revoked on" in html and "Issued by mistake" in html
    event = CertificateEvent.objects.get(certificate=certificate, action="revoked")
    assert (event.actor, event.reason) == (admin, "Issued by mistake")


def test_revoking_needs_permission(client, course):
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    client.force_login(user)
    client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "I want to"})
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_reissue_after_a_name_change_supersedes_the_old_one(client, course):
    user = _learner()
    _complete(user, course)
    old = Certificate.objects.get(user=user)
    user.certificate_name_latin = "Salma Idrissi-Bennani"
    user.save()
    client.force_login(user)
    client.post(reverse("reissue_certificate", args=[old.code]))
    old.refresh_from_db()
    new = Certificate.objects.get(user=user, superseded_by__isnull=True)
    assert old.status == "superseded" and old.superseded_by == new
    assert new.recipient_name_latin == "Salma Idrissi-Bennani" and new.code != old.code
    html = client.get(f"/verify/{old.code}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"/verify/{new.code}/" in html
    assert set(CertificateEvent.objects.filter(certificate__user=user).values_list("action", flat=True)) == {
        "issued",
        "reissued",
    }


def test_expiry_comes_from_the_course(course):
    course.certificate_validity_months = 12
    course.save_revision().publish()
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    assert (certificate.expires_on - certificate.issued_on).days in (365, 366)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on="2020-01-01")
    certificate.refresh_from_db()
    assert certificate.status == "expired"


def test_only_the_owner_downloads_the_pdf(client, course):
    owner = _learner()
    _complete(owner, course)
    certificate = Certificate.objects.get(user=owner)
    client.force_login(make_user("nosy@example.org"))
    assert client.get(reverse("download_certificate", args=[certificate.code])).status_code == 404
    client.force_login(owner)
    response = client.get(reverse("download_certificate", args=[certificate.code]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_deleting_the_account_keeps_the_certificate_verifiable(client, course):
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    client.force_login(user)
    client.post("/accounts/profile/delete/", {"confirm": "DELETE", "password": DEFAULT_PASSWORD})
    certificate.refresh_from_db()
    assert certificate.user is None
    assert "Salma Idrissi" in client.get(f"/verify/{certificate.code}/").content.decode()


def test_pdf_renders_both_languages_and_a_qr_code_to_the_verification_page(course):
    system_tools.require("pdftoppm", "zbarimg")
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    ARTIFACTS.mkdir(exist_ok=True)
    pdf_path = ARTIFACTS / "certificate-test.pdf"
    pdf_path.write_bytes(certificate.pdf.read())
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Salma Idrissi" in text and certificate.display_code in text
    assert "الإدريسي" in text or "الادريسي" in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf_path), str(ARTIFACTS / "certificate-test")], check=True
    )
    png = ARTIFACTS / "certificate-test.png"
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert decoded == settings.WAGTAILADMIN_BASE_URL.rstrip("/") + f"/verify/{certificate.code}/"


def test_open_badges_credential_verifies_and_tampering_fails(client, course):
    from openbadgeslib import OB3VerificationError

    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    data = json.loads(client.get(f"/verify/{certificate.code}/credential.json").content)
    assert "OpenBadgeCredential" in data["credential"]["type"]
    verified = badges.verify(data["jwt"])
    assert verified.achievement.name
    header, payload, signature = data["jwt"].split(".")
    import base64

    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    vc = claims.get("vc", claims)
    vc["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(OB3VerificationError):
        badges.verify(f"{header}.{forged}.{signature}")
    keys = json.loads(client.get("/badges/jwks.json").content)["keys"]
    assert keys[0]["kty"] == "OKP" and keys[0]["crv"] == "Ed25519"
    assert "private" not in json.dumps(keys).lower() and "d" not in keys[0]


def test_dashboard_and_menu_link_to_certificates(client, course):
    user = _learner()
    _complete(user, course)
    client.force_login(user)
    html = client.get("/en/learn/certificates/").content.decode()
    certificate = Certificate.objects.get(user=user)
    assert reverse("download_certificate", args=[certificate.code]) in html
    assert f"/verify/{certificate.code}/" in html


# --- Issued certificates are immutable ---------------------------------------------------------


def test_the_admin_cannot_edit_add_or_delete_a_certificate_even_as_superuser(client, course):
    """An issued certificate's names feed /verify/ and the signed badge: the admin only revokes or re-issues."""
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    admin = _staff()
    client.force_login(admin)
    before = (certificate.recipient_name_latin, certificate.recipient_name_arabic)

    edit = client.post(
        f"/admin/certificates/edit/{certificate.pk}/",
        {"recipient_name_latin": "Someone Else", "recipient_name_arabic": "شخص آخر", "revoked_reason": "x"},
    )
    delete = client.post(f"/admin/certificates/delete/{certificate.pk}/")
    add = client.get("/admin/certificates/new/")

    # Wagtail answers a refused permission with a redirect to the dashboard and an error message.
    assert [(response.status_code, response.headers.get("Location")) for response in (edit, delete, add)] == [
        (302, "/admin/")
    ] * 3
    certificate.refresh_from_db()
    assert (certificate.recipient_name_latin, certificate.recipient_name_arabic) == before
    assert Certificate.objects.filter(pk=certificate.pk).exists()


def test_the_admin_listing_offers_only_inspect_revoke_and_reissue(client, course):
    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    client.force_login(_staff())
    html = client.get("/admin/certificates/").content.decode()
    assert f"/admin/certificates/edit/{certificate.pk}/" not in html
    assert f"/admin/certificates/delete/{certificate.pk}/" not in html
    assert f"/admin/certificates/{certificate.pk}/revoke/" in html
    assert f"/admin/certificates/{certificate.pk}/reissue/" in html


def test_the_admin_reissues_with_a_logged_reason(client, course):
    user = _learner()
    _complete(user, course)
    old = Certificate.objects.get(user=user)
    admin = _staff()
    client.force_login(admin)
    assert client.post(f"/admin/certificates/{old.pk}/reissue/", {"reason": ""}).status_code == 200
    assert Certificate.objects.filter(user=user).count() == 1
    response = client.post(f"/admin/certificates/{old.pk}/reissue/", {"reason": "Typo in the course title"})
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.status == "superseded"
    event = CertificateEvent.objects.get(certificate=old, action="reissued")
    assert (event.actor, event.reason) == (admin, "Typo in the course title")


def test_audit_events_are_never_deleted_with_their_certificate(course):
    from django.db.models import ProtectedError

    user = _learner()
    _complete(user, course)
    certificate = Certificate.objects.get(user=user)
    events = CertificateEvent.objects.filter(certificate=certificate).count()
    assert events >= 1
    with pytest.raises(ProtectedError):
        certificate.delete()
    assert CertificateEvent.objects.filter(certificate=certificate).count() == events
