"""An H5P activity in a downloaded course plays without a connection, in Chromium on a phone in Arabic: the
learner answers it offline, and its statement reaches the server exactly once when the connection returns.

Offline, the lesson frames the kept host page (courses/h5p/offline.py), which starts the player in a sandboxed
srcdoc frame; the package's code still has an opaque origin. "Offline" is both the page's network emulated
offline and every request of the service worker aborted, as in test_offline.py.
"""

import pytest
from playwright.sync_api import expect

from courses.h5p.models import H5PState, H5PStatement
from courses.progress.models import ActivityResult
from home.demo.catalogue import load_catalogue_index
from home.demo.site import load_home_pages
from tests.e2e.test_h5p import SHARED, _add_activities, _course, _in_arabic, _learner, _log_in
from tests.e2e.test_offline import _queue, _wait_for_queue, download, go_offline, go_online

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SECTION = "#activity-h5p-0"
HOST = f"{SECTION} iframe.h5p-activity__frame"
LOAD_TIMEOUT = 30_000


@pytest.fixture
def live_site(live_server):
    load_catalogue_index(load_home_pages())
    return live_server


def _offline_player(page):
    """Start the activity offline; returns the player frame (the sandboxed frame inside the kept host page)."""
    section = page.locator(SECTION)
    section.locator("[data-h5p-start]").click()
    status = section.locator("[data-h5p-status]")
    expect(status).not_to_have_text(_in_arabic("Loading the activity…"), timeout=LOAD_TIMEOUT)
    assert status.text_content() == "", status.text_content()
    player = page.frame_locator(HOST).frame_locator("iframe")
    expect(player.locator(".h5p-content")).to_be_visible()
    return player


def test_a_downloaded_true_false_activity_is_answered_offline_and_its_statement_stored_once(page, live_site):
    course, lesson = _course()
    _add_activities(lesson, SHARED["true-false"])
    user = _learner(course)
    base = live_site.url
    _log_in(page, base)
    download(page, base, course)
    # The download holds the activity's host page and the package's files, under the activity's own address.
    kept = page.evaluate(
        "caches.keys().then(names => Promise.all(names.filter(n => n.startsWith('yca-u-')).map(n => caches.open(n)"
        ".then(c => c.keys())))).then(lists => lists.flat().map(r => new URL(r.url).pathname))"
    )
    prefix = f"/h5p/kept/{lesson.pk}/h5p-0/"
    assert prefix in kept and f"{prefix}content/h5p.json" in kept
    assert not [path for path in kept if path.startswith(("/h5p/content/", "/h5p/frame/"))], "no grant is kept"

    go_offline(page)
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url} {request.failure}"))
    page.goto(base + lesson.get_url())
    assert page.locator("html").get_attribute("dir") == "rtl"
    player = _offline_player(page)
    expect(player.get_by_text("Is this false?")).to_be_visible()
    # The player still runs with an opaque origin: no cookies, no way into the pages around it.
    isolation = page.frames[-1].evaluate(
        """() => {
          const tries = {};
          for (const [name, read] of Object.entries({cookie: () => document.cookie, host: () => parent.document.title,
                                                    lesson: () => top.document.title})) {
            try { read(); tries[name] = 'read'; } catch (error) { tries[name] = error.name; }
          }
          return {origin: self.origin, ...tries};
        }"""
    )
    assert isolation == {
        "origin": "null",
        "cookie": "SecurityError",
        "host": "SecurityError",
        "lesson": "SecurityError",
    }

    player.get_by_role("radio", name="False").click()
    player.get_by_role("button", name="Check").click()
    # Nothing failed to load and no policy stood in the way (a refusal shows as a console error).
    assert not problems, problems
    _wait_for_queue(page, "rows.some(r => /\\/statements\\/$/.test(r.url) && r.state === 'waiting')")
    # The resume state is queued too, after the state the kept player started from.
    _wait_for_queue(page, "rows.some(r => /\\/state\\/$/.test(r.url) && r.state === 'waiting')")
    assert not H5PStatement.objects.filter(user=user).exists(), "nothing was sent offline"
    assert not H5PState.objects.filter(user=user).exists()
    assert _queue(page, "waiting") >= 1

    go_online(page)
    page.goto(base + "/ar/learn/")
    _wait_for_queue(page, "rows.length > 0 && rows.every(r => r.state !== 'waiting')")
    rows = page.evaluate("ycaStore.all('queue')")
    # The answer and the resume state saved offline are all taken (the state's saves follow one another).
    assert all(row["state"] == "sent" for row in rows), [(row["url"], row["state"], row.get("message")) for row in rows]
    answered = H5PStatement.objects.filter(user=user, block_id="h5p-0", verb__endswith="/answered", top_level=True)
    assert answered.count() == 1
    result = ActivityResult.objects.get(user=user, lesson_key=lesson.translation_key, block_id="h5p-0")
    assert result.passed and result.best_score == 100
    assert H5PState.objects.filter(user=user, block_id="h5p-0").exists()

    # Sent again (as the queue would after a lost answer), the same statement is not stored twice.
    page.evaluate(
        "ycaStore.all('queue').then(rows => Promise.all(rows.filter(r => r.url.endsWith('/statements/'))"
        ".map(r => ycaStore.put('queue', {...r, state: 'waiting'}))))"
    )
    page.evaluate("navigator.serviceWorker.ready.then(r => r.active.postMessage({type: 'send'}))")
    _wait_for_queue(page, "rows.every(r => r.state === 'sent')")
    assert answered.count() == 1


def test_an_activity_not_in_the_download_says_it_needs_a_connection(page, live_site):
    course, lesson = _course()
    _add_activities(lesson, SHARED["true-false"])
    _learner(course)
    base = live_site.url
    _log_in(page, base)
    download(page, base, course)
    # As if the course had been downloaded before its activities could be kept.
    page.evaluate(
        "caches.keys().then(names => Promise.all(names.filter(n => n.startsWith('yca-u-')).map(n => caches.open(n)"
        ".then(c => c.keys().then(keys => Promise.all(keys.filter(r => r.url.includes('/h5p/kept/'))"
        ".map(r => c.delete(r))))))))"
    )
    go_offline(page)
    page.goto(base + lesson.get_url())
    page.locator(SECTION).locator("[data-h5p-start]").click()
    note = page.locator(f"{SECTION} [data-h5p-needs-connection]")
    expect(note).to_have_text(_in_arabic("This activity needs a connection; your other answers are kept."))
    assert page.locator(HOST).count() == 0
