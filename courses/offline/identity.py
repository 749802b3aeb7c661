"""Who a phone's offline data belongs to, without naming them.

Downloads and queued answers are kept in the browser under an opaque key per account (an HMAC of the
account's id), so that a second person who logs in on the same phone never sees or sends the first
person's pages and answers, and the key itself reveals nothing.
"""

from __future__ import annotations

from django.utils.crypto import salted_hmac

_SALT = "courses.offline.identity"


def offline_key(user) -> str:
    """The opaque key of a signed-in account; empty for visitors."""
    if not getattr(user, "is_authenticated", False):
        return ""
    return salted_hmac(_SALT, str(user.pk), algorithm="sha256").hexdigest()[:32]
