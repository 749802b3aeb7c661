"""No English on the Arabic and French site (issue #13, item 4): a crawl of the demo's pages.

The public, learner, trainer and account pages of the demo (loaded once per test database, see
tests/conftest.py) are fetched in Arabic and in French, as a visitor, as the demo learner and as the
demo trainer. Of each page we keep what a person sees or hears: text outside <script>, <style> and
<template>, outside hidden and aria-hidden elements, plus the placeholder, aria-label, title and alt
attributes and the labels of input buttons. Text that says it is in another language (an ancestor with
another `lang`, such as the language switcher's "English") or that must not be translated
(`translate="no"`) is left out: it is marked for what it is.

A run is English:
- in Arabic, when it holds a word of three or more Latin letters that is not a proper name of the
  allow-list (the programme's names, file formats, the demo's Latin people and places) nor part of an
  e-mail address or a web address;
- in French (Latin too), when it holds one of a list of common English words that French does not use.

A failure lists every English run as "page: text", so a missing {% translate %} can be found and fixed
in the template, and a message that only lacks its translation in the .po files can be translated.
"""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from courses.cohorts.models import Cohort
from courses.models import CaseStudy, CoursePage, LessonPage, ModulePage
from home.demo.accounts import DEMO_ACCOUNTS
from home.demo.cohorts import LEARNERS as DEMO_LEARNERS
from lms.accounts.models import User

pytestmark = pytest.mark.django_db

LANGUAGES = ("ar", "fr")
# A word to search for in each language (a Latin query would be echoed on an Arabic page).
SEARCH_WORD = {"ar": "المدينة", "fr": "ville"}
NOTHING_FOUND = {"ar": "زيلوفون", "fr": "xylophone"}

# Proper names and terms that stay Latin in Arabic (and English in French) on purpose.
ALLOWED_PHRASES = (
    "Young Cities Academy",
    "Young Cities",
    "Strong Cities Network",
    "Strong Cities",
    "A Guide for Mayors",
    "A Guide for Cities",
    "Open Badges",
    "H5P",
    "PDF",
    "CSV",
    "XLSX",
    "Excel",
    "UNDP",
    "PNUD",
    "MENA",
    "TOTP",
    "JSON",
    "UTC",  # the time zone's international name, beside its Arabic one
    # Languages named in their own language (the language switcher and the profile's language menu).
    "English",
    "Français",
    "العربية",
)
DEMO_NAMES = {word for account in DEMO_ACCOUNTS for word in re.findall(r"[A-Za-z]+", account.full_name)} | {
    word for learner in DEMO_LEARNERS for word in re.findall(r"[A-Za-z]+", f"{learner.latin} {learner.municipality}")
}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
URL = re.compile(r"(https?://|www\.)\S+|\b[\w-]+\.(example|org|com|net)(/\S*)?")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]{3,}")
# Common English words that are not French words (so not "on", "or", "an", "as", "page", "module", "quiz").
ENGLISH_WORDS = frozenset(
    """
    the and your you of to with this that these those from into about are is was were be been being has have
    had will would should could not yet only more most all any some none other
    here there which what when where who whom whose how why because than then
    course courses lesson lessons sign log logout login password passwords account accounts email
    learning learner learners trainer trainers cohort cohorts certificate certificates progress completed
    started start continue enrol enrolled leave submit save cancel delete edit remove add back next
    previous download upload search results result show hide open close reading time hours hour
    required optional available skip filter track tracks language languages please
    enter choose select settings profile my our their his her its new own first last step steps
    forgot reset confirm verify verified send welcome help yes
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
VISIBLE_ATTRIBUTES = ("placeholder", "aria-label", "title", "alt")
BUTTON_INPUT_TYPES = ("submit", "button", "reset")
SKIPPED_TAGS = ("script", "style", "template", "noscript", "svg", "head", "wagtail-userbar")
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """Collects the runs a reader sees or hears, in document order (the page's <title> included)."""

    def __init__(self, language: str):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped: this element and all inside it)
        self.runs: list[str] = []
        self.in_title = False

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "title" and self.stack and self.stack[-1][0] == "head":
            self.in_title = True
        skipped = self.skipping or self._hidden(tag, attributes)
        if not skipped:
            for name in VISIBLE_ATTRIBUTES:
                if attributes.get(name):
                    self.runs.append(attributes[name])
            if tag == "input" and attributes.get("type") in BUTTON_INPUT_TYPES and attributes.get("value"):
                self.runs.append(attributes["value"])
        if tag not in VOID_TAGS:
            self.stack.append((tag, skipped))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        # Browsers forgive unclosed elements: pop back to the matching tag, if any.
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and (self.in_title or not self.skipping):
            self.runs.append(text)

    def _hidden(self, tag: str, attributes: dict) -> bool:
        if tag in SKIPPED_TAGS:
            return True
        if "hidden" in attributes or attributes.get("aria-hidden") == "true" or attributes.get("translate") == "no":
            return True
        if tag == "input" and attributes.get("type") == "hidden":
            return True
        lang = attributes.get("lang")
        return bool(lang) and lang.split("-")[0] != self.language


def english_words(text: str, language: str) -> list[str]:
    """The words of `text` that make it an English run in `language` (empty when it is not one)."""
    text = URL.sub(" ", EMAIL.sub(" ", text))
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, " ")
    if language == "ar":
        return [word for word in LATIN_WORD.findall(text) if word not in DEMO_NAMES]
    return [word for word in re.findall(r"[A-Za-z']+", text) if word.lower() in ENGLISH_WORDS]


def visible_runs(html: str, language: str) -> list[str]:
    parser = VisibleText(language)
    parser.feed(html)
    return list(dict.fromkeys(parser.runs))


