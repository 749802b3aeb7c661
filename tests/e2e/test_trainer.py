"""A trainer's day in Arabic, in a real browser: log in, open the cohort's matrix, export CSV and
XLSX, remind a stalled learner (the mail is in the learner's language), be refused a second
reminder within 24 hours; and a learner joining through the invitation link."""

import csv
import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.utils import translation
from openpyxl import load_workbook

from courses.cohorts.models import Cohort, CohortMembership, Reminder
from courses.progress.models import Enrolment
from home.demo.accounts import DEMO_TOTP_SECRET
from lms.accounts.models import User
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def _violations(page) -> list:
    return [
        (page.url, violation["id"], violation["nodes"][0]["target"])
        for violation in Axe().run(page, options=WCAG_AA).response["violations"]
    ]


def _download(page, selector) -> bytes:
    with page.expect_download() as info:
        page.locator(selector).click()
    with open(info.value.path(), "rb") as handle:
        return handle.read()


def test_trainer_follows_exports_and_reminds_in_arabic(browser, page, live_demo, screenshot_dir):
    base = live_demo.url
    cohort = Cohort.objects.get(name="Rabat municipal staff")
    members = set(cohort.memberships.values_list("user__email", flat=True))
    stalled = User.objects.get(email="learner-rabat-5@academy.example")  # Imane, French, 40 days without activity

    log_in(page, base, "trainer@academy.example", "demo-trainer-2026", DEMO_TOTP_SECRET)
    page.goto(f"{base}/ar/trainer/")
    page.locator(f"a[href='/ar/trainer/cohorts/{cohort.pk}/']").click()
    page.wait_for_load_state()

    # The matrix, in Arabic and right to left.
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("th.matrix__course").first.inner_text() == "الأساس: دور المدينة في الوقاية"
    assert page.locator("th.matrix__module").count() == 7
    assert page.locator("tbody tr.matrix__row").count() == 5
    assert page.locator("tr.is-stalled").count() == 2
    assert page.locator("tr.is-stalled", has_text="Imane Alaoui").count() == 1
    assert page.locator("th.matrix__extra").count() == 2  # H5P average, sessions attended
    page.screenshot(path=str(screenshot_dir / "trainer-matrix-ar.png"), full_page=True)
    matrix_url = page.url
    found = _violations(page)
    learner = cohort.memberships.order_by("pk").first().user_id
    for path in (
        "/ar/trainer/",
        f"/ar/trainer/cohorts/{cohort.pk}/learners/{learner}/",
        f"/ar/trainer/cohorts/{cohort.pk}/manage/",
    ):
        page.goto(base + path)
        found += _violations(page)
    assert found == []
    page.goto(matrix_url)

    wide = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="ar", storage_state=page.context.storage_state()
    )
    wide_page = wide.new_page()
    wide_page.goto(page.url)
    wide_page.screenshot(path=str(screenshot_dir / "trainer-matrix-wide-ar.png"), full_page=True)
    wide.close()

    # Exports: both open and hold exactly this cohort's learners.
    # In Arabic the CSV is separated by semicolons, as Excel expects with Arabic regional settings.
    csv_text = _download(page, "a[href$='export.csv']").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(csv_text), delimiter=";"))
    # The H5P average and sessions attended and held (courses.cohorts.report_columns) follow the quiz average.
    assert len(rows[0]) == 4 + 2 + 7 + 4 + 3
    assert {row[1] for row in rows[1:]} == members
    h5p_average = 4 + 2 + 7 + 1
    assert any(row[h5p_average].isdigit() for row in rows[1:])
    workbook = load_workbook(io.BytesIO(_download(page, "a[href$='export.xlsx']")))
    sheet_rows = list(workbook.active.iter_rows(values_only=True))
    assert {row[1] for row in sheet_rows[1:]} == members
    assert any(isinstance(row[h5p_average], int) for row in sheet_rows[1:])
    assert workbook.active.sheet_view.rightToLeft is True

    # Remind Imane only; the mail lands in the outbox in French.
    mail.outbox.clear()
    page.eval_on_selector_all("input[name=learners]", "boxes => boxes.forEach(box => { box.checked = false; })")
    page.check(f"#learner-{stalled.pk}")
    page.locator(".matrix-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".message--success", has_text="Imane Alaoui").is_visible()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [stalled.email]
    assert "Maroc" in message.body, "Morocco is named in French, Imane's language"
    assert re.search(r"/fr/learn/", message.body)
    assert Reminder.objects.get(learner=stalled).language == "fr"

    # A second reminder within 24 hours is refused with a clear message; nothing is sent.
    assert not page.locator(f"#learner-{stalled.pk}").is_checked(), "no longer preselected once reminded"
    page.eval_on_selector_all("input[name=learners]", "boxes => boxes.forEach(box => { box.checked = false; })")
    page.check(f"#learner-{stalled.pk}")
    page.locator(".matrix-form button[type=submit]").click()
    page.wait_for_load_state()
    refusal = page.locator(".message--error")
    assert refusal.is_visible()
    with translation.override("ar"):
        expected = translation.gettext(
            "No reminder sent to %(name)s: they already received one in the last 24 hours. "
            "You can remind them again after %(time)s."
        ) % {"name": "Imane Alaoui", "time": "TIME"}
    assert refusal.inner_text().startswith(expected.split("TIME")[0])
    assert len(mail.outbox) == 1
    assert Reminder.objects.filter(learner=stalled).count() == 1
    page.screenshot(path=str(screenshot_dir / "trainer-reminder-refused-ar.png"), full_page=True)


def test_learner_joins_through_the_invitation_link(page, live_demo, screenshot_dir):
    base = live_demo.url
    cohort = Cohort.objects.get(name="Irbid Young Cities")
    join_path = f"/ar/join/{cohort.invitation_token}/"

    page.goto(base + join_path)
    assert page.locator("h1").inner_text() == cohort.name_in("ar") != "Irbid Young Cities"  # named in Arabic
    page.locator(f"a[href='/accounts/login/?next={join_path}']").click()
    page.fill("input[name=login]", "learner@academy.example")
    page.fill("input[name=password]", "demo-learner-2026")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(base + join_path)
    page.locator(".join-form button[type=submit]").click()
    page.wait_for_url(f"{base}/ar/learn/")
    page.screenshot(path=str(screenshot_dir / "trainer-join-ar.png"), full_page=True)

    learner = User.objects.get(email="learner@academy.example")
    assert CohortMembership.objects.filter(cohort=cohort, user=learner).exists()
    foundation, youth = (row.course for row in cohort.cohort_courses.order_by("sort_order"))
    assert Enrolment.objects.filter(user=learner, course_key=foundation.translation_key).exists()
    # The youth course needs the Foundation course first: refused, and the page says why.
    assert not Enrolment.objects.filter(user=learner, course_key=youth.translation_key).exists()
    assert page.locator(".message--warning").first.is_visible()
