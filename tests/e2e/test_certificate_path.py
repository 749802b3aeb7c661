"""Issue #13 items 1 and 6 on a phone in Arabic (390 × 844): a learner with no name finishes the last lesson,
gives the name in the completion box (a refusal first, in Arabic), gets the certificate, and sees the PDF
link and the next course in the box; the profile previews both halves. Screenshots in tests/artifacts/screenshots.
"""

import pytest
from django.utils import translation

from courses.certificates.models import Certificate
from courses.models import CourseIndexPage, CoursePrerequisite
from tests.e2e.conftest import log_in
from tests.factories import make_course, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-e2e-password-77"


def _no_sideways_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{page.url} scrolls sideways ({width} px)"


def test_from_the_last_lesson_to_the_certificate_on_a_phone(page, live_demo, screenshot_dir):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="phone-path", modules=1, lessons_per_module=2)
    follow_up = make_course(index, slug="phone-path-next", modules=1, lessons_per_module=1)
    CoursePrerequisite.objects.create(course=follow_up, prerequisite=course)
    make_user("phone-path@example.org", password=PASSWORD, preferred_language="fr")
    base = live_demo.url

    log_in(page, base, "phone-path@example.org", PASSWORD)
    page.goto(base + course.get_url())
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    for _ in range(2):
        page.locator("form[action*='/complete/'] button").click()
        page.wait_for_load_state()

    box = page.locator(".course-completed")
    assert box.locator("input[name=certificate_name_arabic]").is_visible()
    assert box.locator(f"a[href='{follow_up.get_url()}']").is_visible()
    box.scroll_into_view_if_needed()
    _no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "certificate-path-name-form-ar.png"), full_page=False)

    box.locator("input[name=certificate_name_arabic]").fill("Salma")
    box.locator("form.certificate-name-form button[type=submit]").click()
    page.wait_for_load_state()
    with translation.override("ar"):
        refusal = translation.gettext("Write this name in Arabic letters, or leave it empty.")
    assert page.get_by_text(refusal).is_visible()
    assert not Certificate.objects.filter(user__email="phone-path@example.org").exists()
    page.screenshot(path=str(screenshot_dir / "certificate-path-refused-ar.png"), full_page=True)

    page.fill("input[name=certificate_name_arabic]", "سلمى الإدريسي")
    page.locator("main form.certificate-name-form button[type=submit]").click()
    page.wait_for_load_state()
    certificate = Certificate.objects.get(user__email="phone-path@example.org")
    assert page.locator(f"a[href*='{certificate.code}/download/']").is_visible()
    _no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "certificate-path-my-certificates-ar.png"), full_page=True)

    page.goto(base + course.get_url())
    assert page.locator(f".course-completed a[href*='{certificate.code}/download/']").is_visible()
    _no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "certificate-path-course-page-ar.png"), full_page=False)

    page.goto(f"{base}/ar/learn/")
    assert page.locator(f".course-card a[href*='{certificate.code}/download/']").is_visible()

    page.goto(f"{base}/accounts/profile/")
    preview = page.locator(".name-preview")
    assert preview.locator("bdi", has_text="سلمى الإدريسي").count() == 2
    preview.scroll_into_view_if_needed()
    _no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "certificate-path-profile-ar.png"), full_page=False)
