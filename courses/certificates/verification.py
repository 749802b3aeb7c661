"""Where a certificate can be checked: the public verification URL printed on it and in its QR code."""

from django.urls import reverse

from courses.certificates.models import Certificate
from lms import site_url


def verification_url(certificate: Certificate) -> str:
    # The site that served the request, or the one captured when the rendering task was enqueued.
    return site_url.base_url() + reverse("certificate_verify", args=[certificate.code])
