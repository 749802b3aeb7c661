"""Evidence of learning, the issue's acceptance test, in a real browser in Arabic on a phone (390 × 844).

A learner enrols and lands on the pre-check, answers it, takes the course's lessons, and finds that the
course now waits for the final check (the lesson page and the course page say so); they take it, see their
before and after per topic and their gain, and the course is complete with its certificate. Then a
programme manager (two-factor code) opens the programme report from the trainer dashboard and downloads the
Arabic PDF: its text holds the Arabic headings and its pages are drawn with pdftoppm into
tests/artifacts/screenshots/ for a person to look at (right-to-left, Arabic letters joined).

Run: CI=true .venv/bin/python -m pytest tests/e2e/test_evidence_journey.py -p no:xdist
"""

import re
import subprocess
import unicodedata

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from courses.certificates.models import Certificate
from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.evidence.models import CheckAttempt, Phase
from courses.models import CourseIndexPage, LessonPage
from courses.progress.models import Enrolment
from tests import system_tools
from tests.evidence.conftest import ALL_RIGHT, HALF_RIGHT, make_check
from tests.factories import DEFAULT_PASSWORD, give_mfa, make_course, make_user, totp_code

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FINAL_CHECK_MISSING = "Take the final check after the last lesson, or skip it (it counts towards nothing)."


def _ar(text: str) -> str:
    with translation.override("ar"):
        return translation.gettext(text)


def _plain(text: str) -> str:
    """pdftotext's text without presentation forms, direction marks and vowel signs."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u0652]", "", text)


def _log_in(page, base: str, email: str, password: str = DEFAULT_PASSWORD, secret: str | None = None) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    if secret:
        page.fill("input[name=code]", totp_code(secret))
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state()


def _answer(page, answers: dict[str, list[str]], rating: str) -> None:
    for options in answers.values():
        for option in options:
            page.locator(f"input[value='{option}']").check()
    for statement in page.locator(".confidence").all():
        statement.locator(f"input[value='{rating}']").check()
    page.locator("form.evidence-check button[type=submit]").click()
    page.wait_for_load_state()


def test_learner_checks_before_and_after_then_the_manager_downloads_the_arabic_report(
    page, browser, live_demo, screenshot_dir, tmp_path
):
    system_tools.require("pdftotext", "pdftoppm")
    base = live_demo.url
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="evidence-journey", modules=1, lessons_per_module=2)
    make_check(course)
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    learner = make_user("evidence-journey@example.org", full_name="سلمى العلي")

    # The learner: enrolling leads to the pre-check, in Arabic, right to left.
    _log_in(page, base, learner.email)
    page.goto(base + course.get_url())
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/learn/evidence/{course.pk}/check/pre/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    page.screenshot(path=str(screenshot_dir / "evidence-journey-1-pre-check-ar.png"), full_page=True)
    _answer(page, HALF_RIGHT, "2")
    assert page.url == base + lessons[0].get_url()

    # The lessons; after the last one, the course waits for the final check, and says so.
    for lesson in lessons:
        page.goto(base + lesson.get_url())
        page.locator("form[action*='/complete/'] button").click()
        page.wait_for_load_state()
    notice = page.locator(".completion-requirements")
    assert _ar(FINAL_CHECK_MISSING) in notice.inner_text()
    assert Enrolment.objects.get(user=learner).completed_at is None
    assert not Certificate.objects.filter(user=learner).exists()
    page.screenshot(path=str(screenshot_dir / "evidence-journey-2-waits-for-final-check-ar.png"), full_page=True)

    # The final check: the same questions, another order; then the before and after, and the gain.
    notice.locator("a[href$='/check/post/']").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/learn/evidence/{course.pk}/check/post/")
    _answer(page, ALL_RIGHT, "5")
    assert page.url.endswith(f"/learn/evidence/{course.pk}/")
    main = page.locator("main").inner_text()
    table = page.locator(".evidence-table").first.inner_text()
    assert "50%" in table and "100%" in table and "Networks" in table and "Why cities" in table
    with translation.override("ar"):
        gain = (
            translation.ngettext("Your gain: %(gain)s point out of 100", "Your gain: %(gain)s points out of 100", 50)
            .split("%(gain)s")[0]
            .strip()
        )
    assert gain and gain in main
    assert "+50" in page.locator(".evidence-gain").inner_text()
    page.screenshot(path=str(screenshot_dir / "evidence-journey-3-before-after-ar.png"), full_page=True)
    assert CheckAttempt.objects.filter(user=learner, phase=Phase.POST).count() == 1
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner, course_key=course.translation_key).count() == 1
    page.goto(base + course.get_url())
    assert page.locator(".course-completed").count() == 1

    # The programme manager, in a browser of their own: the report from the dashboard, the Arabic PDF.
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ar", accept_downloads=True)
    manager_page = context.new_page()
    manager = make_user("journey-pm@example.org", full_name="مديرة البرنامج")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    secret = give_mfa(manager)
    _log_in(manager_page, base, manager.email, secret=secret)
    manager_page.goto(f"{base}/ar/trainer/")
    manager_page.locator("header a[href='/ar/trainer/report/']").click()
    manager_page.wait_for_load_state()
    assert manager_page.url.endswith("/ar/trainer/report/")
    assert manager_page.locator("html").get_attribute("dir") == "rtl"
    report_text = manager_page.locator("main").inner_text()
    assert _ar("Knowledge gain") in report_text and _ar("Method and limits") in report_text
    manager_page.screenshot(path=str(screenshot_dir / "evidence-journey-4-report-ar.png"), full_page=True)
    with manager_page.expect_download() as info:
        manager_page.locator("a[hreflang=ar][href*='report-ar.pdf']").click()
    pdf = tmp_path / "report-ar.pdf"
    info.value.save_as(pdf)
    context.close()
    assert pdf.read_bytes().startswith(b"%PDF")

    for old in screenshot_dir.glob("evidence-journey-report-ar-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", str(pdf), str(screenshot_dir / "evidence-journey-report-ar")], check=True
    )
    pages = sorted(screenshot_dir.glob("evidence-journey-report-ar-*.png"))
    assert pages and all(path.stat().st_size > 10_000 for path in pages)

    text = _plain(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    # pdftotext may split a word where a vowel sign was (تغي رت) and order a line's words its own way: each
    # word of a heading is looked for, without spaces.
    squeezed = re.sub(r"\s+", "", text)
    for heading in ("Programme report", "Reach", "Knowledge gain", "Who the learners were", "Method and limits"):
        assert all(word in squeezed for word in _plain(_ar(heading)).split()), heading
    assert "الزرقاء" in text  # the demo's fully checked cohort, its Arabic name shaped and read back
    assert _plain(_ar("fewer than %(number)s") % {"number": 5}).replace(" ", "") in squeezed  # hidden cells
