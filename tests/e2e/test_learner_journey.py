"""The whole learner journey in Arabic, in a real browser: sign up, confirm, profile, enrol, learn, resume, finish."""

import re

import pytest
from django.core import mail

from courses.cities.models import City, CityMembership
from courses.models import CourseIndexPage
from courses.progress.models import Enrolment
from tests.factories import make_course, translate_course

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-e2e-password-77"


def test_learner_journey_in_arabic(page, live_demo, screenshot_dir):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    course = make_course(index, slug="e2e-course", modules=2, lessons_per_module=2, quiz_lessons=((0, 1),))
    english = translate_course(course, "en")
    base = live_demo.url

    # Sign up, read the verification mail, confirm.
    mail.outbox.clear()
    page.goto(f"{base}/accounts/signup/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("input[name=full_name]", "سلمى الإدريسي")
    page.fill("input[name=email]", "salma.e2e@example.org")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{base}/accounts/confirm-email/")
    assert len(mail.outbox) == 1
    assert re.search(r"[\u0600-\u06FF]{3,}", mail.outbox[0].body), "the mail is in Arabic"
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(re.sub(r"^https?://[^/]+", base, link))
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()

    # Fill in the profile.
    page.goto(f"{base}/accounts/profile/")
    page.fill("input[name=certificate_name_arabic]", "سلمى الإدريسي")
    page.fill("input[name=certificate_name_latin]", "Salma Idrissi")
    page.select_option("select[name=country]", "MA")
    rabat = City.objects.get(name_en="Rabat")
    page.select_option("select[name=city]", str(rabat.pk))  # the city list replaced the free-text municipality
    page.select_option("select[name=role]", "municipal_staff")
    page.select_option("select[name=preferred_language]", "ar")
    page.select_option("select[name=city_context]", "stable")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    page.screenshot(path=str(screenshot_dir / "profile-ar.png"), full_page=True)
    assert CityMembership.objects.filter(user__email="salma.e2e@example.org", city=rabat).exists()

    # Enrol; the first lesson opens.
    page.goto(f"{base}{course.get_url()}")
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    lessons = [lesson.get_url() for lesson in course.get_descendants().filter(depth=course.depth + 2).order_by("path")]
    assert page.url.endswith(lessons[0])

    # Lesson 1: mark as complete, which leads to lesson 2 and its quiz.
    page.locator("form[action*='/complete/'] button").click()
    page.wait_for_load_state()
    assert page.url.endswith(lessons[1])
    # Fail the quiz, then pass it.
    page.check("input[value=s-wrong]")
    page.check("input[value=m-a]")
    page.locator(".quiz form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".quiz__result--fail").is_visible()
    page.screenshot(path=str(screenshot_dir / "quiz-failed-ar.png"), full_page=True)
    page.check("input[value=s-right]")
    page.check("input[value=m-a]")
    page.check("input[value=m-b]")
    page.locator(".quiz form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".quiz__result--pass").is_visible()
    page.screenshot(path=str(screenshot_dir / "quiz-passed-ar.png"), full_page=True)

    # Log out, log in again: "continue" lands on the next lesson.
    page.goto(f"{base}/ar/learn/")
    page.locator(".account-menu summary").click()
    page.locator(".account-menu form[action*=logout] button").click()
    page.wait_for_load_state()
    assert page.locator(".account-menu summary").count() == 0
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", "salma.e2e@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{base}/ar/learn/")
    page.screenshot(path=str(screenshot_dir / "dashboard-ar.png"), full_page=True)
    page.locator(".course-card a.button").first.click()
    page.wait_for_load_state()
    assert page.url.endswith(lessons[2])

    # Finish the course.
    page.locator("form[action*='/complete/'] button").click()
    page.wait_for_load_state()
    assert page.url.endswith(lessons[3])
    page.locator("form[action*='/complete/'] button").click()
    page.wait_for_load_state()
    assert Enrolment.objects.get(user__email="salma.e2e@example.org").completed_at is not None
    page.goto(f"{base}/ar/learn/")
    assert page.locator("progress[value='100']").count() == 1
    page.screenshot(path=str(screenshot_dir / "dashboard-done-ar.png"), full_page=True)

    # The same progress shows in English.
    page.goto(f"{base}{english.get_url()}")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".enrolment-panel progress").get_attribute("value") == "100"
