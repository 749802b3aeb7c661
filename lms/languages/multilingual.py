"""Text held in Arabic, English and French on one row (``name_ar``, ``name_en``, ``name_fr``), shown in the
reader's language, else English: a city's name, a session's title and agenda.

One row per thing (not one per language) keeps every foreign key pointing to the same city or session
whatever the viewer's language. ``text_in`` picks the value on an instance; ``local_text`` is the same
choice as a database expression, for annotating a list.
"""

from __future__ import annotations

from django.db import models
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation

LANGUAGES = ("ar", "en", "fr")
FALLBACK = "en"


def _language(language: str | None) -> str:
    language = (language or translation.get_language() or FALLBACK)[:2]
    return language if language in LANGUAGES else FALLBACK


def text_in(instance: object, prefix: str, language: str | None = None) -> str:
    """``<prefix>_<language>`` (the active language by default), else the English one."""
    language = _language(language)
    return getattr(instance, f"{prefix}_{language}") or getattr(instance, f"{prefix}_{FALLBACK}")


def local_text(prefix: str, language: str | None = None) -> Coalesce:
    """The database's version of ``text_in``: an empty value falls back to English."""
    field = f"{prefix}_{_language(language)}"
    return Coalesce(NullIf(field, models.Value("")), f"{prefix}_{FALLBACK}")
