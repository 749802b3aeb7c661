"""People's names as the platform stores and prints them: one clean line of visible characters.

Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) and zero-width
characters (U+200B–U+200D, U+2060, U+FEFF) are invisible, yet they reorder or join what follows.
In a name they let one learner's name look like another's in a trainer's matrix or on a printed
certificate, so every name is cleaned before it is stored. Where our pages insert a name into a
sentence, the template isolates it (``<bdi>``); the name itself carries no controls.
"""

import unicodedata

__all__ = ["clean_name", "has_arabic_letter"]


def clean_name(value: str) -> str:
    """Drop every format character (Unicode category Cf) and fold runs of white space into one space."""
    visible = "".join(character for character in value if unicodedata.category(character) != "Cf")
    return " ".join(visible.split())


def has_arabic_letter(value: str) -> bool:
    """Written in Arabic: any character of the Arabic block (the profile's script checks, the certificate's halves)."""
    return any("\u0600" <= character <= "\u06ff" for character in value)
