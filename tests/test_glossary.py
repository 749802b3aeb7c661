"""One vocabulary: no translation, ours or the allauth/Wagtail messages on the account pages, uses a word
that locale/GLOSSARY.md rules out (other words for the same thing, or addressing the reader as a man)."""

import ast
import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "locale" / "GLOSSARY.md"
PLACEHOLDER = re.compile(r"%\([^)]*\)[sdfi]|%[sdfi]|\{[^}]*\}|<[^>]+>|https?://\S+")
LANGUAGES = {"ar": 3, "fr": 4}  # the column of the table that holds the ruled-out variants
# Pages a visitor reaches without any state: the messages allauth shows there must follow the glossary too.
ACCOUNT_MSGIDS = [
    "Sign In",
    "Sign Up",
    "Signup",
    "Sign Out",
    "Password",
    "Password (again)",
    "Forgot your password?",
    "Remember Me",
    "Email",
    "Change Password",
    "Password Reset",
    "Two-Factor Authentication",
    "Are you sure?",
    "Are you sure you want to sign out?",
    "Enter your password:",
    "Enter an authenticator code:",
]


def ruled_out() -> dict[str, list[str]]:
    variants: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("English", "---"):
            continue
        for language, column in LANGUAGES.items():
            variants[language] += [word.strip() for word in cells[column].split(";") if word.strip()]
    return variants


def pattern(word: str) -> re.Pattern:
    """The variant as a whole word: not inside a longer Arabic or Latin word."""
    return re.compile(rf"(?<![\w\u0600-\u06FF-]){re.escape(word)}(?![\w\u0600-\u06FF])", re.IGNORECASE)


def offences(language: str, texts: dict[str, str]) -> list[tuple[str, str]]:
    found = []
    for word in ruled_out()[language]:
        regex = pattern(word)
        found += [(word, msgid) for msgid, text in texts.items() if regex.search(PLACEHOLDER.sub(" ", text))]
    return found


def test_glossary_has_the_key_words():
    variants = ruled_out()
    assert len(variants["ar"]) > 30 and len(variants["fr"]) > 15
    assert "رمز المرور" in variants["ar"] and "الاشتراك" in variants["ar"]


def test_the_rule_catches_a_variant():
    assert sorted(offences("ar", {"x": "أدخل رمز المرور"})) == [("أدخل", "x"), ("رمز المرور", "x")]
    assert offences("fr", {"x": "Votre email : %(email)s"}) == [("email", "x")]
    assert offences("fr", {"x": "Adresse e-mail : %(email)s"}) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_catalogue_follows_the_glossary(language):
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    texts = {}
    for entry in catalogue.translated_entries():
        texts[entry.msgid] = " / ".join([entry.msgstr, *entry.msgstr_plural.values()])
    assert offences(language, texts) == []


def allauth_wording_msgids() -> list[str]:
    """The msgids lms/accounts/allauth_wording.py lists (read, not imported: it exists for makemessages)."""
    tree = ast.parse((ROOT / "lms" / "accounts" / "allauth_wording.py").read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and node.args]
    return [call.args[0].value for call in calls if call.func.id == "gettext_noop"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_account_pages_follow_the_glossary_in_the_merged_catalogue(language):
    """What Django shows: allauth's and Wagtail's catalogues merged under ours."""
    msgids = ACCOUNT_MSGIDS + allauth_wording_msgids()
    with translation.override(language):
        texts = {msgid: translation.gettext(msgid) for msgid in msgids}
    assert offences(language, texts) == []
    # Ours wins: the override is what the page shows.
    assert texts["Sign Up"] != "Sign Up"


def test_arabic_account_pages_use_the_glossary_terms():
    with translation.override("ar"):
        assert translation.gettext("Sign Up") == "إنشاء حساب"
        assert translation.gettext("Password") == "كلمة المرور"
        assert translation.gettext("Two-Factor Authentication") == "المصادقة الثنائية"
