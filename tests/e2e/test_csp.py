"""In a real browser, no page breaks its Content Security Policy and no page calls another host.

Chromium reports every blocked script, style, image or frame as a ``securitypolicyviolation`` event
(caught by an init script in every frame, the sandboxed H5P player included) and in the console.
The walk covers public, account, learner and trainer pages in Arabic, a lesson with the H5P
activity played to the end, and the admin pages that editors use, with their editors and choosers.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect
from wagtail.images import get_image_model

from courses.cohorts.models import Cohort
from courses.models import CoursePage, LessonPage
from courses.progress import services
from home.demo.cohorts import FOUNDATION
from lms.accounts.models import User
from tests.factories import give_mfa, totp_code

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LOAD_TIMEOUT = 20_000
EVERY_BLOCK_LESSON = "why-cities-matter"  # the demo's showcase: every lesson block, image, document and video
H5P_LESSON = "mandate-and-levers"
COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(
    event.effectiveDirective + " blocked " + (event.blockedURI || "inline") + " in " + event.documentURI
    + (event.sample ? " (" + event.sample + ")" : "")
  );
});
"""
# Console lines that mean a policy blocked something or a header was not understood.
POLICY_MESSAGE = re.compile(r"Content Security Policy|Refused to|Permissions-Policy|Permissions policy", re.IGNORECASE)


