"""A document link in an Arabic lesson, on a phone: its type and size read in the sentence's order.

"نموذج دليل الجهات المعنية (CSV، 236 بايت)" showed as «236، CSV بايت»: the Latin "CSV" took the size's digits
into its left-to-right run. Each part is isolated now (courses/templates/blocks/document.html); right to left,
the type comes first (on the right), then the size, whose number stays before its unit.
"""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LESSON = "/ar/courses/city-role-in-prevention/what-a-city-can-do/why-cities-matter/"


def test_a_document_links_type_and_size_read_right_to_left(page, live_demo, screenshot_dir):
    page.goto(live_demo.url + LESSON)
    assert page.locator("html").get_attribute("dir") == "rtl"
    details = page.locator(".download .muted").filter(has_text="CSV").first
    details.scroll_into_view_if_needed()
    kind = details.locator("bdi", has_text="CSV")
    size = details.locator("bdi").nth(1)
    expect(size).to_contain_text("بايت")
    kind_box, size_box = kind.bounding_box(), size.bounding_box()
    # (Latin and Arabic glyphs have boxes of different heights: their middles are compared.)
    middles = [box["y"] + box["height"] / 2 for box in (kind_box, size_box)]
    assert abs(middles[0] - middles[1]) < 8, "the type and the size are on one line"
    assert kind_box["x"] >= size_box["x"] + size_box["width"], "right to left, the type comes before the size"
    # Inside the size, the number comes first (on the right), then its unit.
    digits = size.evaluate(
        """element => {
            const text = element.firstChild, range = document.createRange();
            const start = text.data.search(/[0-9]/), unit = text.data.indexOf("بايت");
            range.setStart(text, start); range.setEnd(text, start + 1);
            const digit = range.getBoundingClientRect();
            range.setStart(text, unit); range.setEnd(text, unit + 1);
            return [digit.left, range.getBoundingClientRect().left];
        }"""
    )
    assert digits[0] > digits[1], "the size's number is to the right of its unit"
    details.screenshot(path=str(screenshot_dir / "document-link-ar.png"))
