"""Every page type of the demo carries the site's security headers, and no page loads anything from another host.

The crawl covers public, account, learner, trainer and admin pages. Public pages get the strict policy
(scripts, styles and fonts from this site only, a nonce on any inline script); the admin gets its looser
policy; the H5P player keeps its own sandboxed policy.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.test import Client
from django.utils.csp import CSP, build_policy

from courses.cohorts.models import Cohort
from courses.h5p import player
from courses.models import CaseStudy, CoursePage, LessonPage, ModulePage
from courses.progress import services
from home.demo.cohorts import FOUNDATION
from lms.accounts.models import User
from lms.security.admin_policy import admin_policy
from lms.security.permissions_policy import build_permissions_policy
from tests.factories import give_mfa

pytestmark = pytest.mark.django_db

HOST = "testserver"
H5P_LESSON = "mandate-and-levers"  # the Foundation lesson with the demo's H5P activity
# Attributes through which a page loads something by itself (links that the reader clicks are not here).
LOADING_ATTRIBUTES = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
# <link rel=…> values that make the browser fetch the target.
LOADING_LINKS = {
    "stylesheet",
    "icon",
    "shortcut",
    "preload",
    "prefetch",
    "modulepreload",
    "manifest",
    "apple-touch-icon",
}
NON_EXECUTED_SCRIPT_TYPES = {"application/json", "application/ld+json", "text/template"}


class PageScan(HTMLParser):
    """What a page would load and which inline code or styles it carries."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.loads: list[str] = []
        self.inline_scripts: list[dict] = []
        self.style_elements = 0
        self.style_attributes: list[str] = []
        self.event_handlers: list[str] = []
        self.javascript_urls: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in LOADING_ATTRIBUTES.get(tag, ()):
            if value := attributes.get(name):
                self.loads += (
                    [part.split()[0] for part in value.split(",") if part.strip()] if "srcset" in name else [value]
                )
        if tag == "link" and LOADING_LINKS & set((attributes.get("rel") or "").lower().split()):
            self.loads.append(attributes.get("href") or "")
        executed = (attributes.get("type") or "").lower() not in NON_EXECUTED_SCRIPT_TYPES
        if tag == "script" and not attributes.get("src") and executed:
            self._script = {"nonce": attributes.get("nonce"), "text": ""}
        if tag == "style":
            self.style_elements += 1
        for name, value in attrs:
            if name == "style":
                self.style_attributes.append(f"<{tag} style={value!r}>")
            elif name.startswith("on"):
                self.event_handlers.append(f"<{tag} {name}={value!r}>")
            elif name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.javascript_urls.append(f"<{tag} {name}={value!r}>")

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.inline_scripts.append(self._script)
            self._script = None


def scan(html: str) -> PageScan:
    parser = PageScan()
    parser.feed(html)
    return parser


def other_hosts(urls: list[str]) -> list[str]:
    return [
        url
        for url in urls
        if urlsplit(url).netloc not in ("", HOST) or urlsplit(url).scheme not in ("", "http", "https", "data", "blob")
    ]


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def site_policy(nonce: str | None) -> str:
    return build_policy(settings.SECURE_CSP, nonce)


def assert_common_headers(response, path: str):
    assert response["Permissions-Policy"] == build_permissions_policy(settings.PERMISSIONS_POLICY), path
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "same-origin", path
    assert response["Cross-Origin-Opener-Policy"] == "same-origin", path
    assert response["X-Content-Type-Options"] == "nosniff", path


