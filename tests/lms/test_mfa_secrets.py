"""Two-factor secrets are stored encrypted (lms.accounts.mfa_secrets): what allauth stores holds neither the
authenticator key nor the recovery seed, codes still work, old plain rows are sealed by the migration's
function, and a key rotation with the old key in SECRET_KEY_FALLBACKS locks nobody out."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from cryptography.fernet import InvalidToken
from django.core.management import call_command

from lms.accounts import mfa_secrets
from tests.factories import make_user, totp_code

pytestmark = pytest.mark.django_db

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def test_the_stored_key_and_seed_are_sealed_and_codes_still_work():
    user = make_user("sealed@example.org")
    TOTP.activate(user, SECRET)
    RecoveryCodes.activate(user)
    totp = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    codes = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    assert totp.data["secret"].startswith(mfa_secrets.PREFIX) and SECRET not in str(totp.data)
    assert codes.data["seed"].startswith(mfa_secrets.PREFIX)
    assert totp.wrap().validate_code(totp_code(SECRET))
    assert len(codes.wrap().get_unused_codes()) == 10


def test_a_plain_secret_stored_before_still_works_and_is_sealed_by_the_migration_function():
    user = make_user("plain@example.org")
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": SECRET})
    totp = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    assert totp.wrap().validate_code(totp_code(SECRET))  # read as it is until sealed

    assert mfa_secrets.seal_stored_secrets(Authenticator) == 1
    totp.refresh_from_db()
    assert totp.data["secret"].startswith(mfa_secrets.PREFIX)
    assert mfa_secrets.unseal(totp.data["secret"]) == SECRET
    assert mfa_secrets.seal_stored_secrets(Authenticator) == 0  # safe to run again


def test_after_a_key_rotation_the_old_key_in_the_fallbacks_opens_and_the_command_seals_anew(settings, capsys):
    user = make_user("rotated@example.org")
    TOTP.activate(user, SECRET)
    sealed_before = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]

    old_key = settings.SECRET_KEY
    settings.SECRET_KEY = "a-new-key-after-rotation-0123456789abcdef0123456789"
    with pytest.raises(InvalidToken):
        mfa_secrets.unseal(sealed_before)  # without the old key, nothing opens
    settings.SECRET_KEY_FALLBACKS = [old_key]
    assert mfa_secrets.unseal(sealed_before) == SECRET

    call_command("seal_mfa_secrets")
    assert "1 authenticator(s) sealed anew." in capsys.readouterr().out
    settings.SECRET_KEY_FALLBACKS = []
    sealed_after = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]
    assert sealed_after != sealed_before
    assert mfa_secrets.unseal(sealed_after) == SECRET
