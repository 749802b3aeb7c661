"""Acceptance (issue #16) in Arabic on a phone (390 × 844): a learner finds the session on "My learning",
registers, gets the confirmation mail in Arabic with the .ics attached and downloads it from the page too
(DTSTART is the session's start in UTC); the course that asks for one session waits for it; the trainer
(two-factor login) shows the check-in code, the learner opens its URL during the session and checks in;
the course completes with its certificate, and the trainer's roster shows the learner present.

The roster's layout on a phone (touch targets, right to left) is test_attendance_phone.py's subject."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone

from courses.certificates.models import Certificate
from courses.convenings.models import Attendance, CourseAttendanceRule, Registration, Session, SessionKind
from courses.models import CourseIndexPage
from courses.progress.models import Enrolment
from tests import system_tools
from tests.cohorts.conftest import add_member, make_cohort
from tests.e2e.conftest import log_in
from tests.factories import give_mfa, make_course, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARABIC = re.compile(r"[\u0600-\u06FF]{3,}")


def dtstart(calendar: str) -> str:
    unfolded = calendar.replace("\r\n ", "")
    return re.search(r"^DTSTART:(\d{8}T\d{6}Z)\r?$", unfolded, re.MULTILINE).group(1)


def test_register_get_the_mail_and_ics_check_in_and_complete_on_an_arabic_phone(
    browser, page, live_demo, screenshot_dir, settings
):
    base = live_demo.url
    settings.WAGTAILADMIN_BASE_URL = base
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="blended-e2e", modules=1, lessons_per_module=1)
    CourseAttendanceRule.objects.create(course_key=course.translation_key, sessions_required=1)

    cohort = make_cohort(name="Sfax blended", country="TN", city_name="Sfax")
    learner = make_user("blended@example.org", full_name="سلمى بن علي", preferred_language="ar", time_zone="Asia/Amman")
    add_member(cohort, learner)
    trainer = make_user("blended-trainer@example.org", full_name="نور الخوري")
    cohort.trainers.add(trainer)
    secret = give_mfa(trainer)
    # Running now (started five minutes ago, on the minute), so that the check-in is open.
    starts = (timezone.now() - timedelta(minutes=5)).replace(second=0, microsecond=0)
    session = Session.objects.create(
        kind=SessionKind.WORKSHOP,
        title_en="Blended workshop",
        title_ar="ورشة التعلم المدمج",
        agenda_ar="التعارف ثم العمل في مجموعات",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        time_zone="Africa/Tunis",
        venue_address="Town hall, Sfax",
        capacity=10,
        languages=["ar"],
    )
    session.invited_cohorts.add(cohort)
    session.organisers.add(trainer)
    session.related_pages.add(course)
    expected_start = starts.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    # The learner finishes the course's lessons: the course waits for the session.
    log_in(page, base, learner.email)
    page.goto(base + course.get_url())
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    page.locator("form[action*='/complete/'] button").click()
    page.wait_for_load_state()
    enrolment = Enrolment.objects.get(user=learner, course_key=course.translation_key)
    assert enrolment.completed_at is None and not Certificate.objects.filter(user=learner).exists()

    # "My learning" lists the session; its page registers the learner.
    page.goto(f"{base}/ar/learn/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.locator("#sessions-panel-heading").scroll_into_view_if_needed()
    page.locator(".sessions-panel a", has_text="ورشة التعلم المدمج").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    mail.outbox.clear()
    background = "button => getComputedStyle(button).backgroundColor"
    primary = page.locator("form[action*='/register/'] button").evaluate(background)
    page.locator("form[action*='/register/'] button").click()
    page.wait_for_load_state()
    assert Registration.objects.get(session=session, user=learner).status == "registered"
    # Cancelling is the secondary action: a submit button with .button--secondary must not look primary.
    assert page.locator("form[action*='/cancel/'] button.button--secondary").evaluate(background) != primary
    page.screenshot(path=str(screenshot_dir / "session-registered-ar.png"), full_page=True)

    # The confirmation: in Arabic, to the learner, with the calendar file.
    assert [message.to for message in mail.outbox] == [[learner.email]]
    message = mail.outbox[0]
    assert ARABIC.search(message.subject) and ARABIC.search(message.body)
    assert "ورشة التعلم المدمج" in message.subject
    attachment = message.attachments[0]
    assert attachment[0].endswith(".ics") and attachment[2] == "text/calendar"
    assert dtstart(attachment[1]) == expected_start

    with page.expect_download() as download_info:
        page.locator("a[href$='session.ics']").click()
    calendar = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert dtstart(calendar) == expected_start
    assert "SUMMARY:ورشة التعلم المدمج" in calendar.replace("\r\n ", "")

    # The trainer shows the check-in code; the learner opens its URL on the phone and checks in.
    trainer_context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ar")
    trainer_page = trainer_context.new_page()
    log_in(trainer_page, base, trainer.email, totp_secret=secret)
    trainer_page.goto(f"{base}/ar/trainer/")
    trainer_page.locator("a[href='/ar/trainer/sessions/']").first.click()
    trainer_page.wait_for_load_state()
    trainer_page.locator(f"a[href='/ar/trainer/sessions/{session.pk}/check-in-code/']").click()
    trainer_page.wait_for_load_state()
    qr = trainer_page.locator("img[src^='data:image/svg+xml;base64,']")
    assert qr.count() == 1
    check_in_url = trainer_page.locator("main bdi a").get_attribute("href")
    assert "/sessions/check-in/" in check_in_url
    # The code is drawn (a broken image has no natural width), fits the phone, and scans to the address shown.
    assert qr.evaluate("image => image.naturalWidth") > 0
    assert trainer_page.evaluate("document.documentElement.scrollWidth") <= 390
    system_tools.require("zbarimg")
    qr.screenshot(path=str(screenshot_dir / "session-check-in-code-ar.png"))
    scanned = subprocess.run(
        ["zbarimg", "--raw", "-q", str(screenshot_dir / "session-check-in-code-ar.png")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert scanned.stdout.strip() == check_in_url

    page.goto(check_in_url)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("[role=status]").count() == 1
    page.screenshot(path=str(screenshot_dir / "session-checked-in-ar.png"), full_page=True)
    assert Attendance.objects.get(session=session, user=learner).status == "present"

    # Only now does the course complete, with its certificate.
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert Certificate.objects.filter(user=learner).count() == 1

    # The trainer's roster shows the learner present.
    trainer_page.goto(f"{base}/ar/trainer/sessions/{session.pk}/attendance/")
    assert trainer_page.locator(f"#status-{learner.pk}-present").is_checked()
    trainer_page.screenshot(path=str(screenshot_dir / "session-roster-present-ar.png"), full_page=True)
    trainer_context.close()