def assert_site_page(client: Client, path: str) -> PageScan:
    """A public, account, learner or trainer page: the strict policy, and nothing inline without its nonce."""
    response = client.get(path)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    assert_common_headers(response, path)
    header = response["Content-Security-Policy"]
    policy = directives(header)
    assert CSP.UNSAFE_INLINE not in header and CSP.UNSAFE_EVAL not in header, path
    nonces = [value[len("'nonce-") : -1] for value in policy["script-src"] if value.startswith("'nonce-")]
    assert header == site_policy(nonces[0] if nonces else None), path
    assert policy["frame-ancestors"] == [CSP.NONE] and policy["object-src"] == [CSP.NONE]
    assert response["X-Frame-Options"] == "DENY", path

    page = scan(response.content.decode())
    for script in page.inline_scripts:
        # An inline script runs only with this response's nonce.
        assert nonces and script["nonce"] == nonces[0], (
            f"{path}: inline script without the nonce: {script['text'][:80]}"
        )
    assert page.style_elements == 0, f"{path}: <style> element"
    assert page.style_attributes == [], path
    assert page.event_handlers == [], path
    assert page.javascript_urls == [], path
    assert other_hosts(page.loads) == [], path
    return page


def assert_admin_page(client: Client, path: str) -> PageScan:
    response = client.get(path)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    assert_common_headers(response, path)
    assert response["Content-Security-Policy"] == build_policy(admin_policy()), path
    page = scan(response.content.decode())
    assert other_hosts(page.loads) == [], path
    return page


def log_in_staff(client: Client, email: str) -> User:
    """Staff sign-in: staff reach the admin and the trainer pages only with two-factor authentication set up."""
    user = User.objects.get(email=email)
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        give_mfa(user)
    client.force_login(user)
    return user


def _lesson(slug: str, language: str = "ar") -> LessonPage:
    return LessonPage.objects.live().get(slug=slug, locale__language_code=language)


# Public pages


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_public_pages_carry_the_strict_policy(client, demo_site, language):
    course = CoursePage.objects.live().get(slug=FOUNDATION, locale__language_code=language)
    module = ModulePage.objects.live().child_of(course).first()
    lesson = LessonPage.objects.live().child_of(module).first()
    case_study = CaseStudy.objects.filter(locale__language_code=language).first()
    paths = [
        f"/{language}/",
        f"/{language}/courses/",
        course.get_url(),
        module.get_url(),
        lesson.get_url(),
        _lesson(H5P_LESSON, language).get_url(),
        f"/{language}/case-studies/",
        f"/{language}/case-studies/{case_study.slug}/",
        f"/{language}/search/?query=city",
        f"/{language}/search/?query=",
    ]
    for path in paths:
        assert_site_page(client, path)


def test_account_pages_carry_the_strict_policy(client, demo_site):
    for path in ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/verify/"]:
        assert_site_page(client, path)


def test_error_pages_and_redirects_carry_the_headers(client, demo_site):
    missing = client.get("/ar/no-such-page/")
    assert missing.status_code == 404
    assert missing["Content-Security-Policy"] == site_policy(None)
    assert_common_headers(missing, "404")
    redirect = client.get("/")
    assert redirect.status_code in (301, 302)
    assert redirect["Content-Security-Policy"] == site_policy(None)
    assert_common_headers(redirect, "redirect")


def test_static_files_carry_the_headers(client, demo_site):
    response = client.get("/static/css/lms.css")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == site_policy(None)
    assert_common_headers(response, "static")


# Learner and trainer pages


def test_learner_pages_carry_the_strict_policy(client, demo_site, monkeypatch):
    # The H5P player comes from npm (`make player`); the lesson shows its start button either way.
    monkeypatch.setattr(player, "is_installed", lambda: True)
    learner = User.objects.get(email="learner@academy.example")
    services.enrol(user=learner, course=CoursePage.objects.get(slug=FOUNDATION, locale__language_code="ar"))
    client.force_login(learner)
    for path in [
        "/ar/learn/",
        "/ar/learn/certificates/",
        "/accounts/profile/",
        "/accounts/email/",
        "/accounts/2fa/",
        "/accounts/reauthenticate/",
    ]:
        assert_site_page(client, path)
    lesson = assert_site_page(client, _lesson(H5P_LESSON).get_url())
    assert any(src.endswith("/js/h5p.js") for src in lesson.loads)


