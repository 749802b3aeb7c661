"""Where a certificate can be checked: the public verification URL printed on it and in its QR code."""

from django.conf import settings
from django.urls import reverse

from courses.certificates.models import Certificate


def verification_url(certificate: Certificate) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("certificate_verify", args=[certificate.code])
