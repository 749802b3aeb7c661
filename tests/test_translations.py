"""Every UI string has a real Arabic and French translation: none missing, none fuzzy."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[1] / "locale"
# Words that are spelt the same in a language as in English, checked one by one.
SAME_AS_ENGLISH = {"fr": {"Menu"}}


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize("domain", ["django"])
def test_catalogue_is_complete(language, domain):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / f"{domain}.po"))
    assert len(catalogue) > 20
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    # A "translation" identical to the English source is almost always a missed one.
    copied = [
        e.msgid
        for e in catalogue.translated_entries()
        if e.msgstr == e.msgid and len(e.msgid) > 3 and e.msgid not in SAME_AS_ENGLISH.get(language, set())
    ]
    assert copied == []
