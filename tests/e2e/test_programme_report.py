"""The programme report in Arabic, in a real browser: a programme manager logs in (with their two-factor
code), finds the report from the trainer dashboard, reads the demo's gain and its hidden cells, and downloads
the Arabic PDF, whose first page is drawn with pdftoppm for a person to look at."""

import subprocess

import pytest
from django.contrib.auth.models import Group

from courses.cohorts.access import PROGRAMME_MANAGERS
from tests.factories import DEFAULT_PASSWORD, give_mfa, make_user, totp_code

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_programme_manager_downloads_the_arabic_pdf(page, live_demo, screenshot_dir, tmp_path):
    base = live_demo.url
    manager = make_user("e2e-pm@example.org", full_name="مديرة البرنامج")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    secret = give_mfa(manager)

    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", manager.email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    page.fill("input[name=code]", totp_code(secret))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()

    page.goto(f"{base}/ar/trainer/")
    page.locator("header a[href='/ar/trainer/report/']").click()
    page.wait_for_load_state()
    assert page.url.endswith("/ar/trainer/report/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    # The demo's gain shows with its interval, and some cells are hidden.
    assert page.locator("svg").count() >= 1
    assert "–" in page.locator("main").inner_text()
    page.screenshot(path=str(screenshot_dir / "programme-report-page-ar.png"), full_page=True)

    with page.expect_download() as info:
        page.locator("a[hreflang=ar][href*='report-ar.pdf']").click()
    pdf = tmp_path / "report-ar.pdf"
    info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "الزرقاء" in text  # the demo's fully checked cohort, shaped Arabic text read back
    target = screenshot_dir / "programme-report-e2e-ar"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)], check=True
    )
    assert (screenshot_dir / "programme-report-e2e-ar.png").stat().st_size > 10_000
