"""Real H5P Hub exports in a real browser, in an Arabic lesson (issue #17): each one plays with no console error,
no failed request and no Content Security Policy violation (sound effects included), and its own check or submit
works; the one whose video is on h5p.org shows a message instead of a blank frame; English content reads left
to right inside the Arabic lesson.

The packages are referenced in ``../shared/h5p/hub/`` (never copied into the project: third-party licences).
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from courses.h5p.models import H5PStatement
from tests.e2e import test_h5p as h5p
from tests.e2e.conftest import log_in
from tests.h5p.helpers import SHARED
from tests.h5p.xapi_validation import assert_valid_xapi

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

HUB = SHARED / "hub"
EMAIL = "h5p.hub@example.org"
FRAME = "iframe.h5p-activity__frame"
LOAD_TIMEOUT = 30_000
COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(event.effectiveDirective + " blocked " + (event.blockedURI || "inline"));
});
"""

# test_h5p.py's fixtures: the live site with only the home pages and the course index, and the page that
# waits, after the test, for the last writes the lesson sends on leaving.
live_site = h5p.live_site
page = h5p.page


class Watch:
    """Console errors, exceptions, failed requests, HTTP errors and CSP violations of the page and its frames."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        page.context.add_init_script(COLLECT_VIOLATIONS)
        page.on("console", lambda message: message.type == "error" and self.problems.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.problems.append(f"exception: {error}"))
        page.on("requestfailed", lambda request: self.problems.append(f"failed: {request.url} {request.failure}"))
        page.on(
            "response",
            lambda response: response.status >= 400 and self.problems.append(f"{response.status} {response.url}"),
        )
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(f"{request.method} {request.url}"))

    def violations(self) -> list[str]:
        found = []
        for frame in self.page.frames:
            try:
                found += frame.evaluate("window.__cspViolations || []")
            except Exception as error:  # a frame that went away while we asked
                if "detached" not in str(error).lower():
                    raise
        return found

    def everything(self) -> list[str]:
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_timeout(300)  # violation events are dispatched asynchronously
        return self.problems + [f"CSP: {line}" for line in self.violations()]


def _lesson_with(path):
    """An Arabic course whose first lesson holds the package as a required activity (block h5p-0)."""
    course, lesson = h5p._course("h5p-hub")
    lesson = h5p._add_activities(lesson, path, pass_mark=50)
    return h5p._learner(course, EMAIL), lesson


def _open(page, base: str, lesson) -> None:
    log_in(page, base, EMAIL)
    h5p._open(page, base, lesson)


def _start(page):
    section = page.locator("#activity-h5p-0")
    section.locator("[data-h5p-start]").click()
    status = section.locator("[data-h5p-status]")
    expect(status).not_to_have_text(h5p._in_arabic("Loading the activity…"), timeout=LOAD_TIMEOUT)
    assert status.text_content() == "", f"the activity did not start: {status.text_content()}"
    frame = section.frame_locator(FRAME)
    expect(frame.locator(".h5p-content")).to_be_visible(timeout=LOAD_TIMEOUT)
    return frame


def _all_valid_xapi(user) -> int:
    """Every statement stored for the learner validates against xAPI 1.0.3; returns how many there are."""
    rows = list(H5PStatement.objects.filter(user=user))
    for row in rows:
        assert_valid_xapi(row.statement)
    return len(rows)


def _statement(user, verb: str):
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        found = H5PStatement.objects.filter(user=user, block_id="h5p-0", verb__endswith=f"/{verb}").first()
        if found is not None:
            return found
        time.sleep(0.2)
    return None


# How each content type is answered with its own controls; each returns the xAPI verb it should then send.


def _single_choice_set(frame):
    # Each answer plays a sound effect (H5P.SoundJS: a CORS preflight, then the audio file).
    frame.locator(".h5p-sc-alternative").first.click()
    expect(
        frame.locator(".h5p-sc-alternative.h5p-sc-selected, .h5p-sc-alternative.h5p-sc-is-correct").first
    ).to_be_visible()
    return "answered"


def _drag_question(frame):
    expect(frame.locator(".h5p-draggable").first).to_be_visible()
    frame.get_by_role("button", name="Check").click()
    return "answered"


def _mark_the_words(frame):
    frame.locator("[role=option]").first.click()
    frame.get_by_role("button", name="Check").click()
    return "answered"


def _essay(frame):
    # At least 100 characters: the export's minimum length.
    frame.locator("textarea").fill(
        "Cities plan transport, housing and water with their residents, and they publish what they spend on each."
    )
    frame.get_by_role("button", name="Check").click()
    return "answered"


def _summary(frame):
    frame.locator(".summary-claim-unclicked").first.click()
    return "answered"


def _audio(frame):
    button = frame.locator(".h5p-audio-minimal-button, .h5p-audio-inner button, audio").first
    expect(button).to_be_visible()
    return None


def _course_presentation(frame):
    # The first slide plays; the next one holds a Twitter feed, and the third an interactive video from h5p.org:
    # neither site is allowed, so each is replaced by a notice and nothing is fetched from it.
    expect(frame.locator(".h5p-slide.h5p-current")).to_be_visible()
    frame.locator(".h5p-footer-next-slide").click()
    expect(frame.locator(".h5p-yca-blocked-part").first).to_be_attached(timeout=LOAD_TIMEOUT)
    frame.locator(".h5p-footer-next-slide").click()
    expect(frame.locator(".h5p-slide.h5p-current .h5p-yca-blocked-part")).to_be_visible()
    return None


PLAYS = {
    "H5P.SingleChoiceSet": _single_choice_set,
    "H5P.DragQuestion": _drag_question,
    "H5P.MarkTheWords": _mark_the_words,
    "H5P.Essay": _essay,
    "H5P.Summary": _summary,
    "H5P.Audio": _audio,
    "H5P.CoursePresentation": _course_presentation,
}


@pytest.mark.parametrize("name", list(PLAYS))
def test_each_hub_package_plays_in_an_arabic_lesson(page, live_site, name):
    user, lesson = _lesson_with(HUB / f"{name}.h5p")
    watch = Watch(page)
    _open(page, live_site.url, lesson)
    frame = _start(page)
    # Hub exports say "und"; their text is English, so the frame is laid out left to right.
    assert page.frame_locator(FRAME).locator("html").get_attribute("dir") == "ltr"
    verb = PLAYS[name](frame)
    if verb:
        assert _statement(user, verb) is not None, f"the activity sent '{verb}'"
    assert watch.everything() == []
    # Nothing was fetched from another host.
    host = urlsplit(live_site.url).netloc
    assert [line for line in watch.requests if urlsplit(line.split(" ", 1)[1]).netloc not in {host, ""}] == []
    stored = _all_valid_xapi(user)
    assert stored or not verb


def test_the_sound_effects_are_fetched_and_played(page, live_site):
    """SingleChoiceSet's sounds: H5P.SoundJS sends X-Requested-With, so the browser asks first (OPTIONS)."""
    _user, lesson = _lesson_with(HUB / "H5P.SingleChoiceSet.h5p")
    watch = Watch(page)
    _open(page, live_site.url, lesson)
    frame = _start(page)
    _single_choice_set(frame)
    problems = watch.everything()
    sounds = [line for line in watch.requests if "/sounds/" in line]
    assert sounds, "the sound effects were requested"
    assert problems == []


