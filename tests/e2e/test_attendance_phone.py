"""Attendance on a phone in Arabic (390 × 844): the organiser's roster has one row per registered learner
with four choices, each a touch target of at least 44 × 44 px in one row, first at the start (the right);
the page does not scroll sideways; one tap and "Save" records it, and the reloaded roster shows it. (The
learner's QR check-in, then present on the roster, is in test_session_phone.py.)"""

from datetime import timedelta

import pytest

from courses.convenings.models import Attendance, Registration, RegistrationStatus
from tests.cohorts.conftest import add_member, make_cohort
from tests.convenings.conftest import make_session
from tests.e2e.conftest import log_in
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_roster_on_an_arabic_phone(page, live_demo, screenshot_dir):
    base = live_demo.url
    cohort = make_cohort(name="Sfax roster", country="TN", city_name="Sfax")
    organiser = make_user("roster-organiser@example.org", full_name="منظم الجلسة")
    learners = [make_user(f"roster{n}@example.org", full_name=f"متعلم {n}") for n in range(3)]
    session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5))
    session.organisers.add(organiser)
    for learner in learners:
        add_member(cohort, learner)
        Registration.objects.create(session=session, user=learner, status=RegistrationStatus.REGISTERED)

    log_in(page, base, organiser.email)
    page.goto(f"{base}/ar/trainer/sessions/{session.pk}/attendance/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    rows = page.locator(".roster__row")
    assert rows.count() == 3
    labels = rows.nth(0).locator(".roster__choice label")
    boxes = [labels.nth(n).bounding_box() for n in range(4)]
    for box in boxes:
        assert box["width"] >= 44 and box["height"] >= 44, box
    assert len({round(box["y"]) for box in boxes}) == 1, boxes
    assert [box["x"] for box in boxes] == sorted((box["x"] for box in boxes), reverse=True)
    page.screenshot(path=str(screenshot_dir / "attendance-roster-ar.png"), full_page=True)

    rows.nth(1).locator(".roster__choice label").nth(2).click()  # absent
    page.locator(".roster__save button").click()
    page.wait_for_load_state()
    assert Attendance.objects.get(user=learners[1]).status == "absent"

    # A learner's QR check-in, seen on this roster, is test_session_phone.py's acceptance test.
    page.reload()
    assert page.locator(f"#status-{learners[1].pk}-absent").is_checked()
