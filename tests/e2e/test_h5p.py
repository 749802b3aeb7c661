"""H5P activities in a real browser, in Arabic: every shared package plays in a lesson, results count towards
completion, the resume state comes back, and package code stays in its sandbox (it cannot act as the learner)."""

from __future__ import annotations

import json
import re
import threading
import time
import zipfile
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group, Permission
from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from courses.h5p.models import H5PPackage, H5PState, H5PStatement
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services
from courses.progress.models import ActivityResult, Enrolment, EnrolmentStatus, LessonProgress, LessonStatus
from home.demo.catalogue import load_catalogue_index
from home.demo.site import load_home_pages
from tests.e2e.conftest import log_in
from tests.factories import give_mfa, make_course, make_user
from tests.h5p.helpers import VALID, add_h5p_blocks, h5p_block, tiny_library_files, upload_package, zip_bytes

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
SHARED = {path.stem: path for path in VALID}
EMAIL = "h5p.learner@example.org"
FRAME = "iframe.h5p-activity__frame"
LOAD_TIMEOUT = 20_000
PASSED = re.compile(r"\bh5p-activity--passed\b")


@pytest.fixture
def live_site(live_server):
    """The live server with the demo's home pages and course index, where each test adds its own course.

    (`live_demo` loads the whole catalogue, about ten seconds per test; these tests need none of it.)
    """
    load_catalogue_index(load_home_pages())
    return live_server


@pytest.fixture
def page(page):
    """The browser page; afterwards it leaves the lesson and waits until the live server has been quiet for a
    moment. Leaving sends the last resume state (a keepalive request on pagehide, unseen by Playwright), and the
    server must not be writing while the database is flushed for the next test."""
    lock = threading.Lock()
    server = {"busy": 0, "last": time.monotonic()}

    def started(**kwargs):
        with lock:
            server["busy"] += 1
            server["last"] = time.monotonic()

    def finished(**kwargs):
        with lock:
            server["busy"] -= 1
            server["last"] = time.monotonic()

    request_started.connect(started, weak=False)
    request_finished.connect(finished, weak=False)
    yield page
    page.goto("about:blank")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (server["busy"] > 0 or time.monotonic() - server["last"] < 0.5):
        time.sleep(0.05)
    request_started.disconnect(started)
    request_finished.disconnect(finished)


# Setup and steps


def _course(slug: str = "h5p-course"):
    """A fresh Arabic course with two lessons (so that passing one does not finish the course); returns the
    course and its first lesson."""
    index = CourseIndexPage.objects.filter(locale__language_code="ar").first()
    course = make_course(index, slug=slug, modules=1, lessons_per_module=2)
    return course, LessonPage.objects.descendant_of(course).live().order_by("path").first()


def _add_activities(lesson, *packages, pass_mark: int = 70):
    """Upload each package (a path or zip bytes) and add it to the lesson as a required block: h5p-0, h5p-1, …"""
    blocks = []
    for number, source in enumerate(packages):
        package = upload_package(source, title=f"Activity {number}")
        package.refresh_from_db()
        assert package.is_ready, package.error
        blocks.append(h5p_block(package, block_id=f"h5p-{number}", pass_mark=pass_mark))
    return add_h5p_blocks(lesson, *blocks)


def _lesson_with(*packages):
    course, lesson = _course()
    return course, _add_activities(lesson, *packages)


def _learner(course, email: str = EMAIL):
    user = make_user(email)
    services.enrol(user=user, course=course)
    return user


def _log_in(page, base: str, email: str = EMAIL) -> None:
    log_in(page, base, email)


def _open(page, base: str, lesson) -> None:
    page.goto(f"{base}{lesson.get_url()}")
    assert urlsplit(page.url).path.startswith("/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"


def _start(page, block_id: str = "h5p-0"):
    """Start an activity and wait until its player has rendered and said it is ready; returns the frame."""
    section = page.locator(f"#activity-{block_id}")
    status = section.locator("[data-h5p-status]")
    section.locator("[data-h5p-start]").click()
    # The bridge says "loading" until the frame reports "ready" (then nothing) or "error" (then a message).
    expect(status).not_to_have_text(_in_arabic("Loading the activity…"), timeout=LOAD_TIMEOUT)
    message = status.text_content()
    assert message == "", f"the activity did not start: {message}"
    frame = section.frame_locator(FRAME)
    expect(frame.locator(".h5p-content")).to_be_visible()
    return frame


def _watch(page) -> list[str]:
    """Console errors, uncaught exceptions, failed requests and HTTP errors, of the page and its frames."""
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(f"console: {message.text}"))
    page.on("pageerror", lambda error: problems.append(f"exception: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url} {request.failure}"))
    page.on(
        "response", lambda response: response.status >= 400 and problems.append(f"{response.status} {response.url}")
    )
    return problems