class Watch:
    """Everything a page did that our policies forbid: violations, console complaints, requests elsewhere."""

    def __init__(self, page, base: str):
        self.page = page
        self.host = urlsplit(base).netloc
        self.console: list[str] = []
        self.elsewhere: list[str] = []
        page.context.add_init_script(COLLECT_VIOLATIONS)
        page.on("console", self._console)
        page.context.on("request", self._request)

    def _console(self, message):
        if POLICY_MESSAGE.search(message.text):
            self.console.append(f"{self.page.url}: [{message.type}] {message.text}")

    def _request(self, request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != self.host:
            self.elsewhere.append(request.url)

    def violations(self) -> list[str]:
        found = []
        for frame in self.page.frames:
            try:
                found += frame.evaluate("window.__cspViolations || []")
            except Exception as error:  # a frame that went away while we asked
                if "detached" not in str(error).lower():
                    raise
        return found

    def visit(self, url: str) -> list[str]:
        self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        return self.settle()

    def settle(self) -> list[str]:
        """What went wrong on the current page so far (violations and console lines, each once)."""
        self.page.wait_for_timeout(200)  # violation events are dispatched asynchronously
        found = [f"{self.page.url}: {line}" for line in self.violations()] + self.console
        self.console = []
        return found


@pytest.fixture
def watch(page, live_demo):
    return Watch(page, live_demo.url)


def log_in(page, base: str, email: str, password: str):
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def log_in_staff(page, base: str, email: str, password: str):
    """Staff sign in with their password and an authenticator code (staff two-factor authentication)."""
    user = User.objects.get(email=email)
    Authenticator.objects.filter(user=user).delete()
    secret = give_mfa(user)
    log_in(page, base, email, password)
    code = page.locator("input[name=code]")
    expect(code).to_be_visible()
    code.fill(totp_code(secret))
    code.press("Enter")
    page.wait_for_load_state()
    assert "/accounts/login" not in page.url and "/2fa/" not in page.url, page.url


def _lesson(slug: str, language: str = "ar") -> LessonPage:
    return LessonPage.objects.live().get(slug=slug, locale__language_code=language)


def test_public_account_and_learner_pages_keep_their_policy(watch, page, live_demo):
    base = live_demo.url
    course = CoursePage.objects.live().get(slug=FOUNDATION, locale__language_code="ar")
    found = []
    for path in [
        "/ar/",
        "/ar/courses/",
        course.get_url(),
        _lesson(EVERY_BLOCK_LESSON).get_parent().get_url(),
        _lesson(EVERY_BLOCK_LESSON).get_url(),
        "/ar/case-studies/",
        "/ar/case-studies/tripoli-juvenile-reintegration/",
        "/ar/search/?query=city",
        "/en/",
        "/fr/courses/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/verify/",
    ]:
        found += watch.visit(base + path)

    learner = User.objects.get(email="learner@academy.example")
    services.enrol(user=learner, course=course)
    log_in(page, base, "learner@academy.example", "demo-learner-2026")
    for path in ["/ar/learn/", "/ar/learn/certificates/", "/accounts/profile/", "/accounts/email/"]:
        found += watch.visit(base + path)

    # The lesson with every block: the tabs and the video, which plays from this site.
    found += watch.visit(base + _lesson(EVERY_BLOCK_LESSON).get_url())
    page.locator(".video__play").first.click()
    expect(page.locator(".video__frame video")).to_be_attached()
    found += watch.settle()
    assert found == []
    assert watch.elsewhere == []


def test_h5p_activity_plays_in_arabic_without_a_violation(watch, page, live_demo):
    """The lesson page's policy lets the sandboxed player in; the player's own policy lets H5P run."""
    base = live_demo.url
    learner = User.objects.get(email="learner@academy.example")
    services.enrol(user=learner, course=CoursePage.objects.get(slug=FOUNDATION, locale__language_code="ar"))
    log_in(page, base, "learner@academy.example", "demo-learner-2026")
    found = watch.visit(base + _lesson(H5P_LESSON).get_url())
    page.locator("[data-h5p-start]").click()
    player = page.frame_locator("iframe.h5p-activity__frame")
    # The demo's own H5P library (home/demo/h5p): one question, three answers, a check button.
    expect(player.locator("input[type=radio]").first).to_be_visible(timeout=LOAD_TIMEOUT)
    player.locator("input[type=radio]").nth(1).check()
    player.locator("button").first.click()
    expect(page.locator(".h5p-activity--passed")).to_be_attached(timeout=LOAD_TIMEOUT)
    found += watch.settle()
    assert found == []
    assert watch.elsewhere == []


def test_trainer_pages_keep_their_policy(watch, page, live_demo):
    base = live_demo.url
    cohort = Cohort.objects.get(name="Rabat municipal staff")
    learner = cohort.memberships.order_by("pk").first().user_id
    log_in_staff(page, base, "trainer@academy.example", "demo-trainer-2026")
    found = []
    for path in [
        "/ar/trainer/",
        f"/ar/trainer/cohorts/{cohort.pk}/",
        f"/ar/trainer/cohorts/{cohort.pk}/learners/{learner}/",
        f"/ar/trainer/cohorts/{cohort.pk}/manage/",
    ]:
        found += watch.visit(base + path)
    assert found == []
    assert watch.elsewhere == []


def test_admin_pages_work_under_the_admin_policy(watch, page, live_demo):
    base = live_demo.url
    log_in_staff(page, base, "admin@academy.example", "demo-admin-2026")
    lesson = _lesson(EVERY_BLOCK_LESSON)
    found = []
    for path in [
        "/admin/",
        "/admin/snippets/courses/casestudy/",
        "/admin/snippets/h5p/h5ppackage/",
        "/admin/snippets/h5p/h5ppackage/add/",
        "/admin/images/",
        f"/admin/images/{get_image_model().objects.first().pk}/",  # the focal-point editor
        f"/admin/pages/{lesson.get_parent().pk}/",
    ]:
        found += watch.visit(base + path)

    # The page editor with every block, its preview (an iframe of /admin/) and the image chooser (a modal).
    found += watch.visit(f"{base}/admin/pages/{lesson.pk}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator("main")).to_be_visible(timeout=LOAD_TIMEOUT)
    page.locator("[data-side-panel-toggle='preview']").click()
    image = page.locator(".chooser:has(img.chooser__image)").first
    image.locator(".w-dropdown__toggle").click()
    page.locator("[data-chooser-action-choose]:visible").first.click()
    expect(page.locator(".modal-content")).to_be_visible(timeout=LOAD_TIMEOUT)
    found += watch.settle()
    assert found == []
    assert watch.elsewhere == []


def test_translation_editor_works_under_the_admin_policy(watch, page, live_demo):
    """wagtail-localize's editor (a React app) in the admin, for a lesson translated from English into French."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    base = live_demo.url
    source, _created = TranslationSource.get_or_create_from_instance(_lesson(EVERY_BLOCK_LESSON, "en"))
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="fr"))
    translation.save_target(publish=False)
    french = _lesson(EVERY_BLOCK_LESSON, "fr")

    log_in_staff(page, base, "admin@academy.example", "demo-admin-2026")
    found = watch.visit(f"{base}/admin/pages/{french.pk}/edit/")
    expect(page.locator(".js-translation-editor [role=tab]").first).to_be_visible(timeout=LOAD_TIMEOUT)
    found += watch.settle()
    assert found == []
    assert watch.elsewhere == []


def test_editor_userbar_on_a_public_page_keeps_the_site_policy(watch, page, live_demo):
    """Wagtail's userbar (shown to editors on the site) loads under the strict policy of the public pages."""
    base = live_demo.url
    # The superuser: transactional tests flush the groups' permissions that Wagtail's migrations made.
    log_in_staff(page, base, "admin@academy.example", "demo-admin-2026")
    found = watch.visit(base + _lesson(EVERY_BLOCK_LESSON).get_url())
    expect(page.locator("wagtail-userbar")).to_be_attached()
    page.locator("wagtail-userbar").locator("#wagtail-userbar-trigger").click()
    found += watch.settle()
    assert found == []
    assert watch.elsewhere == []
