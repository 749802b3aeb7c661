"""The header on a phone leaves room for the lesson (issue #13, item 7).

At 390 × 844 in Arabic the header is at most 120 px tall on the home page, the catalogue and a lesson;
"Courses" and "My learning" stay in view while search and languages wait behind one menu button that
a keyboard opens; the catalogue's track filters fold into one control so the first course is on the
first screen. At 1280 px in French the search box lies wholly inside the header. Wagtail's userbar,
shown to editors, does not cover the last lines of a page.
"""

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from tests.e2e.test_csp import log_in_staff

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
HEADER_LIMIT = 120
LEARNER = ("learner@academy.example", "demo-learner-2026")


def _log_in(page, base, email, password):
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def _header_height(page) -> float:
    return page.locator(".site-header").bounding_box()["height"]


def _inside(inner: dict, outer: dict) -> bool:
    return (
        inner["x"] >= outer["x"] - 0.5
        and inner["y"] >= outer["y"] - 0.5
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + 0.5
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + 0.5
    )


def test_the_phone_header_is_short_on_home_catalogue_and_lesson(page, live_demo, screenshot_dir):
    base = live_demo.url

    def pages(language):
        lesson = LessonPage.objects.live().filter(locale__language_code=language).first()
        return {"home": f"/{language}/", "catalogue": f"/{language}/courses/", "lesson": lesson.get_url()}

    # A visitor first ("Log in" and "Sign up" take the place of the account menu), also in French, whose
    # longer words wrap the brand's name rather than push the menu button onto a row of its own.
    for language in ("ar", "fr"):
        for name, path in pages(language).items():
            page.goto(base + path)
            assert _header_height(page) <= HEADER_LIMIT, (language, name, _header_height(page))
    arabic = pages("ar")

    _log_in(page, base, *LEARNER)
    for name, path in arabic.items():
        page.goto(base + path)
        assert page.locator("html").get_attribute("dir") == "rtl"
        height = _header_height(page)
        assert height <= HEADER_LIMIT, (name, height)
        nav = page.locator(".site-nav")
        expect(nav.get_by_role("link", name="الدورات")).to_be_visible()
        expect(nav.locator("a[href$='/learn/']")).to_be_visible()
        expect(page.locator(".account-menu summary")).to_be_visible()
        # Search and languages are one tap away, not on the first screen.
        expect(page.locator("#header-search")).to_be_hidden()
        expect(page.locator(".language-switcher")).to_be_hidden()
        for item in (".brand", ".site-menu__toggle", ".site-nav", ".account-menu"):
            box = page.locator(item).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (name, item, box)
        page.screenshot(path=str(screenshot_dir / f"phone-header-{name}-ar.png"))


def test_the_menu_button_opens_search_and_languages_from_the_keyboard(page, live_demo, screenshot_dir):
    base = live_demo.url
    page.goto(f"{base}/ar/courses/")
    toggle = page.locator(".site-menu__toggle")
    # Tab from the top of the page: skip link, brand, "Courses", then the menu button.
    for _ in range(10):
        page.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("The menu button is not reachable with the Tab key")
    expect(page.locator(".site-menu")).not_to_have_attribute("open", "")
    page.keyboard.press("Enter")
    expect(page.locator(".site-menu")).to_have_attribute("open", "")
    search = page.locator("#header-search")
    expect(search).to_be_visible()
    expect(page.locator(".language-switcher a[hreflang=fr]")).to_be_visible()
    for item in ("#header-search", ".header-search button", ".language-switcher"):
        box = page.locator(item).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (item, box)
        assert box["y"] + box["height"] <= PHONE["height"]
    # The open menu lies over the page: the header itself keeps its height.
    assert _header_height(page) <= HEADER_LIMIT
    page.screenshot(path=str(screenshot_dir / "phone-menu-open-ar.png"))

    page.keyboard.press("Tab")
    expect(search).to_be_focused()
    page.keyboard.type("الشباب")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/search/?query=*")

    # Space on the button closes it again (a native <details>: its state is announced as expanded or collapsed).
    toggle.focus()
    page.keyboard.press("Space")
    expect(search).to_be_visible()
    page.keyboard.press("Space")
    expect(search).to_be_hidden()


def test_the_first_course_is_on_the_first_screen_of_the_catalogue(page, live_demo, screenshot_dir):
    base = live_demo.url
    page.goto(f"{base}/ar/courses/")
    title = page.locator(".course-card__title").first
    box = title.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], box
    chips = page.locator(".track-filter a")
    expect(chips.first).to_be_hidden()
    toggle = page.locator(".track-filter__toggle")
    expect(toggle).to_contain_text("كل المسارات")  # the chosen track shows on the one control
    page.screenshot(path=str(screenshot_dir / "phone-catalogue-ar.png"))

    toggle.click()
    expect(chips.first).to_be_visible()
    chips.nth(1).click()
    page.wait_for_url("**/ar/courses/?track=*")
    chosen = page.locator(".track-filter__current").inner_text()
    assert chosen and chosen != "كل المسارات"
    assert page.locator(".course-card__title").first.bounding_box()["y"] < PHONE["height"]


@pytest.mark.parametrize("logged_in", [False, True], ids=["visitor", "learner"])
def test_the_search_box_is_inside_the_header_at_1280_in_french(browser, live_demo, logged_in):
    base = live_demo.url
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fr")
    page = context.new_page()
    try:
        if logged_in:
            _log_in(page, base, *LEARNER)
        page.goto(f"{base}/fr/courses/")
        header = page.locator(".site-header").bounding_box()
        for item in ("#header-search", ".header-search button", ".language-switcher", ".account-menu"):
            expect(page.locator(item)).to_be_visible()
            box = page.locator(item).bounding_box()
            assert _inside(box, header), (item, box, header)
            assert box["x"] + box["width"] <= 1280
        assert page.locator("#header-search").bounding_box()["width"] >= 120
        expect(page.locator(".site-menu__toggle")).to_be_hidden()
        expect(page.locator(".track-filter a").first).to_be_visible()  # wide screens show the chips
        assert header["height"] <= 80, "one row"
    finally:
        context.close()


def test_the_editors_userbar_leaves_the_end_of_a_page_readable_on_a_phone(page, live_demo, screenshot_dir):
    base = live_demo.url
    log_in_staff(page, base, "admin@academy.example", "demo-admin-2026")
    page.goto(f"{base}/ar/courses/")  # the user bar is on the site's pages, where it edits the page
    trigger = page.locator("wagtail-userbar").locator("#wagtail-userbar-trigger")
    expect(trigger).to_be_visible()
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_timeout(200)
    button = trigger.bounding_box()
    covered = page.evaluate(
        """(button) => {
            const hits = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                const skipped = node.parentElement.closest("wagtail-userbar, template, script");
                if (!node.textContent.trim() || skipped) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const rect of range.getClientRects()) {
                    if (rect.width && rect.height && rect.right > button.x && rect.left < button.x + button.width
                        && rect.bottom > button.y && rect.top < button.y + button.height) {
                        hits.push(node.textContent.trim().slice(0, 40));
                    }
                }
            }
            return hits;
        }""",
        button,
    )
    page.screenshot(path=str(screenshot_dir / "phone-userbar-catalogue-ar.png"))
    assert covered == []
