"""A learner shares a practice from their city in Arabic; a moderator asks for a change in the admin; the learner
edits it; a moderator publishes it; it is in the Arabic case-study library, "shared by a city", with their name.

Two browsers (contexts): the learner's phone (390 px, Arabic) and the moderators' admin. Staff log in with
two-factor authentication, as everywhere.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from courses.practices.models import PracticeSubmission, SubmissionStatus
from tests.e2e.conftest import log_in
from tests.factories import give_mfa, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-e2e-password-77"
TITLE = "مكتب البلدية للشباب في سلا"
COMMENT = "يُرجى ذكر عدد الشباب المشاركين."


def _moderator(email: str):
    user = make_user(email, password=PASSWORD, is_staff=True, full_name="Leila Moderator")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user, give_mfa(user)


def _workflow_action(admin, base, case_pk: int, action: str, comment: str = ""):
    """On the case study's edit page, the footer's workflow action (in its menu), with a comment if asked."""
    admin.goto(f"{base}/admin/snippets/courses/casestudy/edit/{case_pk}/")
    button = admin.locator(f"button[data-workflow-action-name='{action}']").first
    if not button.is_visible():
        admin.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    if not comment:
        with admin.expect_navigation():
            button.click()
        return
    button.click()  # opens the dialog that asks for the comment
    admin.locator("textarea[name=comment]").fill(comment)
    with admin.expect_navigation():
        admin.locator(".w-dialog button[type=submit], .modal button[type=submit]").last.click()


def test_a_practice_goes_from_a_learner_through_moderation_into_the_arabic_library(
    page, browser, live_demo, screenshot_dir, settings
):
    settings.WAGTAILADMIN_BASE_URL = live_demo.url
    base = live_demo.url
    learner = make_user(
        "sharer-e2e@example.org", password=PASSWORD, full_name="سلمى الإدريسي", preferred_language="ar", country="MA"
    )
    learner.municipality = "سلا"
    learner.save()

    # The learner finds "Share a practice from your city" in the case-study library and fills the form in Arabic.
    log_in(page, base, learner.email, PASSWORD)
    page.goto(f"{base}/ar/case-studies/")
    page.locator("a[href='/ar/practices/new/']").first.click()
    page.wait_for_load_state()
    assert page.url == f"{base}/ar/practices/new/"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#id_city").input_value() == "سلا"
    assert page.locator("#id_language").input_value() == "ar"
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "مكتب صغير في البلدية يستقبل الشباب ويوجّههم إلى البرامج المتاحة.")
    page.fill("#id_goal", "أن يجد الشباب بابًا مفتوحًا في البلدية.")
    page.fill("#id_approach", "فُتح المكتب يومين في الأسبوع بالتعاون مع جمعيات الحي.")
    page.fill("#id_impact", "زاره كثير من الشباب في السنة الأولى.")
    page.fill("#id_challenges", "قلة الموظفين المدرَّبين.")
    page.fill("#id_lessons_learned", "البدء بمكتب صغير ممكن لأي بلدية.")
    page.fill("#id_themes", "الشباب، المشاركة")
    page.locator("input[name=credit][value=by_name]").check()
    page.screenshot(path=str(screenshot_dir / "practice-form-ar.png"), full_page=True)
    page.locator("form.practice-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url == f"{base}/ar/practices/"
    submission = PracticeSubmission.objects.select_related("case_study").get(submitter=learner)
    assert submission.status == SubmissionStatus.IN_REVIEW
    assert not submission.case_study.live
    assert page.locator(".practice-status--in_review").count() == 1
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= 390, f"the page scrolls sideways on a phone ({scroll}px)"

    # A moderator asks for a change, in the admin, through the workflow.
    admin_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    admin = admin_context.new_page()
    moderator, secret = _moderator("practice-moderator-e2e@example.org")
    log_in(admin, base, moderator.email, PASSWORD, secret)
    mail.outbox.clear()
    _workflow_action(admin, base, submission.case_study_id, "reject", COMMENT)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.CHANGES_REQUESTED, admin.content()[:2000]
    to_learner = [message for message in mail.outbox if learner.email in message.to]
    assert len(to_learner) == 1 and COMMENT in to_learner[0].body
    assert f"{base}/ar/practices/{submission.pk}/edit/" in to_learner[0].body

    # The learner sees the request on "My practices", edits and sends it again.
    page.goto(f"{base}/ar/practices/")
    assert COMMENT in page.locator(".practice-comment").inner_text()
    page.screenshot(path=str(screenshot_dir / "practice-changes-requested-ar.png"), full_page=True)
    page.locator(f"a[href='/ar/practices/{submission.pk}/edit/']").click()
    page.wait_for_load_state()
    page.fill("#id_impact", "زاره نحو ثلاثمئة شاب وشابة في السنة الأولى.")
    page.locator("form.practice-form button[type=submit]").click()
    page.wait_for_load_state()
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.IN_REVIEW

    # A moderator publishes it.
    _workflow_action(admin, base, submission.case_study_id, "approve")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PUBLISHED, admin.content()[:2000]
    case = submission.case_study
    case.refresh_from_db()
    assert case.live and "ثلاثمئة" in case.impact
    admin_context.close()

    # It is in the Arabic case-study library, shared by a city, with the learner's name and no e-mail address.
    page.goto(f"{base}/ar/case-studies/")
    card = page.locator(".case-card", has_text=TITLE)
    assert card.count() == 1
    assert "سلمى الإدريسي" in card.locator(".shared-by").inner_text()
    card.locator("a", has_text=TITLE).click()
    page.wait_for_load_state()
    assert re.search(r"/ar/case-studies/[\w-]+/$", page.url)
    assert "ثلاثمئة" in page.content() and learner.email not in page.content()
    assert page.locator(".shared-by").count() == 1
    assert page.locator(".tag-list li").count() == 2  # "الشباب، المشاركة": split on the Arabic comma
    page.screenshot(path=str(screenshot_dir / "practice-published-ar.png"), full_page=True)
