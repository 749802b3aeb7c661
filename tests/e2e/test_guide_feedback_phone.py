"""Feedback on the guide in a real browser, in Arabic on a phone (390 px): a learner opens a module based on
a guidebook, answers, is brought back to the module and sees their answer to change. The page does not
scroll sideways."""

import pytest

from courses.guide_feedback.models import GuideFeedback
from tests.e2e.conftest import log_in
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-e2e-password-79"


def test_a_learner_answers_about_the_guide_in_arabic_on_a_phone(page, live_demo, screenshot_dir):
    from courses.models import ModulePage

    module = ModulePage.objects.live().filter(locale__language_code="ar", source_guidebook__isnull=False).first()
    learner = make_user("guide-phone@example.org", password=PASSWORD, preferred_language="ar")
    base = live_demo.url
    log_in(page, base, "guide-phone@example.org", PASSWORD)

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
