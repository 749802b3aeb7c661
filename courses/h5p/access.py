"""Encrypted, expiring grants for the sandboxed player, which has no cookies.

The player frame runs with an opaque origin, so neither it nor the content files it fetches
carry the learner's session. Access rides on the URL instead: a grant, minted on the lesson
page after the access check (enrolled learner or editor), names the learner, the package's
content folder, the lesson and the block. Grants expire; their expiry is rounded to a window,
so that a learner's URLs stay the same for a while and the browser can cache the libraries.

A grant is encrypted, not only signed: a signature hides nothing, and the content folder is the
name of the package's files in storage. AES-SIV (RFC 5297) authenticates and encrypts, and is
deterministic, so the same grant still gives the same URL. Its key is derived from
``SECRET_KEY`` (and each of ``SECRET_KEY_FALLBACKS`` for reading), so rotating the secret
rotates it too. The content view needs no database query to find a package's files.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from django.conf import settings
from django.utils.crypto import salted_hmac

SALT = "courses.h5p.grant"
# Bound into every token as associated data: a token sealed for another purpose never opens here.
_AAD = SALT.encode()


class InvalidGrant(Exception):
    pass


@dataclass(frozen=True)
class Grant:
    user_id: int
    folder: str
    lesson_key: str
    block_id: str
    language: str
    expires: int

    def seal(self) -> str:
        """The grant as a URL-safe token that only this server can read or make."""
        payload = {
            "u": self.user_id,
            "f": self.folder,
            "l": self.lesson_key,
            "b": self.block_id,
            "g": self.language,
            "e": self.expires,
        }
        sealed = _cipher(settings.SECRET_KEY).encrypt(json.dumps(payload, separators=(",", ":")).encode(), [_AAD])
        return _encode(sealed)


def _cipher(secret: str) -> AESSIV:
    # 64 bytes: AES-SIV with two 256-bit keys.
    return AESSIV(salted_hmac(SALT, "grant encryption key", secret=secret, algorithm="sha512").digest())


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _decode(token: str) -> bytes:
    data = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    if _encode(data) != token:
        # Base64 ignores stray bits in its last character: one token, one spelling.
        raise ValueError("Not the canonical spelling of this token.")
    return data


def _open(token: str) -> dict:
    sealed = _decode(token)
    for secret in (settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS):
        try:
            return json.loads(_cipher(secret).decrypt(sealed, [_AAD]))
        except InvalidTag:
            continue
    raise ValueError("No key opens this token.")


def window_seconds() -> int:
    return int(settings.H5P_GRANT_HOURS * 3600)


def grant_for(*, user_id: int, folder, lesson_key, block_id: str, language: str, now: float | None = None) -> Grant:
    """A grant that lasts between one and two windows, and is the same throughout the current window."""
    window = window_seconds()
    now = time.time() if now is None else now
    expires = (int(now) // window + 2) * window
    return Grant(
        user_id=user_id,
        folder=str(folder),
        lesson_key=str(lesson_key),
        block_id=block_id,
        language=language,
        expires=expires,
    )


def read_grant(token: str, *, now: float | None = None) -> Grant:
    try:
        payload = _open(token)
        grant = Grant(
            user_id=int(payload["u"]),
            folder=str(payload["f"]),
            lesson_key=str(payload["l"]),
            block_id=str(payload["b"]),
            language=str(payload["g"]),
            expires=int(payload["e"]),
        )
    except (binascii.Error, KeyError, TypeError, ValueError) as error:
        raise InvalidGrant("This link is not valid.") from error
    if grant.expires < (time.time() if now is None else now):
        raise InvalidGrant("This link has expired.")
    return grant
