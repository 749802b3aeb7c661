"""Two-factor secrets (authenticator keys, recovery-code seeds) encrypted at rest.

allauth keeps them in ``Authenticator.data`` and passes each through the MFA adapter's ``encrypt`` and
``decrypt``; ours seal them with Fernet (AES with a random IV, and an HMAC) under a key derived from
``SECRET_KEY``, so a copy of the database alone (a backup, a dump for support) does not let anyone make
codes. A key in ``SECRET_KEY_FALLBACKS`` still opens what it sealed, so rotating ``SECRET_KEY`` locks
nobody out; ``seal_stored_secrets`` (run by a migration, and by ``manage.py seal_mfa_secrets`` after a
rotation) seals what was stored before, or under a former key, under the current key.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

PREFIX = "fernet:"
# Which values of each authenticator type's data are secrets.
SECRET_FIELDS = {"totp": ("secret",), "recovery_codes": ("seed",)}


def _fernet(secret_key: str) -> Fernet:
    digest = hashlib.sha256(b"young-cities-academy/mfa-secrets:" + secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _keys() -> MultiFernet:
    return MultiFernet([_fernet(key) for key in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]])


def seal(text: str) -> str:
    return PREFIX + _keys().encrypt(text.encode()).decode()


def unseal(stored: str) -> str:
    """The secret; a value stored before secrets were sealed is returned as it is (``seal_stored_secrets``
    seals those). A sealed value that no key opens raises ``cryptography.fernet.InvalidToken``."""
    if not stored.startswith(PREFIX):
        return stored
    return _keys().decrypt(stored.removeprefix(PREFIX).encode()).decode()


def _sealed_under_current_key(stored: str) -> bool:
    try:
        _fernet(settings.SECRET_KEY).decrypt(stored.removeprefix(PREFIX).encode())
    except InvalidToken:
        return False
    return True


def rewrite_stored_secrets(authenticator_model, rewrite) -> int:
    """Pass every stored secret through ``rewrite`` and store what changed; returns how many authenticators
    changed (the migration seals with it, and its reverse opens)."""
    changed = 0
    for authenticator in authenticator_model.objects.filter(type__in=list(SECRET_FIELDS)).iterator():
        data = dict(authenticator.data)
        for name in SECRET_FIELDS[authenticator.type]:
            if data.get(name):
                data[name] = rewrite(data[name])
        if data != authenticator.data:
            authenticator_model.objects.filter(pk=authenticator.pk).update(data=data)
            changed += 1
    return changed


def _sealed_anew(stored: str) -> str:
    if stored.startswith(PREFIX) and _sealed_under_current_key(stored):
        return stored
    return seal(unseal(stored))


def seal_stored_secrets(authenticator_model) -> int:
    """Seal every stored secret under the current key (plain ones, and ones sealed under a fallback key);
    returns how many authenticators changed. Safe to run again."""
    return rewrite_stored_secrets(authenticator_model, _sealed_anew)
