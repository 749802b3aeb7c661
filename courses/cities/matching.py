"""Matching the free text people typed for their city ("الرباط", "Rabat", "Al-Zarqa") to a City, only
where the match is certain: one city, by any of its three names, once spelling variants are set aside.

Used to link profiles' free-text municipalities to cities (``services.link_profiles_by_municipality``)
and, next, cohorts' free-text cities; what does not match for certain goes to a programme manager.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from courses.cities.models import NAME_LANGUAGES, City

# Arabic letters written several ways, diacritics (harakat, dagger alef) and the tatweel.
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
# Words around a name that do not tell cities apart, in the three languages.
_GENERIC = {
    "municipality", "city", "governorate", "of", "the", "commune", "ville", "municipalite", "gouvernorat", "de",
    "du", "la", "d", "l", "al", "el", "بلديه", "مدينه", "محافظه",
}  # fmt: skip
# The Arabic article is written joined to the name; in Latin script "Al-" is a word of its own (above).
_ARTICLE = re.compile(r"^ال(?=\w{2,})")


def normalise(text: str) -> str:
    """Lower case, no accents or Arabic diacritics, one spelling of each Arabic letter, no article, no
    generic words: "Municipalité d'Al-Zarqa" and "الزرقاء" lose what differs."""
    text = _HARAKAT.sub("", text.translate(_ARABIC))
    text = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    words = re.split(r"[\W_]+", text.replace("'", " "))
    kept = []
    for word in words:
        if not word or word in _GENERIC:
            continue
        word = _ARTICLE.sub("", word)
        if word and word not in _GENERIC:
            kept.append(word)
    return " ".join(kept).replace("ء", "")


def match_city(text: str, country: str = "", cities: Iterable[City] | None = None) -> City | None:
    """The one city whose name (in any language) matches ``text`` in ``country`` (if given), else None."""
    wanted = normalise(text)
    if not wanted:
        return None
    if cities is None:
        cities = City.objects.in_country(country)
    found = {
        city.pk: city
        for city in cities
        if (not country or city.country == country)
        and any(normalise(getattr(city, f"name_{language}")) == wanted for language in NAME_LANGUAGES)
    }
    return next(iter(found.values())) if len(found) == 1 else None
