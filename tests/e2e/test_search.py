"""A learner searches in Arabic from the header and opens a result."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_search_in_arabic_from_the_header(page, live_demo, screenshot_dir):
    page.goto(f"{live_demo.url}/ar/")
    page.locator(".site-menu__toggle").click()  # on a phone, search waits behind the menu button
    page.fill("#header-search", "للشباب")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/search/?query=*")
    results = page.locator(".search-result__title a")
    assert results.count() >= 3
    assert page.locator(".search-result mark").count() >= 1
    page.screenshot(path=str(screenshot_dir / "search-ar.png"), full_page=True)
    title = results.first.inner_text()
    results.first.click()
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text() == title
    assert page.locator("html").get_attribute("dir") == "rtl"
