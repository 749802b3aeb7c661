"""The site opens in a real browser, right to left in Arabic."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_arabic_home_is_right_to_left(page, live_demo, screenshot_dir):
    page.goto(f"{live_demo.url}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    heading = page.locator("h1")
    assert heading.inner_text() == "أكاديمية المدن الشابّة"
    # In RTL the brand sits at the inline start, i.e. the right edge.
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > 390 / 2
    page.screenshot(path=str(screenshot_dir / "home-ar.png"), full_page=True)


def test_language_switcher_goes_to_french_and_back(page, live_demo, screenshot_dir):
    page.goto(f"{live_demo.url}/ar/")
    page.locator(".site-menu__toggle").click()  # on a phone, the languages wait behind the menu button
    page.get_by_role("link", name="Français").click()
    page.wait_for_url(f"{live_demo.url}/fr/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.screenshot(path=str(screenshot_dir / "home-fr.png"), full_page=True)
    page.locator(".site-menu__toggle").click()
    page.get_by_role("link", name="العربية").click()
    page.wait_for_url(f"{live_demo.url}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_skip_link_is_first_focusable_and_moves_focus(page, live_demo):
    page.goto(f"{live_demo.url}/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