def _wait_for(query, timeout: float = 15.0):
    """Poll the database (the live server commits in its own thread) until `query()` is truthy."""
    deadline = time.monotonic() + timeout
    while not (found := query()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return found


def _in_arabic(message: str) -> str:
    with translation.override("ar"):
        return gettext(message)


def _answer_true_false(frame, answer: str, *, check: bool = True) -> None:
    frame.get_by_role("radio", name=answer).click()
    expect(frame.get_by_role("radio", name=answer)).to_have_attribute("aria-checked", "true")
    if check:
        frame.get_by_role("button", name="Check").click()


# 1. Every shared package plays


@pytest.mark.parametrize(
    "name",
    list(SHARED),
)
def test_every_valid_package_plays_in_a_lesson(page, live_site, name):
    course, lesson = _lesson_with(SHARED[name])
    _learner(course)
    problems = _watch(page)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    frame = _start(page)

    assert frame.locator(".h5p-content").inner_text().strip(), "the activity shows its text"
    controls = frame.locator(
        ".h5p-content :is(button, input, textarea, select, [role=button], [role=radio], [role=checkbox], "
        "[aria-grabbed], [tabindex='0'])"
    )
    expect(controls.first).to_be_visible()
    box = page.locator(FRAME).bounding_box()
    assert box["height"] > 150, "the frame grew to the height of its content"
    page.wait_for_load_state("networkidle")
    assert problems == []


def test_several_activities_on_one_lesson_start_one_after_another(page, live_site):
    course, lesson = _lesson_with(SHARED["true-false"], SHARED["drag-text"], SHARED["fill-in-the-blanks"])
    _learner(course)
    problems = _watch(page)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    # Pressed back to back: the page queues them and adds each frame once the previous one is ready.
    for block_id in ("h5p-0", "h5p-1", "h5p-2"):
        page.locator(f"#activity-{block_id} [data-h5p-start]").click()
    for block_id in ("h5p-0", "h5p-1", "h5p-2"):
        section = page.locator(f"#activity-{block_id}")
        expect(section.frame_locator(FRAME).locator(".h5p-content")).to_be_visible(timeout=LOAD_TIMEOUT)
        expect(section.locator("[data-h5p-status]")).to_have_text("", timeout=LOAD_TIMEOUT)
    assert page.locator(FRAME).count() == 3
    page.wait_for_load_state("networkidle")
    assert problems == []


# 2. Results count towards completion


def test_true_false_right_answer_passes_and_completes_the_lesson(page, live_site, screenshot_dir):
    course, lesson = _lesson_with(SHARED["true-false"])
    user = _learner(course)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    frame = _start(page)
    expect(frame.get_by_text("Is this false?")).to_be_visible()

    _answer_true_false(frame, "False")
    # The lesson's completion box says it once (as a status), instead of the activity's own line.
    status = page.locator(".lesson-completion [role=status]")
    expect(status).to_have_text("✓ " + _in_arabic("Activity passed. This lesson is complete."), timeout=LOAD_TIMEOUT)
    expect(page.locator("#activity-h5p-0 [data-h5p-status]")).to_have_text("")
    expect(page.locator("#activity-h5p-0")).to_have_class(PASSED)
    expect(page.locator("#activity-h5p-0 [data-h5p-result]")).to_have_text(_result_line(100, passed=True))

    result = ActivityResult.objects.get(user=user, lesson_key=lesson.translation_key, block_id="h5p-0")
    assert result.passed and result.best_score == 100
    progress = LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)
    assert progress.status == LessonStatus.COMPLETED
    assert H5PStatement.objects.filter(user=user, block_id="h5p-0", top_level=True).exists()

    # 7. How it looks in Arabic, right to left, once passed.
    status.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "h5p-true-false-ar.png"), full_page=True)
    assert status.is_visible()
    frame_box = page.locator(FRAME).bounding_box()
    assert frame_box["width"] > 300, "the frame takes the width of the lesson column"


