"""The needs assessment's 1–5 scale on a phone in Arabic (390 × 844): the five points sit in one row of
equal cells, each point's label a touch target of at least 44 × 44 px, and the two end labels on the
line under the row, the low one under the first point (at the start: the right in Arabic) and the high
one under the last."""

import pytest

from home.demo.cities import stable_id
from home.demo.cohorts import LEARNER_PASSWORD
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LEAD = "learner-irbid-1@academy.example"  # Irbid's city lead in the demo
SCALES = ("mapping", "national", "response-plan")  # the demo questionnaire's scale questions


def test_the_scale_points_are_one_row_of_touch_targets_on_an_arabic_phone(page, live_demo, screenshot_dir):
    base = live_demo.url
    log_in(page, base, LEAD, LEARNER_PASSWORD)
    page.goto(f"{base}/ar/city/assessment/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.locator("form[action$='/city/assessment/start/'] button").click()
    page.wait_for_load_state()

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the assessment scrolls sideways ({width} px)"
    for key in SCALES:
        name = f"q-{stable_id('question', key)}"
        question = page.locator("fieldset.question", has=page.locator(f"input[name='{name}']"))
        assert question.locator("legend").count() == 1
        points = question.locator("label.scale__point")
        assert points.count() == 5
        boxes = [points.nth(n).bounding_box() for n in range(5)]
        for n, box in enumerate(boxes, start=1):
            assert box["width"] >= 44 and box["height"] >= 44, f"{key}: point {n} is {box}"
        assert len({round(box["y"]) for box in boxes}) == 1, f"{key}: the points wrap: {boxes}"
        assert max(box["width"] for box in boxes) - min(box["width"] for box in boxes) < 1, f"{key}: unequal"
        # Right to left: 1 at the inline start (the right), 5 at the end (the left).
        assert [box["x"] for box in boxes] == sorted((box["x"] for box in boxes), reverse=True)

        low, high = question.locator(f"#{name}-low"), question.locator(f"#{name}-high")
        low_box, high_box = low.bounding_box(), high.bounding_box()
        row_bottom = boxes[0]["y"] + boxes[0]["height"]
        assert low_box["y"] >= row_bottom and high_box["y"] >= row_bottom, f"{key}: an end label beside the points"
        # Under the first point (its right edge in Arabic) and the last (its left edge).
        assert abs((low_box["x"] + low_box["width"]) - (boxes[0]["x"] + boxes[0]["width"])) < 2
        assert abs(high_box["x"] - boxes[4]["x"]) < 2
        # The end labels are tied to the first and last points for screen readers.
        radios = question.locator("input[type=radio]")
        assert radios.nth(0).get_attribute("aria-describedby") == f"{name}-low"
        assert radios.nth(4).get_attribute("aria-describedby") == f"{name}-high"

    # The whole label is the target: a tap on the cell's edge chooses the point.
    name = f"q-{stable_id('question', SCALES[0])}"
    fourth = page.locator("fieldset.question", has=page.locator(f"input[name='{name}']")).locator("label.scale__point")
    fourth.nth(3).scroll_into_view_if_needed()
    box = fourth.nth(3).bounding_box()  # in the viewport's coordinates, as the mouse's
    page.mouse.click(box["x"] + 3, box["y"] + box["height"] - 3)
    assert page.locator(f"input[name='{name}'][value='4']").is_checked()

    question = page.locator("fieldset.question", has=page.locator(f"input[name='{name}']"))
    question.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "city-scale-phone-ar.png"))
    question.screenshot(path=str(screenshot_dir / "city-scale-question-ar.png"))
