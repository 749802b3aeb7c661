"""Verification codes: 26 characters from a 31-letter alphabet (about 129 bits from `secrets`).

The alphabet leaves out 0/O, 1/I/L, so a code read aloud or typed from paper survives; codes
are shown in groups of four and accepted with or without dashes, in any case.
"""

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 26


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed: str) -> str:
    return "".join(character for character in typed.upper() if character.isalnum())
