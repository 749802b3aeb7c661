"""A learner finishes a short course, downloads the certificate PDF; its QR code opens the verification page."""

import subprocess

import pytest
from django.contrib.auth.models import Group

from courses.certificates.models import Certificate
from courses.models import CourseIndexPage
from tests import system_tools
from tests.e2e.conftest import log_in
from tests.factories import give_mfa, make_course, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("second_language", ["fr", "en"])
def test_certificate_from_completion_to_verification(page, live_demo, screenshot_dir, settings, second_language):
    system_tools.require("pdftoppm", "zbarimg")
    settings.WAGTAILADMIN_BASE_URL = live_demo.url
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug=f"short-{second_language}", modules=1, lessons_per_module=2)
    make_user(
        f"graduate-{second_language}@example.org",
        password="a-long-e2e-password-77",
        certificate_name_latin="Karim Benali",
        certificate_name_arabic="كريم بن علي",
        preferred_language=second_language,
    )
    base = live_demo.url
    log_in(page, base, f"graduate-{second_language}@example.org", "a-long-e2e-password-77")
    page.goto(base + course.get_url())
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    for _ in range(2):
        page.locator("form[action*='/complete/'] button").click()
        page.wait_for_load_state()

    page.goto(f"{base}/{second_language}/learn/certificates/")
    page.screenshot(path=str(screenshot_dir / f"my-certificates-{second_language}.png"), full_page=True)
    with page.expect_download() as download_info:
        page.locator("a[href*='/download/']").first.click()
    artifacts = screenshot_dir.parent
    pdf_path = artifacts / f"certificate-ar-{second_language}.pdf"
    download_info.value.save_as(pdf_path)
    png_base = artifacts / f"certificate-ar-{second_language}"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf_path), str(png_base)], check=True)
    url = subprocess.run(
        ["zbarimg", "--raw", "-q", f"{png_base}.png"], capture_output=True, text=True, check=True
    ).stdout.strip()
    certificate = Certificate.objects.get(user__email=f"graduate-{second_language}@example.org")
    assert url == f"{base}/verify/{certificate.code}/"

    page.goto(url)
    assert page.locator(".verification--valid").is_visible()
    page.screenshot(path=str(screenshot_dir / f"verify-valid-{second_language}.png"), full_page=True)

    # Staff revoke it in the admin; the same URL now says revoked.
    admin = make_user(
        f"registrar-{second_language}@example.org", password="a-long-e2e-password-77", is_staff=True, is_superuser=True
    )
    admin.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    secret = give_mfa(admin)
    page.context.clear_cookies()
    log_in(page, base, admin.email, "a-long-e2e-password-77", secret)
    page.goto(f"{base}/admin/certificates/{certificate.pk}/revoke/")
    page.fill("textarea[name=reason]", "Completed by someone else")
    page.locator("form button[type=submit].no").click()
    page.wait_for_load_state()
    page.goto(url)
    assert page.locator(".verification--revoked").is_visible()
    assert "Completed by someone else" in page.content()
