"""A learner walks catalogue → course → module → lesson in Arabic, on a phone-sized screen."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_arabic_walk_from_catalogue_to_lesson(page, live_demo, screenshot_dir):
    page.goto(f"{live_demo.url}/ar/courses/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".course-card").count() == 4
    page.screenshot(path=str(screenshot_dir / "catalogue-ar.png"), full_page=True)

    page.locator(".course-card__title a").first.click()
    page.wait_for_load_state()
    assert "/ar/courses/city-role-in-prevention/" in page.url
    page.screenshot(path=str(screenshot_dir / "course-ar.png"), full_page=True)

    page.locator(".outline__module h3 a").first.click()
    page.wait_for_load_state()
    page.screenshot(path=str(screenshot_dir / "module-ar.png"), full_page=True)

    page.locator("main a.button").first.click()
    page.wait_for_load_state()
    assert page.locator("article.lesson h1").is_visible()
    page.screenshot(path=str(screenshot_dir / "lesson-ar.png"), full_page=True)

    # The next-lesson link follows the course order.
    page.locator("a[rel=next]").click()
    page.wait_for_load_state()
    assert page.locator("a[rel=prev]").count() == 1


def test_context_tabs_work_with_the_keyboard_in_rtl(page, live_demo, screenshot_dir):
    page.goto(f"{live_demo.url}/ar/courses/")
    page.goto(f"{live_demo.url}/ar/courses/city-role-in-prevention/drivers-and-evidence/threats-and-drivers/")
    tabs = page.locator(".context-variants").first.get_by_role("tab")
    assert tabs.count() == 3
    assert tabs.nth(0).get_attribute("aria-selected") == "true"
    panels = page.locator(".context-variants").first.locator("[role=tabpanel]")
    assert panels.nth(0).is_visible() and not panels.nth(1).is_visible()
    tabs.nth(0).focus()
    # In right-to-left text the next tab is to the left.
    page.keyboard.press("ArrowLeft")
    assert tabs.nth(1).get_attribute("aria-selected") == "true"
    assert panels.nth(1).is_visible() and not panels.nth(0).is_visible()
    page.locator(".context-variants").first.screenshot(path=str(screenshot_dir / "context-tabs-ar.png"))


def test_video_loads_only_after_play(page, live_demo):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{live_demo.url}/en/courses/city-role-in-prevention/what-a-city-can-do/why-cities-matter/")
    assert not any(url.endswith(".webm") for url in requests)
    assert page.locator("video").count() == 0
    page.get_by_role("button", name="Play the video").click()
    page.wait_for_selector("video")
    page.wait_for_timeout(300)
    assert any(".webm" in url for url in requests)