def test_true_false_wrong_answer_does_not(page, live_site):
    course, lesson = _lesson_with(SHARED["true-false"])
    user = _learner(course)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    frame = _start(page)

    _answer_true_false(frame, "True")
    result = _wait_for(
        lambda: ActivityResult.objects.filter(user=user, lesson_key=lesson.translation_key, block_id="h5p-0").first()
    )
    assert result is not None, "the failed attempt is recorded"
    assert not result.passed and result.best_score == 0
    progress = LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)
    assert progress.status == LessonStatus.IN_PROGRESS and progress.completed_at is None
    page.wait_for_load_state("networkidle")
    expect(page.locator("#activity-h5p-0 [data-h5p-status]")).to_have_text("")
    expect(page.locator("#activity-h5p-0")).not_to_have_class(PASSED)
    # The line above the player says so at once, in the server's words.
    expect(page.locator("#activity-h5p-0 [data-h5p-result]")).to_have_text(_result_line(0, passed=False))


def _result_line(best: int, *, passed: bool) -> re.Pattern:
    """The activity's best result as blocks/h5p.html words it, in Arabic (spaces as the browser shows them)."""
    verdict = _in_arabic("Passed." if passed else "Not passed yet.")
    return re.compile(re.escape(_in_arabic("Your best score: %(best)s%%.") % {"best": best}) + r"\s+" + verdict)


def test_a_retry_that_passes_updates_the_best_result_and_the_lesson_without_a_reload(page, live_site, screenshot_dir):
    """As a reviewer found it: a failed try, the lesson opened again (its line says 0 %, not passed), then the
    right answer. The line above the player and the lesson's completion change at once."""
    course, lesson = _lesson_with(SHARED["true-false"])
    user = _learner(course)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    _answer_true_false(_start(page), "True")
    assert _wait_for(lambda: ActivityResult.objects.filter(user=user, best_score=0).exists())
    page.wait_for_load_state("networkidle")

    page.reload()
    line = page.locator("#activity-h5p-0 [data-h5p-result]")
    expect(line).to_have_text(_result_line(0, passed=False))
    expect(line).to_have_class(re.compile(r"\bquiz__result--fail\b"))
    completion = page.locator(".lesson-completion")
    expect(completion).to_contain_text(_in_arabic("Pass the activities above to complete this lesson."))
    _answer_true_false(_start(page), "False")

    expect(line).to_have_text(_result_line(100, passed=True), timeout=LOAD_TIMEOUT)
    expect(line).to_have_class(re.compile(r"\bquiz__result--pass\b"))
    expect(completion.locator("[role=status]")).to_have_text(
        "✓ " + _in_arabic("Activity passed. This lesson is complete.")
    )
    expect(completion).not_to_contain_text(_in_arabic("Pass the activities above to complete this lesson."))
    line.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "h5p-retry-passed-ar.png"), full_page=True)


# 3. A part of a question set is not the whole


def test_answering_one_question_in_a_question_set_does_not_complete_it(page, live_site):
    course, lesson = _lesson_with(SHARED["question-set"])
    user = _learner(course)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    frame = _start(page)

    # Jump to the sixth question, a true/false one, and answer it right: the part is passed, not the set.
    frame.locator(".progress-dot[aria-label^='Question 6 of']").click()
    question = frame.locator(".question-container.h5p-true-false:visible")
    question.get_by_role("radio", name="True").click()
    question.get_by_role("button", name="Check").click()

    statement = _wait_for(lambda: H5PStatement.objects.filter(user=user, block_id="h5p-0", top_level=False).first())
    assert statement is not None, "the answer to one question is recorded"
    assert "subContentId=" in statement.statement["object"]["id"]
    assert statement.statement["result"]["success"] is True and statement.score == 100
    page.wait_for_timeout(1000)  # a moment for anything else the set might send: nothing should come
    assert not H5PStatement.objects.filter(user=user, top_level=True).exists()
    assert not ActivityResult.objects.filter(user=user, passed_at__isnull=False).exists()
    assert not LessonProgress.objects.filter(
        user=user, lesson_key=lesson.translation_key, status=LessonStatus.COMPLETED
    ).exists()


# 4. Resume


def test_resume_state_is_restored(page, live_site):
    course, lesson = _lesson_with(SHARED["true-false"])
    user = _learner(course)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    frame = _start(page)

    _answer_true_false(frame, "False", check=False)
    state = _wait_for(lambda: H5PState.objects.filter(user=user, lesson_key=lesson.translation_key).first())
    assert state is not None, "the state was saved"
    assert state.block_id == "h5p-0"

    page.reload()
    frame = _start(page)
    expect(frame.get_by_role("radio", name="False")).to_have_attribute("aria-checked", "true")
    expect(frame.get_by_role("radio", name="True")).to_have_attribute("aria-checked", "false")


