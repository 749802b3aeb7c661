"""Issue #14 item 3, accepted on a phone in Arabic (390 × 844): Irbid's city lead starts the city's new
needs assessment, changes answers, saves a draft, leaves and comes back to find them kept, and submits;
a team member sees "Recommended for your city" with its reasons (on the dashboard and in the catalogue)
and starts the first item; the trainer sees the team's progress through the pathway on the city page."""

import pytest
from django.utils import translation

from courses.cities import selectors
from courses.cities.models import City, CityAssessment
from courses.models import CourseIndexPage
from home.demo.accounts import DEMO_TOTP_SECRET
from home.demo.cities import stable_id
from home.demo.cohorts import LEARNER_PASSWORD
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LEAD = "learner-irbid-1@academy.example"  # Rania Al-Momani, Irbid's lead
MEMBER = "learner-irbid-2@academy.example"  # Omar Haddad, a team member who finished the Foundation course
TRAINER = ("trainer@academy.example", "demo-trainer-2026")
HELP = "نحتاج إلى تدريب على التنسيق مع الجهات الوطنية"


def _field(question: str) -> str:
    return f"q-{stable_id('question', question)}"


def _option(question: str, option: str) -> str:
    return stable_id("option", question, option)


def _phone(browser):
    return browser.new_context(viewport={"width": 390, "height": 844}, locale="ar").new_page()


def _radio(page, question: str, value: str):
    return page.locator(f"input[name='{_field(question)}'][value='{value}']")


def _fits_the_screen(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{page.url} scrolls sideways ({width} px)"


def test_a_city_lead_assesses_a_member_starts_the_pathway_and_the_trainer_follows(
    browser, page, live_demo, screenshot_dir
):
    base = live_demo.url
    irbid = City.objects.get(name_en="Irbid")
    before = CityAssessment.objects.of_city(irbid).submitted().count()

    # --- The lead, on her phone: a new assessment (a copy of the last one), a draft, a break, then submit.
    log_in(page, base, LEAD, LEARNER_PASSWORD)
    page.goto(f"{base}/ar/city/assessment/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.locator("form[action$='/city/assessment/start/'] button").click()
    page.wait_for_load_state()
    assert _radio(page, "youth-council", _option("youth-council", "none")).is_checked()  # copied from last time
    _radio(page, "youth-council", _option("youth-council", "active")).check()
    _radio(page, "national", "1").check()
    page.fill(f"input[name='{_field('help')}']", HELP)
    _fits_the_screen(page)
    page.locator("button[name=action][value=save]").click()
    page.wait_for_load_state()
    assert page.locator(".message--success").is_visible()
    page.screenshot(path=str(screenshot_dir / "city-assessment-draft-phone-ar.png"), full_page=True)

    page.goto(f"{base}/ar/learn/")  # she leaves…
    page.goto(f"{base}/ar/city/")  # …and comes back through her city's page
    page.locator("a[href$='/city/assessment/']").first.click()
    page.wait_for_load_state()
    assert _radio(page, "youth-council", _option("youth-council", "active")).is_checked()
    assert not _radio(page, "youth-council", _option("youth-council", "none")).is_checked()
    assert _radio(page, "national", "1").is_checked()
    assert page.input_value(f"input[name='{_field('help')}']") == HELP
    page.locator("button[name=action][value=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".message--success").is_visible()
    assert page.locator("button[name=action]").count() == 0  # read-only now
    page.screenshot(path=str(screenshot_dir / "city-assessment-submitted-phone-ar.png"), full_page=True)
    assert CityAssessment.objects.of_city(irbid).submitted().count() == before + 1

    # --- A team member: the pathway with its reasons, on the dashboard and in the catalogue; starts item one.
    pathway = selectors.city_pathway(city=irbid, language="ar")
    first = pathway.entries[0]
    member = _phone(browser)
    log_in(member, base, MEMBER, LEARNER_PASSWORD)
    member.goto(f"{base}/ar/learn/")
    panel = member.locator(".city-panel")
    assert panel.locator(".pathway__title a").first.inner_text().strip() == first.page.title
    assert first.reasons[0].question in panel.locator(".pathway__item").first.inner_text()
    _fits_the_screen(member)
    panel.screenshot(path=str(screenshot_dir / "city-pathway-dashboard-phone-ar.png"))

    member.goto(base + CourseIndexPage.objects.get(locale__language_code="ar").get_url())
    strip = member.locator(".catalogue-strip")
    assert strip.is_visible()
    badge = member.locator("details.course-mark").first
    badge.locator("summary").click()
    assert badge.locator(".course-mark__details").is_visible()
    _fits_the_screen(member)
    member.screenshot(path=str(screenshot_dir / "city-pathway-catalogue-phone-ar.png"), full_page=True)

    member.goto(f"{base}/ar/learn/")
    member.locator(".city-panel .pathway__title a").first.click()
    member.wait_for_load_state()
    if first.kind == "module":
        member.locator("main a.button").last.click()  # "Start the module": its first lesson
        member.wait_for_load_state()
        lesson_url = member.url
        guest = member.locator(".lesson-completion .notice a")
        if guest.count():  # not enrolled in the module's course yet: enrol, then back to the lesson
            guest.click()
            member.wait_for_load_state()
            member.locator("form[action*='/enrol/'] button").click()
            member.wait_for_load_state()
            member.goto(lesson_url)
    else:
        enrol = member.locator("form[action*='/enrol/'] button")
        if enrol.count():
            enrol.click()
            member.wait_for_load_state()
        skip = member.locator("form[action*='/evidence/'][action$='/skip/'] button")
        if skip.count():  # enrolling offered the course's pre-check: skipping it opens the first lesson
            skip.click()
        else:
            member.locator(".enrolment-panel a.button, .enrolment-panel ~ p a").first.click()
        member.wait_for_load_state()
    assert member.locator(".lesson-completion .notice").count() == 0, "the member is reading as a guest"
    member.screenshot(path=str(screenshot_dir / "city-pathway-first-lesson-phone-ar.png"))
    member.goto(f"{base}/ar/learn/")
    member.locator(".city-panel").screenshot(path=str(screenshot_dir / "city-pathway-started-phone-ar.png"))

    # --- The trainer: the team's progress through the pathway on the city page (built beside this test).
    trainer = _phone(browser)
    log_in(trainer, base, *TRAINER, totp_secret=DEMO_TOTP_SECRET)
    response = trainer.goto(f"{base}/ar/trainer/cities/{irbid.pk}/")
    assert response.status == 200, "the trainer's city page"
    assert trainer.locator("html").get_attribute("dir") == "rtl"
    with translation.override("ar"):
        city_name = str(irbid)
    assert city_name in trainer.locator("h1").inner_text()
    assert first.page.title in trainer.locator("#pathway .pathway__title").first.inner_text()
    row = trainer.locator("#team tr.matrix__row", has_text=MEMBER)
    assert row.count() == 1, "the member's row in the team's progress"
    assert "cell--in_progress" in row.locator("td").first.get_attribute("class")  # item one: a lesson opened
    _fits_the_screen(trainer)
    trainer.screenshot(path=str(screenshot_dir / "city-pathway-trainer-phone-ar.png"), full_page=True)
    trainer.locator("#team").screenshot(path=str(screenshot_dir / "city-pathway-trainer-team-phone-ar.png"))
