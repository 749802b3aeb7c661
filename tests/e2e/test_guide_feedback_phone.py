"""Feedback on the guide in a real browser, in Arabic on a phone (390 px): a learner opens a module based on
a guidebook, answers, is brought back to the module and sees their answer to change. The page does not
scroll sideways."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from courses.guide_feedback.models import GuideFeedback
from tests.e2e.conftest import log_in
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-e2e-password-79"
ERROR_RED = "rgb(180, 35, 24)"  # #b42318, the colour of .errorlist in lms.css


def _in_arabic(message: str) -> str:
    with translation.override("ar"):
        return translation.gettext(message)


def test_a_learner_answers_about_the_guide_in_arabic_on_a_phone(page, live_demo, screenshot_dir):
    from courses.models import ModulePage

    module = ModulePage.objects.live().filter(locale__language_code="ar", source_guidebook__isnull=False).first()
    learner = make_user("guide-phone@example.org", password=PASSWORD, preferred_language="ar")
    base = live_demo.url
    log_in(page, base, "guide-phone@example.org", PASSWORD)

    # Sent empty: the error shows in the red of the site's other form errors, and the box reads its help.
    page.goto(base + module.get_url())
    page.locator("#guide-feedback button[type=submit]").click()
    page.wait_for_load_state()
    error = page.locator(".guide-feedback__form #id_rating_error")
    expect(error).to_have_text(_in_arabic("Choose how useful it was, from 1 to 5."))
    assert error.evaluate("element => getComputedStyle(element).color") == ERROR_RED
    comment = page.locator("textarea[name=comment]")
    help_id = comment.get_attribute("aria-describedby")
    expect(page.locator(f"[id='{help_id}']")).to_have_text(
        _in_arabic("Optional. Only the academy's editors read it; it is never published.")
    )
    error.screenshot(path=str(screenshot_dir / "guide-feedback-error-ar.png"))
    assert not GuideFeedback.objects.filter(user=learner).exists()

    page.goto(base + module.get_url())
    panel = page.locator("#guide-feedback")
    panel.scroll_into_view_if_needed()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert panel.locator("fieldset legend").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    panel.locator("label.scale__point", has_text="4").click()
    panel.locator("textarea[name=comment]").fill("مفيد لبلديتنا")
    panel.locator("textarea[name=missing]").fill("أمثلة من البلديات الصغيرة")
    panel.locator("button[type=submit]").click()
    page.wait_for_load_state()

    assert page.url.endswith("#guide-feedback")
    feedback = GuideFeedback.objects.get(user=learner)
    assert (feedback.rating, feedback.comment, feedback.language) == (4, "مفيد لبلديتنا", "ar")
    assert page.locator("#guide-feedback input[value='4']").is_checked()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.locator("#guide-feedback").screenshot(path=str(screenshot_dir / "guide-feedback-phone-ar.png"))
