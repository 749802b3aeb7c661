"""The issuer as it stands at the time of issue: a snapshot stored with each certificate.

The snapshot keeps the certificate's sentence too (the words before the name and the statement after
it), so that a certificate rendered again later reads as it did when it was issued.
"""

from wagtail.models import Site

from courses.certificates.models import CertificateDesign


def current_design() -> CertificateDesign:
    site = Site.objects.filter(is_default_site=True).first()
    return CertificateDesign.for_site(site) if site else CertificateDesign()


def issuer_snapshot(design: CertificateDesign) -> dict:
    signatories = []
    for number in (1, 2):
        name = getattr(design, f"signatory_{number}_name")
        if name:
            signatories.append(
                {
                    "name": name,
                    "title": {code: getattr(design, f"signatory_{number}_title_{code}") for code in ("ar", "en", "fr")},
                    "signature_image_id": getattr(design, f"signatory_{number}_signature_id"),
                }
            )
    return {
        "organisation": {code: getattr(design, f"organisation_{code}") for code in ("ar", "en", "fr")},
        "lead": {code: getattr(design, f"lead_{code}") for code in ("ar", "en", "fr")},
        "statement": {code: getattr(design, f"statement_{code}") for code in ("ar", "en", "fr")},
        "logo_image_id": design.logo_id,
        "signatories": signatories,
    }
