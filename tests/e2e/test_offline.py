"""Weak and no connection, in Chromium on a phone in Arabic: the course is downloaded, read offline, and the
answers made offline reach the server exactly once when the connection returns; a second account on the same
phone never sees the first one's pages or answers.

Chromium's offline emulation does not reach the service worker, so "offline" here is both: the page's network
emulated offline and every request the worker makes aborted as "internet disconnected".
"""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from courses.h5p.models import H5PStatement
from courses.models import CoursePage, LessonPage
from courses.offline.identity import offline_key
from courses.progress.models import ActivityResult, LessonProgress, QuizAttempt
from lms.accounts.models import User
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-e2e-password-77"


def _ar(text: str) -> str:
    with translation.override("ar"):
        return gettext(text)


def _cut_worker(route):
    if route.request.service_worker:
        route.abort("internetdisconnected")
    else:
        route.continue_()


def go_offline(page):
    page.context.set_offline(True)
    page.context.route("**/*", _cut_worker)


def go_online(page):
    page.context.unroute("**/*", _cut_worker)
    page.context.set_offline(False)


def _login(page, base, email):
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def _foundation():
    course = CoursePage.objects.live().get(locale__language_code="ar", slug="city-role-in-prevention")
    return course, list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def _enrol_and_download(page, base, course):
    page.goto(base + course.get_url())
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    return download(page, base, course)


def download(page, base, course):
    """The course downloaded from its page: the size is shown first, then the download runs to its end."""
    page.goto(base + course.get_url())
    panel = page.locator("[data-offline-course]")
    panel.wait_for(state="visible")
    page.evaluate("navigator.serviceWorker.ready")
    panel.locator("[data-offline-download]").click()
    start = panel.locator("[data-offline-start]")
    start.wait_for(state="visible")
    size_text = panel.locator("[data-offline-sizes]").inner_text()
    assert re.search(r"\d", size_text), size_text  # the size is shown before anything is fetched
    start.click()
    panel.locator("[data-offline-remove]").wait_for(state="visible", timeout=60_000)
    return panel


