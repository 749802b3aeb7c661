"""Signed, expiring grants for the sandboxed player, which has no cookies.

The player frame runs with an opaque origin, so neither it nor the content files it fetches
carry the learner's session. Access rides on the URL instead: a grant, minted on the lesson
page after the access check (enrolled learner or editor), names the learner, the package's
content folder, the lesson and the block. Grants expire; their expiry is rounded to a window,
so that a learner's URLs stay the same for a while and the browser can cache the libraries.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

SALT = "courses.h5p.grant"


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

    def sign(self) -> str:
        payload = {
            "u": self.user_id,
            "f": self.folder,
            "l": self.lesson_key,
            "b": self.block_id,
            "g": self.language,
            "e": self.expires,
        }
        # A plain (untimed) signature: the same grant gives the same URL, so the browser can cache it.
        return signing.Signer(salt=SALT).sign_object(payload, compress=True)


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
        payload = signing.Signer(salt=SALT).unsign_object(token)
        grant = Grant(
            user_id=int(payload["u"]),
            folder=str(payload["f"]),
            lesson_key=str(payload["l"]),
            block_id=str(payload["b"]),
            language=str(payload["g"]),
            expires=int(payload["e"]),
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidGrant("This link is not valid.") from error
    if grant.expires < (time.time() if now is None else now):
        raise InvalidGrant("This link has expired.")
    return grant