def english_runs(html: str, language: str) -> list[str]:
    return [run for run in visible_runs(html, language) if english_words(run, language)]


def _demo(model, **filters):
    return model.objects.live().filter(**filters).order_by("path").first()


def _quiz_lesson(language: str) -> LessonPage:
    for lesson in LessonPage.objects.live().filter(locale__language_code=language).order_by("path"):
        if any(block.block_type == "quiz" for block in lesson.body):
            return lesson
    raise AssertionError(f"the demo has no quiz lesson in {language}")


def _pages(language: str) -> dict[str, list[str]]:
    """The paths to read, per reader: a visitor, the demo learner, the demo trainer."""
    course = _demo(CoursePage, locale__language_code=language)
    module = _demo(ModulePage, locale__language_code=language)
    lesson = _demo(LessonPage, locale__language_code=language)
    prefix = f"/{language}"
    public = [
        f"{prefix}/",
        f"{prefix}/courses/",
        course.url,
        module.url,
        lesson.url,
        f"{prefix}/search/?query={SEARCH_WORD[language]}",
        f"{prefix}/search/?query={NOTHING_FOUND[language]}",
        f"{prefix}/case-studies/",
        reverse("account_login"),
        reverse("account_signup"),
        reverse("account_reset_password"),
        reverse("account_reset_password_done"),
        CaseStudy.objects.filter(locale__language_code=language).order_by("pk").first().get_absolute_url(),
        reverse("certificate_verify_form"),
        f"{prefix}/no-such-page/",
    ]
    cohort = Cohort.objects.filter(trainers__email="trainer@academy.example").order_by("pk").first()
    member = cohort.memberships.order_by("pk").first()
    learner = [
        f"{prefix}/",
        f"{prefix}/courses/",
        course.url,
        lesson.url,
        _quiz_lesson(language).url,
        f"{prefix}/learn/",
        f"{prefix}/learn/certificates/",
        f"{prefix}/learn/cohorts/",
        f"{prefix}/city/",
        f"{prefix}/city/assessment/",
        reverse("account_profile"),
        reverse("account_email"),
        reverse("account_change_password"),
        reverse("mfa_index"),
        reverse("mfa_activate_totp"),  # asks for the password again first
    ]
    trainer = [
        f"{prefix}/trainer/",
        f"{prefix}/trainer/cohorts/{cohort.pk}/",
        f"{prefix}/trainer/cohorts/{cohort.pk}/learners/{member.user_id}/",
        f"{prefix}/trainer/cohorts/{cohort.pk}/manage/",
        reverse("mfa_index"),
    ]
    return {"visitor": public, "learner@academy.example": learner, "trainer@academy.example": trainer}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_pages_show_no_english(client, demo_site, language):
    found: list[str] = []
    with translation.override(language):  # the case study's URL carries the language active when it is made
        readers = _pages(language)
    for reader, paths in readers.items():
        client.logout()
        if reader != "visitor":
            # force_login: the demo trainer has an authenticator set up, which is what the trainer pages ask.
            client.force_login(User.objects.get(email=reader))
        client.cookies["django_language"] = language
        for path in paths:
            response = client.get(path, HTTP_ACCEPT_LANGUAGE=language, follow=True)
            where = f"{reader} {path}"
            if response.status_code not in (200, 404):
                found.append(f"{where}: status {response.status_code}")
                continue
            html = response.content.decode()
            if f'lang="{language}"' not in html[:300]:
                found.append(f"{where}: the page is not in {language}")
            if len(visible_runs(html, language)) < 10:  # the reader skipped the page: a tag left open?
                found.append(f"{where}: little visible text read")
            found += [f"{where}: {run}" for run in english_runs(html, language)]
    assert not found, _report(found, language)


def _report(found: list[str], language: str) -> str:
    """One line per English run, with the pages it is on (the header's runs are on every page)."""
    pages: dict[str, list[str]] = {}
    for line in found:
        where, _, text = line.partition(": ")
        pages.setdefault(text, []).append(where)
    lines = []
    for text, at in pages.items():
        more = " …" if len(at) > 3 else ""
        lines.append(f"{text!r} {english_words(text, language)} on {len(at)} page(s): {', '.join(at[:3])}{more}")
    return f"{len(pages)} English runs in {language}:\n" + "\n".join(lines)


@pytest.mark.parametrize(
    ("html", "language", "english"),
    [
        ("<p>Reading time: 6 دقائق</p>", "ar", ["Reading time: 6 دقائق"]),
        ("<p>مرحبا <span lang='en'>English</span></p>", "ar", []),
        ("<p hidden>Hidden</p><p aria-hidden='true'>Decoration</p><script>var x;</script>", "ar", []),
        (
            "<input type='search' placeholder='Search…'><input type='submit' value='Send it'>",
            "ar",
            ["Search…", "Send it"],
        ),
        (
            "<img alt='A map of the city'><button aria-label='Close menu'>×</button>",
            "ar",
            ["A map of the city", "Close menu"],
        ),
        ("<p>تواصل مع learner@academy.example أو https://example.org/about</p>", "ar", []),
        ("<p>أكاديمية Young Cities وشبكة Strong Cities Network وملف PDF</p>", "ar", []),
        ("<p>Le cours est prêt : commencez par le module 1.</p>", "fr", []),
        ("<p>Sign up to follow your course</p>", "fr", ["Sign up to follow your course"]),
        ("<head><title>Log in</title></head><p>Connexion</p>", "fr", ["Log in"]),
    ],
)
def test_the_crawler_finds_english_runs(html, language, english):
    """The detector itself: what counts as visible, and what is English in each language."""
    assert english_runs(html, language) == english