def _wait_for_queue(page, condition: str, timeout: float = 30):
    """Polls the browser's queue until `condition` (a JS expression over `rows`) holds."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        if page.evaluate(f"ycaStore.all('queue').then(rows => {condition})"):
            return
        assert time.monotonic() < deadline, page.evaluate("ycaStore.all('queue')")
        page.wait_for_timeout(250)


def _queue(page, state=None):
    return page.evaluate(
        "(state) => ycaStore.all('queue').then(rows => rows.filter(r => !state || r.state === state).length)", state
    )


def test_a_course_downloaded_in_arabic_is_read_and_answered_offline_and_synced_once(page, live_demo, screenshot_dir):
    course, lessons = _foundation()
    make_user("offline-phone@example.org", password=PASSWORD)
    base = live_demo.url
    _login(page, base, "offline-phone@example.org")
    panel = _enrol_and_download(page, base, course)
    assert _ar("Available offline") in panel.inner_text() or "offline" not in panel.inner_text()
    page.screenshot(path=str(screenshot_dir / "offline-course-downloaded-ar.png"), full_page=False)

    go_offline(page)
    # Three lessons open offline, in Arabic, laid out right to left, and are marked complete (the lessons
    # without a required activity: the others complete when their quiz is passed).
    plain = [lessons[0], lessons[3], lessons[5]]
    for lesson in plain:
        page.goto(base + lesson.get_url())
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert page.locator("h1").inner_text().strip() == lesson.title
        page.locator("form[action*='/complete/'] button").click()
        page.wait_for_load_state()
    # A quiz answered offline (the third lesson has one).
    quiz_lesson = lessons[2]
    page.goto(base + quiz_lesson.get_url())
    quiz = page.locator(".quiz form").first
    for group in quiz.locator("fieldset").all():
        group.locator("input").first.check()
    quiz.locator("button[type=submit]").click()
    page.wait_for_load_state()
    banner = page.locator("#offline-queue")
    banner.wait_for(state="visible")
    assert "4" in banner.inner_text(), banner.inner_text()
    assert _queue(page, "waiting") == 4

    # The course's H5P activity (the demo's own library: one question, three answers, a check button) plays
    # offline from the download, in its sandbox inside the kept host page; its results wait in the queue.
    h5p_lesson = lessons[1]
    assert any(block.block_type == "h5p" for block in h5p_lesson.body)
    page.goto(base + h5p_lesson.get_url())
    page.locator("[data-h5p-start]").click()
    player = page.frame_locator("iframe.h5p-activity__frame").frame_locator("iframe")
    player.locator("input[type=radio]").first.wait_for(state="visible", timeout=30_000)
    player.locator("input[type=radio]").nth(1).check()
    player.locator("button").first.click()
    _wait_for_queue(page, "rows.some(r => /\\/statements\\/$/.test(r.url) && r.state === 'waiting')", timeout=60)
    page.screenshot(path=str(screenshot_dir / "offline-queue-ar.png"), full_page=False)
    waiting = _queue(page, "waiting")
    assert waiting > 4

    # A page that was not downloaded shows the offline page, which lists the course kept on the phone.
    page.goto(base + "/ar/learn/certificates/")
    assert page.locator("h1").inner_text() == _ar("You are offline")
    page.locator("[data-offline-list] a").first.wait_for()
    assert course.title in page.locator("[data-offline-list]").inner_text()
    page.screenshot(path=str(screenshot_dir / "offline-page-ar.png"), full_page=False)

    user = User.objects.get(email="offline-phone@example.org")
    assert not LessonProgress.objects.filter(user=user, completed_at__isnull=False).exists(), "nothing was sent offline"
    assert not QuizAttempt.objects.filter(user=user).exists()

    assert not H5PStatement.objects.filter(user=user).exists()

    go_online(page)
    page.goto(base + "/ar/learn/")
    # (The player may queue one more resume state as the page is left: at least what was counted is sent.)
    _wait_for_queue(page, f"rows.length >= {waiting} && rows.every(r => r.state !== 'waiting')", timeout=60)
    rows = page.evaluate("ycaStore.all('queue')")
    assert all(row["state"] == "sent" for row in rows), [(row["url"], row["state"], row.get("message")) for row in rows]
    completed = LessonProgress.objects.filter(user=user, completed_at__isnull=False)
    assert completed.count() == 3
    assert {row.lesson_key for row in completed} == {lesson.translation_key for lesson in plain}
    assert QuizAttempt.objects.filter(user=user).count() == 1
    answered = H5PStatement.objects.filter(user=user, verb__endswith="/answered", top_level=True)
    assert answered.count() == 1
    assert ActivityResult.objects.get(user=user, lesson_key=h5p_lesson.translation_key).passed
    page.reload()
    assert "50" in page.locator("main").inner_text()  # 3 of 6 lessons on the dashboard
    page.screenshot(path=str(screenshot_dir / "offline-synced-dashboard-ar.png"), full_page=False)


def test_a_refusal_met_when_syncing_is_shown_to_the_learner(page, live_demo):
    course, lessons = _foundation()
    quiz_lesson = lessons[1]
    body = quiz_lesson.body.get_prep_value()
    for block in body:
        if block["type"] == "quiz":
            block["value"]["max_attempts"] = 1
    quiz_lesson.body = body
    quiz_lesson.save_revision().publish()
    make_user("offline-refused@example.org", password=PASSWORD)
    base = live_demo.url
    _login(page, base, "offline-refused@example.org")
    _enrol_and_download(page, base, course)

    go_offline(page)
    for _attempt in range(2):
        page.goto(base + quiz_lesson.get_url())
        quiz = page.locator(".quiz form").first
        for group in quiz.locator("fieldset").all():
            group.locator("input").first.check()
        quiz.locator("button[type=submit]").click()
        page.wait_for_load_state()
    assert _queue(page, "waiting") == 2

    go_online(page)
    page.goto(base + quiz_lesson.get_url())
    refused = page.locator(".offline-queue__refused")
    refused.wait_for(timeout=30_000)
    reason = refused.inner_text()
    assert re.search("[\u0600-\u06ff]", reason), reason
    assert QuizAttempt.objects.filter(user__email="offline-refused@example.org").count() == 1
    page.goto(base + "/ar/learn/offline/")
    # The list is drawn by the page's script from the phone's store, after the page has loaded: wait for it.
    expect(page.locator("[data-offline-queue-list]")).to_contain_text(
        _ar("Not recorded: %(reason)s").split("%")[0].strip(), timeout=15_000
    )


def test_a_second_account_on_the_same_phone_sees_none_of_the_first_ones_pages_or_answers(page, live_demo):
    course, lessons = _foundation()
    first = make_user("offline-a@example.org", password=PASSWORD)
    make_user("offline-b@example.org", password=PASSWORD)
    base = live_demo.url

    _login(page, base, "offline-a@example.org")
    _enrol_and_download(page, base, course)
    a_caches = [name for name in page.evaluate("caches.keys()") if name.startswith("yca-u-")]
    assert a_caches and all(offline_key(first) in name for name in a_caches)
    page.goto(base + "/ar/learn/")
    page.locator(".account-menu summary").click()
    # The page first deletes what it keeps for A, then posts the form: wait for that navigation.
    with page.expect_navigation():
        page.locator("form[action$='/accounts/logout/'] button").click()

    _login(page, base, "offline-b@example.org")
    page.goto(base + "/ar/learn/offline/")
    page.evaluate("navigator.serviceWorker.ready")
    assert not [name for name in page.evaluate("caches.keys()") if name.startswith("yca-u-")]
    assert page.evaluate("ycaStore.all('downloads').then(rows => rows.length)") == 0
    assert page.evaluate("ycaStore.all('queue').then(rows => rows.length)") == 0
    go_offline(page)
    page.goto(base + lessons[0].get_url())
    assert page.locator("h1").inner_text() == _ar("You are offline")
    assert lessons[0].title not in page.content()


def test_answers_made_before_the_session_expired_wait_for_their_own_account(page, live_demo):
    """A's session ends while A is offline with an answer queued; B signs in on the same phone: A's answer
    is not sent as B. When A signs in again, it is sent as A."""
    from django.contrib.sessions.models import Session

    course, lessons = _foundation()
    first = make_user("offline-expired-a@example.org", password=PASSWORD)
    make_user("offline-expired-b@example.org", password=PASSWORD)
    base = live_demo.url
    _login(page, base, "offline-expired-a@example.org")
    _enrol_and_download(page, base, course)
    go_offline(page)
    page.goto(base + lessons[0].get_url())
    page.locator("form[action*='/complete/'] button").click()
    page.wait_for_load_state()
    assert _queue(page, "waiting") == 1

    Session.objects.all().delete()  # A's session expires
    go_online(page)
    _login(page, base, "offline-expired-b@example.org")
    page.goto(base + "/ar/learn/")
    page.wait_for_timeout(1500)
    assert _queue(page, "waiting") == 1
    ours = LessonProgress.objects.filter(user__email__startswith="offline-expired-", completed_at__isnull=False)
    assert not ours.exists()

    page.context.clear_cookies()
    _login(page, base, "offline-expired-a@example.org")
    page.goto(base + "/ar/learn/")
    _wait_for_queue(page, "rows.length === 1 && rows[0].state === 'sent'")
    assert list(ours.values_list("user_id", flat=True)) == [first.pk]


def test_the_app_is_installable(page, live_demo):
    base = live_demo.url
    page.goto(base + "/ar/")
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    session = page.context.new_cdp_session(page)
    manifest = session.send("Page.getAppManifest")
    assert manifest["errors"] == [] and manifest["url"].endswith("/ar/offline/manifest.webmanifest")
    errors = session.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # A Playwright context is an incognito profile, where Chromium never offers to install; nothing else is missing.
    assert [error for error in errors if error["errorId"] != "in-incognito"] == [], errors
