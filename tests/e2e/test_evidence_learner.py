"""Evidence of learning in a real browser, in Arabic on a phone: enrolling leads to the pre-check, the learner
answers it, takes the course, takes the final check from the completion box and sees their before and after."""

import pytest

from courses.models import CourseIndexPage, LessonPage
from tests.evidence.conftest import ALL_RIGHT, HALF_RIGHT, make_check
from tests.factories import make_course, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-e2e-password-78"


def _answer(page, answers: dict[str, list[str]], rating: str) -> None:
    for options in answers.values():
        for option in options:
            page.locator(f"input[value='{option}']").check()
    for radio in page.locator(".confidence").all():
        radio.locator(f"input[value='{rating}']").check()
    page.locator("form.evidence-check button[type=submit]").click()
    page.wait_for_load_state()


def test_pre_check_course_final_check_and_before_and_after_in_arabic(page, live_demo, screenshot_dir):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="evidence-e2e", modules=1, lessons_per_module=1)
    make_check(course)
    lesson = LessonPage.objects.live().descendant_of(course).get()
    make_user("evidence-e2e@example.org", password=PASSWORD)
    base = live_demo.url

    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", "evidence-e2e@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()

    page.goto(base + course.get_url())
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    assert "/learn/evidence/" in page.url and page.url.endswith("/check/pre/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.screenshot(path=str(screenshot_dir / "evidence-pre-check-phone-ar.png"), full_page=True)
    _answer(page, HALF_RIGHT, "2")
    assert page.url == base + lesson.get_url()

    page.locator("form[action*='/complete/'] button").click()
    page.wait_for_load_state()
    page.goto(base + course.get_url())
    page.locator(".course-completed a[href$='/check/post/']").first.click()
    page.wait_for_load_state()
    _answer(page, ALL_RIGHT, "5")
    assert page.url.endswith(f"/learn/evidence/{course.pk}/")
    table = page.locator(".evidence-table").first.inner_text()
    assert "50%" in table and "100%" in table and "Networks" in table
    page.screenshot(path=str(screenshot_dir / "evidence-before-after-phone-ar.png"), full_page=True)