def test_a_tab_with_an_older_state_does_not_save_over_a_newer_one(page, live_site):
    """Two tabs on one activity: the second to save has not seen the first one's state (its If-Match fails,
    412). It saves nothing until the learner chooses, then saves over the other one only when asked."""
    course, lesson = _lesson_with(SHARED["true-false"])
    user = _learner(course)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    first = _start(page)
    other = page.context.new_page()
    _open(other, live_site.url, lesson)
    second = _start(other)

    _answer_true_false(first, "False", check=False)
    saved = _wait_for(lambda: H5PState.objects.filter(user=user, lesson_key=lesson.translation_key).first())
    assert saved is not None, "the first tab's state was saved"
    first_state = saved.data

    conflict = other.locator("#activity-h5p-0 [data-h5p-conflict]")
    expect(conflict).to_be_hidden()
    _answer_true_false(second, "True", check=False)
    expect(conflict).to_be_visible(timeout=LOAD_TIMEOUT)
    other.wait_for_timeout(3000)  # the second tab keeps its state to itself meanwhile
    assert H5PState.objects.get(user=user).data == first_state
    expect(page.locator("#activity-h5p-0 [data-h5p-conflict]")).to_be_hidden()

    conflict.locator("[data-h5p-keep]").click()
    expect(conflict).to_be_hidden()
    kept = _wait_for(lambda: H5PState.objects.filter(user=user).exclude(data=first_state).first())
    assert kept is not None, "the second tab's state was saved once the learner chose it"
    other.close()

    page.reload()
    frame = _start(page)
    expect(frame.get_by_role("radio", name="True")).to_have_attribute("aria-checked", "true")


# 5. Package code cannot act as the learner

ISOLATION_PROBE = """
var report = {};
function attempt(url, options) {
  return fetch(url, options).then(
    function (response) { return "response " + response.type + " " + response.status; },
    function (error) { return error.name; });
}
try { report.parentTitle = "read: " + window.parent.document.title; } catch (error) { report.parentTitle = error.name; }
try { report.cookie = "read: " + document.cookie; } catch (error) { report.cookie = error.name; }
Promise.all([
  attempt(%(leave)s, {method: "POST", credentials: "include"}),
  attempt(%(leave)s, {method: "POST", credentials: "include", mode: "no-cors"}),
  attempt(%(dashboard)s, {credentials: "include"}),
  attempt(%(statements)s, {method: "POST", credentials: "include", mode: "no-cors",
    headers: {"Content-Type": "text/plain"}, body: %(statement)s})
]).then(function (outcomes) {
  report.leave = outcomes[0];
  report.leaveNoCors = outcomes[1];
  report.dashboard = outcomes[2];
  report.forgedStatement = outcomes[3];
  var pre = document.createElement("pre");
  pre.id = "report";
  pre.textContent = JSON.stringify(report);
  document.body.appendChild(pre);
});
"""


