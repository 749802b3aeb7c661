"""Whose name goes on which half of a certificate: the one rule, for the PDF, the pages and the preview.

A certificate has an Arabic half and a half in English or French, and each half names the learner.
A learner gives a name in Arabic letters, in Latin letters, or both (their profile); when they gave
neither, the full name from sign-up stands in, counted as Arabic when it has an Arabic letter (as the
profile form decides). When only one script is known, that name is printed on both halves, so that no
half ever reads "This certificate is awarded to" followed by nothing. The pages and the PDF isolate the
name where it is inserted (``<bdi>``), so that a Latin name inside Arabic text keeps its order.
"""

from __future__ import annotations

from dataclasses import dataclass

from lms.accounts.names import clean_name, has_arabic_letter

__all__ = [
    "PrintedNames",
    "ScriptNames",
    "for_certificate",
    "halves",
    "has_arabic_letter",
    "printed_names",
    "script_names",
    "second_language",
]


@dataclass(frozen=True)
class ScriptNames:
    """The learner's name in each script, as far as it is known ("" where it is not)."""

    latin: str
    arabic: str
    from_full_name: bool = False  # no name given for certificates: the full name from sign-up stands in


@dataclass(frozen=True)
class PrintedNames:
    """The name printed on each half: the Arabic half and the English or French (Latin-script) half."""

    arabic_half: str
    latin_half: str

    @property
    def is_empty(self) -> bool:
        return not (self.arabic_half or self.latin_half)

    @property
    def is_same_on_both(self) -> bool:
        return self.arabic_half == self.latin_half


def second_language(user) -> str:
    """The language of the certificate's other half: the learner's, when it is English or French."""
    return user.preferred_language if user.preferred_language in ("en", "fr") else "en"


def script_names(user) -> ScriptNames:
    """The names given for certificates; the full name from sign-up where neither was given."""
    latin = clean_name(user.certificate_name_latin)
    arabic = clean_name(user.certificate_name_arabic)
    if latin or arabic:
        return ScriptNames(latin=latin, arabic=arabic)
    full_name = clean_name(user.full_name)
    if has_arabic_letter(full_name):
        return ScriptNames(latin="", arabic=full_name, from_full_name=True)
    return ScriptNames(latin=full_name, arabic="", from_full_name=bool(full_name))


def halves(known: ScriptNames) -> PrintedNames:
    """Each half prints the name in its own script, or the other one when that is all there is."""
    return PrintedNames(arabic_half=known.arabic or known.latin, latin_half=known.latin or known.arabic)


def printed_names(user) -> PrintedNames:
    """What a certificate issued to this learner now would print on each half."""
    return halves(script_names(user))


def for_certificate(certificate) -> PrintedNames:
    """What this certificate prints: its own names, as recorded when it was issued."""
    return halves(ScriptNames(latin=certificate.recipient_name_latin, arabic=certificate.recipient_name_arabic))