def test_the_external_video_shows_its_message_instead_of_a_blank_frame(page, live_site):
    _user, lesson = _lesson_with(HUB / "H5P.InteractiveVideo.h5p")
    watch = Watch(page)
    _open(page, live_site.url, lesson)
    section = page.locator("#activity-h5p-0")
    message = section.locator("[data-h5p-external]")
    expect(message).to_be_visible()
    assert "h5p.org" in message.inner_text()
    assert section.locator("[data-h5p-start]").count() == 0
    assert page.locator(FRAME).count() == 0
    assert watch.everything() == []


def test_english_true_false_reads_left_to_right_in_an_arabic_lesson(page, live_site):
    user, lesson = _lesson_with(SHARED / "valid" / "true-false.h5p")
    watch = Watch(page)
    _open(page, live_site.url, lesson)
    frame = _start(page)
    question = frame.locator(".h5p-question-introduction").first
    expect(question).to_contain_text("Is this false?")
    assert question.evaluate("element => getComputedStyle(element).direction") == "ltr"
    assert frame.locator("html").get_attribute("dir") == "ltr"
    assert frame.locator("html").get_attribute("lang") == "und"
    # The lesson around it stays Arabic, right to left.
    assert page.locator("html").get_attribute("dir") == "rtl"
    frame.get_by_role("radio", name="False").click()
    frame.get_by_role("button", name="Check").click()
    assert _statement(user, "answered") is not None
    assert watch.everything() == []
    assert _all_valid_xapi(user)