def test_h5p_player_keeps_its_own_sandboxed_policy(client, demo_site, monkeypatch):
    """The site-wide policy neither replaces nor weakens the player's: the frame and its files stay sandboxed."""
    monkeypatch.setattr(player, "is_installed", lambda: True)
    learner = User.objects.get(email="learner@academy.example")
    services.enrol(user=learner, course=CoursePage.objects.get(slug=FOUNDATION, locale__language_code="ar"))
    client.force_login(learner)
    html = client.get(_lesson(H5P_LESSON).get_url()).content.decode()
    frame_url = html.split('data-frame-url="', 1)[1].split('"', 1)[0]
    token = frame_url.rstrip("/").rsplit("/", 1)[1]

    frame = Client().get(frame_url)
    assert frame.status_code == 200
    assert frame["Content-Security-Policy"] == player.frame_policy(f"http://{HOST}")
    assert "sandbox allow-scripts" in frame["Content-Security-Policy"]
    assert_common_headers(frame, "frame")

    content = Client().get(f"/h5p/content/{token}/h5p.json")
    assert content.status_code == 200
    assert content["Content-Security-Policy"] == player.CONTENT_POLICY
    assert_common_headers(content, "content")


def test_trainer_pages_carry_the_strict_policy(client, demo_site):
    log_in_staff(client, "trainer@academy.example")
    cohort = Cohort.objects.get(name="Rabat municipal staff")
    learner = cohort.memberships.order_by("pk").first().user_id
    for path in [
        "/ar/trainer/",
        f"/ar/trainer/cohorts/{cohort.pk}/",
        f"/ar/trainer/cohorts/{cohort.pk}/learners/{learner}/",
        f"/ar/trainer/cohorts/{cohort.pk}/manage/",
    ]:
        assert_site_page(client, path)
    # The overview by country (programme managers) draws its chart and legend without style attributes.
    log_in_staff(client, "admin@academy.example")
    assert_site_page(client, "/ar/trainer/region/")


# The admin


def test_admin_pages_carry_the_admin_policy(client, demo_site):
    log_in_staff(client, "admin@academy.example")
    lesson = LessonPage.objects.get(slug="why-cities-matter", locale__language_code="ar")
    paths = [
        "/admin/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/pages/{lesson.get_parent().pk}/",
        "/admin/snippets/courses/casestudy/",
        "/admin/snippets/h5p/h5ppackage/",
        "/admin/snippets/h5p/h5ppackage/add/",
        "/admin/images/",
        "/admin/images/chooser/",
        "/admin/documents/",
        "/admin/users/",
    ]
    for path in paths:
        assert_admin_page(client, path)


def test_admin_policy_relaxes_only_what_wagtail_needs():
    site = directives(site_policy(None))
    admin = directives(build_policy(admin_policy()))
    relaxed = {name for name in admin if admin[name] != site.get(name)}
    assert relaxed == {"script-src", "style-src", "img-src", "frame-ancestors"}
    assert admin["frame-ancestors"] == [CSP.SELF]
    for name in ("default-src", "connect-src", "font-src", "object-src", "base-uri", "form-action"):
        assert admin[name] == site[name]


def test_admin_shows_no_gravatar(client, demo_site):
    log_in_staff(client, "admin@academy.example")
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()


def test_site_page_in_the_admin_preview_is_framed_by_the_admin_only(client, demo_site):
    """The editor's preview frames a page from /admin/: the admin policy allows its own frames and no others."""
    log_in_staff(client, "editor@academy.example")
    lesson = LessonPage.objects.get(slug="why-cities-matter", locale__language_code="ar")
    response = client.get(f"/admin/pages/{lesson.pk}/edit/preview/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == build_policy(admin_policy())
    assert response["X-Frame-Options"] == "SAMEORIGIN"
