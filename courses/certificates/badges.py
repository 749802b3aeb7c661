"""Open Badges 3.0: each certificate as an OpenBadgeCredential, signed as a VC-JWT with Ed25519.

Signing and verifying are openbadgeslib's; we map our certificate onto its model. The key
comes from settings (OPENBADGES_PRIVATE_KEY or OPENBADGES_PRIVATE_KEY_FILE), made once by
`manage.py generate_badge_key` and never committed. The subject is identified by the name on
the certificate, not by an e-mail address, so the public credential holds no contact data.
"""

import base64
import datetime
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from openbadgeslib import Achievement, Issuer, OB3Signer, OB3Verifier, OpenBadgeCredential
from openbadgeslib.ob3.credential import IdentityObject

from courses.certificates.models import Certificate
from courses.certificates.verification import verification_url

ALGORITHM = "EdDSA"


def _base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def private_key_pem() -> bytes:
    if getattr(settings, "OPENBADGES_PRIVATE_KEY", ""):
        return settings.OPENBADGES_PRIVATE_KEY.encode()
    path = Path(getattr(settings, "OPENBADGES_PRIVATE_KEY_FILE", ""))
    if path.is_file():
        return path.read_bytes()
    raise ImproperlyConfigured("No Open Badges signing key: run `manage.py generate_badge_key`.")


@cache
def _public_key_for(pem: bytes) -> Ed25519PrivateKey:
    return serialization.load_pem_private_key(pem, password=None).public_key()


def public_key_pem() -> bytes:
    return _public_key_for(private_key_pem()).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def jwks() -> dict:
    raw = _public_key_for(private_key_pem()).public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    x = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
    return {"keys": [{"kty": "OKP", "crv": "Ed25519", "x": x, "alg": ALGORITHM, "use": "sig", "kid": "academy-1"}]}


def issuer_profile() -> dict:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": _base_url() + reverse("badge_issuer"),
        "type": ["Profile"],
        "name": "Young Cities Academy — Strong Cities Network",
        "url": _base_url() + "/",
        "publicKey": _base_url() + reverse("badge_jwks"),
    }


def _issuer() -> Issuer:
    profile = issuer_profile()
    return Issuer(id=profile["id"], name=profile["name"], url=profile["url"])


def credential_for(certificate: Certificate) -> OpenBadgeCredential:
    language = certificate.second_language
    title = certificate.course_title(language)
    achievement = Achievement(
        id=f"{_base_url()}/achievements/{certificate.course_key}",
        name=title,
        description=f"{certificate.course_title('ar')} — {title}",
        criteria_narrative="Completed every required lesson and passed every required quiz, scored on the server.",
        achievement_type="Certificate",
    )
    name = " / ".join(part for part in (certificate.recipient_name_latin, certificate.recipient_name_arabic) if part)
    issued = datetime.datetime.combine(certificate.issued_on, datetime.time(), tzinfo=datetime.UTC)
    expires = (
        datetime.datetime.combine(certificate.expires_on, datetime.time(), tzinfo=datetime.UTC)
        if certificate.expires_on
        else None
    )
    return OpenBadgeCredential(
        id=verification_url(certificate),
        issuer=_issuer(),
        recipient_id=None,
        identifiers=[IdentityObject(identity_hash=name, identity_type="name", hashed=False)],
        achievement=achievement,
        issuance_date=issued,
        expiration_date=expires,
        evidence_url=verification_url(certificate),
    )


def signed_credential(certificate: Certificate) -> str:
    return OB3Signer(private_key_pem(), algorithm=ALGORITHM).sign(credential_for(certificate))


def verify(token: str, public_pem: bytes | None = None) -> OpenBadgeCredential:
    """Check a VC-JWT against our public key; raises openbadgeslib's OB3VerificationError if it fails."""
    return OB3Verifier(public_pem or public_key_pem()).verify(token)


def generate_private_key_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
