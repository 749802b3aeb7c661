"""The programme report on a phone in Arabic (390 × 844), as the demo's programme manager reads it: the page is
as wide as the phone (the charts, drawn at 640 px, scroll in their own regions, as on the region page), and
its tables read as tables (cells padded, rows ruled, figures at the inline end: the left in Arabic)."""

import pytest

from home.demo.accounts import DEMO_TOTP_SECRET
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MANAGER = ("manager@academy.example", "demo-manager-2026")


def test_the_arabic_report_fits_a_phone_and_its_tables_are_laid_out(page, live_demo, screenshot_dir):
    log_in(page, live_demo.url, *MANAGER, totp_secret=DEMO_TOTP_SECRET)
    page.goto(f"{live_demo.url}/ar/trainer/report/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".chart-scroll svg.chart").count() == 2

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width == 390, f"the report scrolls sideways ({width} px)"
    for region in page.locator(".chart-scroll").all():
        box = region.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box
        assert region.evaluate("element => element.scrollWidth > element.clientWidth"), "the chart scrolls in it"

    table = page.locator("table.report-table").first
    label, figure = table.locator("tbody th").first, table.locator("tbody td").first
    style = figure.evaluate(
        "cell => { const s = getComputedStyle(cell); return [s.textAlign, s.paddingInlineStart, s.borderBottomWidth] }"
    )
    assert style[0] == "end" and float(style[1].removesuffix("px")) >= 8 and style[2] == "1px", style
    assert label.evaluate("cell => getComputedStyle(cell).textAlign") == "start"
    # Right to left: the label at the right, its figure at the left of the row, with room between them.
    label_box, figure_box = label.bounding_box(), figure.bounding_box()
    assert figure_box["x"] + figure_box["width"] <= label_box["x"] + 1
    page.screenshot(path=str(screenshot_dir / "report-phone-ar.png"))
    table.scroll_into_view_if_needed()
    table.screenshot(path=str(screenshot_dir / "report-phone-table-ar.png"))