def test_package_code_cannot_act_as_the_learner(page, live_site):
    course, lesson = _course()
    base = live_site.url
    forged = {
        "actor": {"name": "x"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
        "object": {"id": f"http://testserver/h5p/activities/{lesson.translation_key}/h5p-0"},
        "result": {"score": {"scaled": 1, "raw": 1, "max": 1, "min": 0}, "success": True, "completion": True},
    }
    script = ISOLATION_PROBE % {
        "leave": json.dumps(f"{base}/ar/learn/courses/{course.pk}/leave/"),
        "dashboard": json.dumps(f"{base}/ar/learn/"),
        "statements": json.dumps(f"{base}/ar/learn/lessons/{lesson.pk}/activities/h5p-0/statements/"),
        "statement": json.dumps(json.dumps(forged)),
    }
    lesson = _add_activities(lesson, zip_bytes(tiny_library_files("H5P.Probe", script=script)))
    user = _learner(course)
    _log_in(page, base)
    _open(page, base, lesson)
    arrived = []  # what reached the server: method, path, Origin and Cookie headers

    def note(environ, **kwargs):
        headers = (environ.get("HTTP_ORIGIN"), environ.get("HTTP_COOKIE", ""))
        arrived.append((environ["REQUEST_METHOD"], environ["PATH_INFO"], *headers))

    request_started.connect(note, weak=False)
    frame = _start(page)

    assert page.locator(FRAME).get_attribute("sandbox") == "allow-scripts"
    report = json.loads(frame.locator("#report").text_content(timeout=LOAD_TIMEOUT))
    assert report["parentTitle"] == "SecurityError", report
    assert report["cookie"] == "SecurityError", report
    # With CORS, the site's answers are unreadable; without, the request goes out but carries no session.
    assert report["leave"] == "TypeError", report
    assert report["leaveNoCors"] == "response opaque 0", report
    assert report["dashboard"] == "TypeError", report
    assert report["forgedStatement"] == "response opaque 0", report
    # On the server: the frame's requests came from the opaque origin, without the learner's session cookie.
    request_started.disconnect(note)
    from_frame = [request for request in arrived if "/learn/" in request[1] and request[2] == "null"]
    assert {(method, path) for method, path, _origin, _cookie in from_frame} == {
        ("POST", f"/ar/learn/courses/{course.pk}/leave/"),
        ("GET", "/ar/learn/"),
        ("POST", f"/ar/learn/lessons/{lesson.pk}/activities/h5p-0/statements/"),
    }, arrived
    assert all("sessionid" not in cookie for *_rest, cookie in from_frame), from_frame

    # Nothing happened on the server: still enrolled, no result, and the learner is still logged in.
    assert Enrolment.objects.get(user=user, course_key=course.translation_key).status == EnrolmentStatus.ACTIVE
    assert not H5PStatement.objects.filter(user=user).exists()
    assert not ActivityResult.objects.filter(user=user).exists()
    page.goto(f"{base}/ar/learn/")
    assert urlsplit(page.url).path == "/ar/learn/"
    expect(page.locator(".account-menu summary")).to_be_visible()


# 6. A script in an SVG of a package never runs, and no URL serves the package's files outside the sandbox


def _editor(email: str = "h5p.editor@example.org"):
    """An editor (staff in Editors, who may upload H5P packages) with two-factor authentication; returns the
    user and the authenticator secret. The group is made here: live-server tests flush the migrations' data."""
    user = make_user(email, is_staff=True)
    group, _created = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            Q(content_type__app_label="wagtailadmin", codename="access_admin")
            | Q(content_type__app_label="h5p", codename__in=["add_h5ppackage", "change_h5ppackage", "view_h5ppackage"])
        )
    )
    user.groups.add(group)
    return user, give_mfa(user)


def _links(page) -> set[str]:
    """Every address the page names (links, sources, form actions), absolute."""
    return set(
        page.eval_on_selector_all(
            "[href], [src], [action], [data-frame-url]",
            """elements => elements.flatMap(element => ["href", "src", "action", "data-frame-url"]
                .filter(name => element.hasAttribute(name))
                .map(name => new URL(element.getAttribute(name), document.baseURI).href))""",
        )
    )


