"""The admin for editors who translate into Arabic (issue #13, item 11), and the admin calls no other site.

wagtail-localize's translation editor gives its text boxes the target language's direction
(lms/static/js/admin-translation-direction.js), whatever the admin's own language; a quiz question
added in the page editor starts with two answers; and the dashboard, the page editor of a lesson with
a quiz and the translation editor into Arabic request nothing from another host.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from lms.accounts.models import User
from tests.e2e.test_csp import EVERY_BLOCK_LESSON, LOAD_TIMEOUT, Watch, _lesson, log_in_staff

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ADMIN = ("admin@academy.example", "demo-admin-2026")
TEXT_BOX_DIRECTION = """() => {
  const box = document.querySelector(".js-translation-editor textarea");
  return box && {dir: getComputedStyle(box).direction, lang: box.lang};
}"""
# Each quiz question's answers, by the question's form prefix (…-questions-N-value-).
ANSWERS_PER_QUESTION = """() => {
  const counts = {};
  document.querySelectorAll("input[name*='-value-questions-'][name$='-value-text']").forEach((input) => {
    const question = input.name.replace(/-value-options-\\d+-value-text$/, "");
    counts[question] = (counts[question] || 0) + 1;
  });
  return counts;
}"""


@pytest.fixture
def watch(page, live_demo):
    return Watch(page, live_demo.url)


def _translate(lesson_slug: str, language: str):
    """A wagtail-localize translation of the English lesson into `language`, as a draft."""
    source, _created = TranslationSource.get_or_create_from_instance(_lesson(lesson_slug, "en"))
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code=language))
    translation.save_target(publish=False)
    return _lesson(lesson_slug, language)


def _admin_language(language: str):
    user = User.objects.get(email=ADMIN[0])
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language=language)


def _open_first_text_box(page):
    expect(page.locator(".js-translation-editor [role=tab]").first).to_be_visible(timeout=LOAD_TIMEOUT)
    page.locator(".js-translation-editor li.incomplete button").first.click()
    expect(page.locator(".js-translation-editor textarea").first).to_be_visible()


def test_translation_editor_types_in_the_target_languages_direction(watch, page, live_demo, screenshot_dir):
    base = live_demo.url
    arabic = _translate(EVERY_BLOCK_LESSON, "ar")
    french = _translate(EVERY_BLOCK_LESSON, "fr")
    log_in_staff(page, base, *ADMIN)

    # An admin working in English translates into Arabic: the box is right to left.
    _admin_language("en")
    found = watch.visit(f"{base}/admin/pages/{arabic.pk}/edit/")
    _open_first_text_box(page)
    assert page.evaluate(TEXT_BOX_DIRECTION) == {"dir": "rtl", "lang": "ar"}
    page.locator(".js-translation-editor textarea").first.fill("لماذا تهمّ المدن")
    page.screenshot(path=str(screenshot_dir / "admin-translation-editor-into-arabic.png"))

    # An admin working in Arabic translates into French: the box is left to right.
    _admin_language("ar")
    found += watch.visit(f"{base}/admin/pages/{french.pk}/edit/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    _open_first_text_box(page)
    assert page.evaluate(TEXT_BOX_DIRECTION) == {"dir": "ltr", "lang": "fr"}
    found += watch.settle()
    assert found == []
    assert watch.elsewhere == []


def test_a_new_quiz_question_starts_with_two_answers_and_the_admin_calls_no_other_site(
    watch, page, live_demo, screenshot_dir
):
    base = live_demo.url
    _admin_language("ar")
    log_in_staff(page, base, *ADMIN)
    found = watch.visit(f"{base}/admin/")
    lesson = next(
        lesson
        for lesson in type(_lesson(EVERY_BLOCK_LESSON)).objects.filter(locale__language_code="ar")
        if any(block.block_type == "quiz" for block in lesson.body)
    )
    found += watch.visit(f"{base}/admin/pages/{lesson.pk}/edit/")
    before = page.evaluate(ANSWERS_PER_QUESTION)
    assert before, "the lesson's quiz shows its questions"

    questions = page.locator("[data-contentpath='questions']").first
    questions.locator("button.c-sf-add-button").last.click()
    page.wait_for_timeout(300)
    after = page.evaluate(ANSWERS_PER_QUESTION)
    added = {question: count for question, count in after.items() if question not in before}
    assert list(added.values()) == [2], after
    page.screenshot(path=str(screenshot_dir / "admin-new-quiz-question-ar.png"))
    found += watch.settle()
    assert found == []
    assert watch.elsewhere == []
