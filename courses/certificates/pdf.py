"""The certificate as a PDF: A4 landscape, Arabic and a second language side by side.

WeasyPrint lays the page out with Pango and HarfBuzz, which shape Arabic and order mixed
right-to-left and left-to-right text correctly, with fonts from Debian's fonts-hosny-amiri
and fonts-noto-core. The QR code points to the public verification page. Each half names the
learner (``names.for_certificate``: one name given is printed on both halves), isolated with
``<bdi>`` so that a Latin name keeps its order inside the Arabic sentence and the reverse.
"""

import base64

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.images import get_image_model

from courses.certificates import names
from courses.certificates.models import Certificate
from courses.certificates.verification import verification_url
from lms.languages.calendar import format_date, reading_as
from lms.qr import qr_data_uri


def _image_uri(image_id: int | None) -> str:
    if not image_id:
        return ""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return ""
    with image.open_file() as handle:
        data = handle.read()
    return f"data:image/{(image.file_extension or 'png').lower()};base64," + base64.b64encode(data).decode()


def lead(issuer: dict, language: str) -> str:
    """The words before the name, as issued. Certificates issued before the wording was part of the design
    say "This certifies that", from the catalogue, as they did then."""
    return issuer.get("lead", {}).get(language) or translation.gettext("This certifies that")


def _side(certificate: Certificate, language: str) -> dict:
    issuer = certificate.issuer
    printed = names.for_certificate(certificate)
    name = printed.arabic_half if language == "ar" else printed.latin_half
    with translation.override(language):
        issued = format_date(certificate.issued_on)
        expires = format_date(certificate.expires_on) if certificate.expires_on else ""
        return {
            "language": language,
            "direction": "rtl" if language == "ar" else "ltr",
            "heading": translation.gettext("Certificate of completion"),
            "certifies": lead(issuer, language),
            "name": name,
            # The name's script picks its typeface: an Arabic name on the English or French half is set in
            # Amiri like the Arabic half, a Latin name on the Arabic half in Noto Sans like the other half.
            "name_script": "arabic" if names.has_arabic_letter(name) else "latin",
            "statement": issuer["statement"].get(language, ""),
            "course": certificate.course_title(language),
            "issued_label": translation.gettext("Issued on"),
            "issued": issued,
            "expires_label": translation.gettext("Valid until") if expires else "",
            "expires": expires,
            "organisation": issuer["organisation"].get(language, ""),
            "signatories": [
                {"name": signatory["name"], "title": signatory["title"].get(language, "")}
                for signatory in issuer["signatories"]
            ],
        }


def render_pdf_bytes(certificate: Certificate) -> bytes:
    from weasyprint import HTML  # imported here: it takes a second and only the renderer needs it

    url = verification_url(certificate)
    # Dates as the holder reads them: their country's Arabic month names.
    with reading_as(country=str(getattr(certificate.user, "country", "") or "")):
        arabic, other = _side(certificate, "ar"), _side(certificate, certificate.second_language)
    context = {
        "certificate": certificate,
        "arabic": arabic,
        "other": other,
        "qr": qr_data_uri(url, scale=4, border=1),
        "verification_url": url,
        "logo": _image_uri(certificate.issuer.get("logo_image_id")),
        "signatures": [
            _image_uri(signatory.get("signature_image_id")) for signatory in certificate.issuer["signatories"]
        ],
    }
    html = render_to_string("certificates/pdf.html", context)
    return HTML(string=html).write_pdf()


def render_and_store(certificate: Certificate) -> Certificate:
    """Render once and keep the file in the private storage (through Django's storage, so S3 works too).

    A certificate revoked, replaced or orphaned by then gets no file: the task may run after any of those.
    """
    if not certificate.is_downloadable:
        return certificate
    content = render_pdf_bytes(certificate)
    if certificate.pdf:
        certificate.pdf.delete(save=False)
    certificate.pdf.save(f"certificate-{certificate.code}.pdf", ContentFile(content), save=False)
    kept = Certificate.objects.filter(
        pk=certificate.pk, revoked_at__isnull=True, superseded_by__isnull=True, user__isnull=False
    ).update(pdf=certificate.pdf.name)
    if not kept:
        # Revoked, replaced or orphaned while rendering: the file must not outlive that.
        certificate.pdf.delete(save=False)
    return certificate
