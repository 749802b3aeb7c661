"""A quiz on a phone in Arabic (390 × 844): every option's tap target (its label) is at least 44 × 44 px, for a
one-letter answer and for a long one, and after a failed attempt the last answers are still chosen."""

import pytest

from courses.models import CourseIndexPage, LessonPage
from tests.e2e.conftest import log_in
from tests.factories import make_course, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-e2e-password-77"
LONG = "إشراك الشباب في إعداد ميزانية المدينة وتتبع تنفيذها على مستوى الأحياء " * 4


def _quiz_lesson():
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="phone-quiz", modules=1, lessons_per_module=1, quiz_lessons=((0, 0),))
    lesson = LessonPage.objects.live().descendant_of(course).get()
    body = lesson.body.get_prep_value()
    for block in body:
        if block["type"] == "quiz":
            for question in block["value"]["questions"]:
                for option in question["value"]["options"]:
                    option["value"]["text"] = {"s-wrong": LONG, "m-c": "ب"}.get(option["id"], option["value"]["text"])
    lesson.body = body
    lesson.save()
    return course, lesson


def test_quiz_options_are_big_enough_to_tap_and_keep_the_last_answers(page, live_demo, screenshot_dir):
    course, lesson = _quiz_lesson()
    make_user("phone-quiz@example.org", password=PASSWORD)
    base = live_demo.url
    log_in(page, base, "phone-quiz@example.org", PASSWORD)
    page.goto(base + course.get_url())
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    page.goto(base + lesson.get_url())
    assert page.locator("html").get_attribute("dir") == "rtl"

    labels = page.locator(".quiz .option label")
    assert labels.count() == 5
    for index in range(labels.count()):
        box = labels.nth(index).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, (labels.nth(index).inner_text()[:20], box)
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, "the option fits the screen"

    # Tapping anywhere on a label, even far from the box, chooses the option.
    page.locator(".quiz .option label", has=page.locator("input[value=s-wrong]")).click(position={"x": 10, "y": 10})
    page.locator(".quiz .option label", has=page.locator("input[value=m-a]")).click()
    assert page.is_checked("input[value=s-wrong]") and page.is_checked("input[value=m-a]")
    page.locator(".quiz form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".quiz__result--fail").is_visible()
    checked = {value: page.is_checked(f"input[value={value}]") for value in ("s-right", "s-wrong", "m-a", "m-b", "m-c")}
    assert checked == {"s-right": False, "s-wrong": True, "m-a": True, "m-b": False, "m-c": False}
    assert page.locator(".quiz .option--chosen .option__last").count() == 2
    for index in range(labels.count()):
        box = labels.nth(index).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
    page.locator(".quiz").screenshot(path=str(screenshot_dir / "quiz-failed-phone-ar.png"))
