"""The demo trainer's account menu and profile form on a phone in Arabic (390 × 844), screenshot to be looked at
(issue #13): the menu opens inside the screen with tappable items, and the profile's selects (country, role,
language, time zone, city) fit the screen and show Arabic choices. An opened <select> is drawn by the system,
not the page, so the form is screenshot with its selects closed."""

import pytest

from courses.cohorts.models import Cohort
from home.demo.accounts import DEMO_TOTP_SECRET
from tests.factories import totp_code

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WIDTH = 390
SELECTS = (
    "select[name=country]",
    "select[name=role]",
    "select[name=preferred_language]",
    "select[name=time_zone]",
    "select[data-city-choice]",
)


def _log_in_as_trainer(page, base):
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", "trainer@academy.example")
    page.fill("input[name=password]", "demo-trainer-2026")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    page.fill("input[name=code]", totp_code(DEMO_TOTP_SECRET))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def _no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH


def test_account_menu_and_profile_selects_on_a_phone(page, live_demo, screenshot_dir):
    base = live_demo.url
    _log_in_as_trainer(page, base)
    page.goto(f"{base}/ar/learn/")
    assert page.locator("html").get_attribute("dir") == "rtl"

    menu = page.locator(".account-menu__details")
    menu.locator("summary").click()
    items = menu.locator("li a, li button")
    assert items.count() >= 7
    for index in range(items.count()):
        box = items.nth(index).bounding_box()
        assert box["height"] >= 44, (items.nth(index).inner_text(), box)
        assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, (items.nth(index).inner_text(), box)
    _no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "account-menu-open-ar.png"))

    page.goto(f"{base}/accounts/profile/")
    assert page.locator("html").get_attribute("lang") == "ar"
    for name in SELECTS:
        box = page.locator(name).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, (name, box)
        assert box["height"] >= 44, (name, box)
    _no_sideways_scroll(page)
    page.locator("select[name=country]").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "profile-selects-ar.png"))
    page.screenshot(path=str(screenshot_dir / "profile-ar.png"), full_page=True)


def test_matrix_keeps_the_names_in_view_when_the_modules_scroll(page, live_demo, screenshot_dir):
    base = live_demo.url
    cohort = Cohort.objects.get(name="Rabat municipal staff")
    _log_in_as_trainer(page, base)
    page.goto(f"{base}/ar/trainer/cohorts/{cohort.pk}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    _no_sideways_scroll(page)
    for index in range(page.locator("input[name=learners]").count()):
        box = page.locator("input[name=learners]").nth(index).bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box
    # The table comes before the CSV options, and the reminder's personal message stays folded until asked for,
    # so that on a phone the table starts about one screen down instead of one and a half.
    table_top = page.locator(".matrix-scroll").bounding_box()["y"]
    assert table_top < page.locator(".export-form").bounding_box()["y"]
    assert table_top < 1.1 * 844, table_top
    message = page.locator("textarea[name=message]")
    assert not message.is_visible()
    page.locator(".matrix-form details summary").click()
    assert message.is_visible()
    page.locator(".matrix-form details summary").click()
    page.screenshot(path=str(screenshot_dir / "trainer-matrix-top-phone-ar.png"))
    page.locator(".matrix-scroll").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "trainer-matrix-phone-ar.png"))

    # Scrolled to the last column (leftwards in Arabic), the names stay at the right edge of the table.
    page.eval_on_selector(".matrix-scroll", "region => { region.scrollLeft = -region.scrollWidth; }")
    assert page.eval_on_selector(".matrix-scroll", "region => region.scrollLeft") < 0
    region = page.locator(".matrix-scroll").bounding_box()
    for index in range(page.locator("tbody th.matrix__learner").count()):
        name = page.locator("tbody th.matrix__learner").nth(index).bounding_box()
        assert abs((name["x"] + name["width"]) - (region["x"] + region["width"])) <= 2, (name, region)
    assert page.locator("td.matrix__certificate").first.bounding_box()["x"] >= region["x"]
    _no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "trainer-matrix-scrolled-phone-ar.png"))
