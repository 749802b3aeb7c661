"""Language-aware text analysis for search: the same rules index the text and parse the query.

Plain full-text search fails learners here: Arabic words carry the article and clitics
(الشباب, للشباب, وبالمدن), French carries accents and plurals, English inflections. Each
analyser turns a word into a simple stem; a query word matches any indexed word that starts
with its stem. Pure Python, so it behaves the same on SQLite and PostgreSQL.
"""

import re
import unicodedata

WORD = re.compile(r"[\w\u0600-\u06FF]+", re.UNICODE)

ARABIC_DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")  # harakat, dagger alef, tatweel
ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
ARABIC_PREFIXES = ("وبال", "وكال", "وال", "بال", "كال", "فال", "لل", "ال")
# Only و is stripped alone: ب, ل, ك and ف too often begin the word itself (بلدية, لجنة).
ARABIC_CLITICS = ("و",)
ARABIC_SUFFIXES = ("يات", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "هن", "كم", "نا", "ه", "ي")

FRENCH_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]")
ENGLISH_SUFFIXES = (
    "ements",
    "ement",
    "ments",
    "ment",
    "ations",
    "ation",
    "ions",
    "ion",
    "ies",
    "ing",
    "ers",
    "er",
    "ed",
    "es",
    "s",
    "ly",
)
MIN_STEM = 3
# Words too common to narrow a search; they are dropped from queries only.
STOP_WORDS = {
    "ar": {"في", "من", "الى", "إلى", "على", "عن", "مع", "او", "أو", "ما", "هو", "هي", "ان", "أن", "كيف", "لماذا"},
    "fr": {
        "le",
        "la",
        "les",
        "l",
        "de",
        "des",
        "du",
        "d",
        "un",
        "une",
        "et",
        "en",
        "au",
        "aux",
        "pour",
        "par",
        "sur",
        "dans",
        "a",
        "à",
    },
    "en": {"the", "a", "an", "of", "and", "to", "in", "for", "on", "with", "how", "what", "why", "is", "are"},
}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _arabic(word: str) -> str:
    word = ARABIC_DIACRITICS.sub("", word).translate(ARABIC_LETTERS)
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM - 1:
            word = word[len(prefix) :]
            break
    else:
        if word[:1] in ARABIC_CLITICS and len(word) - 1 >= MIN_STEM:
            # و glued to a word: والشباب is handled above, وشباب here.
            rest = word[1:]
            word = rest[2:] if rest.startswith("ال") and len(rest) - 2 >= MIN_STEM - 1 else rest
    for suffix in ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def _french(word: str) -> str:
    word = FRENCH_ELISION.sub("", strip_accents(word))
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    if word.endswith(("s", "x")) and len(word) > MIN_STEM + 1:
        word = word[:-1]
    if word.endswith("e") and len(word) > MIN_STEM + 1:
        word = word[:-1]
    return word


def _english(word: str) -> str:
    for suffix in ENGLISH_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if word.endswith("e") and len(word) > MIN_STEM:
        word = word[:-1]
    return word


ANALYSERS = {"ar": _arabic, "fr": _french, "en": _english}


def is_arabic(word: str) -> bool:
    return any("\u0600" <= character <= "\u06ff" for character in word)


def stem(word: str, language: str) -> str:
    """The stem of one word. Arabic script is always analysed as Arabic, whatever the page's language."""
    word = word.lower().replace("’", "'")
    if is_arabic(word):
        return _arabic(word)
    return ANALYSERS.get(language, _english)(word)


def words(text: str) -> list[str]:
    return WORD.findall(text.replace("'", " ").replace("’", " "))


def terms(text: str, language: str) -> list[str]:
    return [stem(word, language) for word in words(text) if word.strip("_")]


def index_text(text: str, language: str) -> str:
    """Stems separated and surrounded by spaces, so that ' stem' finds a word that starts with it."""
    return " " + " ".join(terms(text, language)) + " "


def query_terms(query: str, language: str) -> list[str]:
    """The stems to look for, without stop words; at most eight, so a pasted paragraph stays cheap."""
    stop = STOP_WORDS.get(language, set()) | STOP_WORDS["ar"]
    seen: list[str] = []
    for word in words(query):
        term = stem(word, language)
        if word.lower() not in stop and term and term not in seen:
            seen.append(term)
    return seen[:8]