def test_an_uploaded_svg_with_a_script_is_served_only_in_the_sandbox(
    page, live_site, browser, storage_roots, development_urls
):
    """Acceptance for issue #12: an editor uploads svg-with-script.h5p in the admin. No URL of the site serves
    its xss.svg (or the package) except the sandboxed content view, and opening that URL runs no script."""
    base = live_site.url
    path = SHARED["svg-with-script"]
    with zipfile.ZipFile(path) as archive:
        (svg,) = [name for name in archive.namelist() if name.startswith("content/") and name.endswith(".svg")]
        svg_bytes = archive.read(svg)
        assert b"<script>alert(" in svg_bytes, "the package's SVG really carries a script"
    archive_bytes = path.read_bytes()
    media, _private = storage_roots

    # The editor uploads the package through the admin.
    editor, secret = _editor()
    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        admin = desk.new_page()
        log_in(admin, base, editor.email, totp_secret=secret)
        admin.goto(f"{base}/admin/snippets/h5p/h5ppackage/add/")
        admin.fill("input[name=title]", "SVG with a script")
        admin.set_input_files("input[name=file]", str(path))
        admin.locator("button.action-save").click()
        admin.wait_for_url(lambda url: url.rstrip("/").endswith("/admin/snippets/h5p/h5ppackage"))
        package = _wait_for(lambda: H5PPackage.objects.filter(title="SVG with a script", status="ready").first())
        assert package is not None, "the upload was unpacked"
        folder = package.folder

        # The editor's pages about the package name no file of it.
        editor_links = set()
        for admin_path in ("", f"edit/{package.pk}/", f"inspect/{package.pk}/"):
            response = admin.goto(f"{base}/admin/snippets/h5p/h5ppackage/{admin_path}")
            assert response.status == 200, admin_path
            assert str(folder) not in admin.content(), admin_path
            editor_links |= _links(admin)
        editor_requests = admin.request
        assert not [link for link in editor_links if link.endswith((".svg", ".h5p")) and "/static/" not in link]
    except BaseException:
        desk.close()
        raise

    # A learner plays it: the browser fetches the SVG, from the signed content view only.
    course, lesson = _course()
    lesson = add_h5p_blocks(lesson, h5p_block(package, block_id="h5p-0"))
    _learner(course)
    fetched: list = []
    page.on("response", lambda response: fetched.append(response))
    _log_in(page, base)
    _open(page, base, lesson)
    _start(page)
    learner_links = _links(page)
    token = urlsplit(page.locator(FRAME).get_attribute("src")).path.split("/")[3]
    content_url = f"{base}/h5p/content/{token}/{svg}"
    _wait_for(lambda: any(response.url == content_url for response in fetched))
    svg_responses = [
        response for response in fetched if response.url.endswith(".svg") and "/static/" not in response.url
    ]
    assert svg_responses and {response.url for response in svg_responses} <= {content_url}
    for response in svg_responses:
        assert "sandbox" in [part.strip() for part in response.all_headers()["content-security-policy"].split(";")]
    assert str(folder) not in token and str(folder) not in page.content()

    # Every address the editor's and the learner's pages name, and every public address the files could have.
    guesses = {
        f"{base}/media/h5p/content/{folder}/{svg}",
        f"{base}/media/h5p/packages/{folder}.h5p",
        f"{base}/media/{package.file.name}",
        f"{base}/media/{svg}",
        f"{base}/h5p/content/{folder}/{svg}",
        f"{base}/private/h5p/content/{folder}/{svg}",
        f"{base}/static/h5p/content/{folder}/{svg}",
    }
    (media / "probe.txt").parent.mkdir(parents=True, exist_ok=True)
    (media / "probe.txt").write_text("public")
    assert page.request.get(f"{base}/media/probe.txt").status == 200, "/media/ is served, as in development"
    checked = 0
    for requests, urls in ((editor_requests, editor_links | guesses), (page.request, learner_links | guesses)):
        for url in sorted(urls):
            if urlsplit(url).netloc != urlsplit(base).netloc or "logout" in url:
                continue
            response = requests.get(url, max_redirects=0)
            checked += 1
            body = response.body() if response.status == 200 else b""
            if url.startswith(f"{base}/h5p/content/{token}/"):
                assert "sandbox" in response.headers.get("content-security-policy", ""), url
                continue
            assert svg_bytes not in body and archive_bytes != body, url
    assert checked > 20
    desk.close()

    # Opened on its own, the content view's URL shows the SVG and runs none of its scripts.
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    response = page.goto(content_url)
    assert response.status == 200
    headers = response.all_headers()
    assert headers["content-type"] == "image/svg+xml"
    assert "sandbox" in [part.strip() for part in headers["content-security-policy"].split(";")]
    assert headers["x-content-type-options"] == "nosniff"
    page.wait_for_load_state("load")
    expect(page.locator("circle")).to_have_count(1)  # the SVG itself was shown
    assert dialogs == []

    # The control: the same file with its Content-Security-Policy ignored does run its script.
    unprotected = browser.new_context(bypass_csp=True)
    try:
        control = unprotected.new_page()
        shown: list[str] = []
        control.on("dialog", lambda dialog: (shown.append(dialog.message), dialog.dismiss()))
        control.goto(content_url)
        expect(control.locator("circle")).to_have_count(1)
        assert "XSS Test" in shown
    finally:
        unprotected.close()


# 8. Accessibility of a lesson with an activity


def test_lesson_with_an_activity_has_no_axe_violations(page, live_site):
    course, lesson = _lesson_with(SHARED["true-false"])
    _learner(course)
    _log_in(page, live_site.url)
    _open(page, live_site.url, lesson)
    expect(page.locator("#activity-h5p-0 [data-h5p-start]")).to_be_visible()
    results = Axe().run(page, options=WCAG_AA)
    violations = [
        f"{violation['id']} ({len(violation['nodes'])}) {violation['nodes'][0]['target']}"
        for violation in results.response["violations"]
    ]
    assert violations == []
