"""Background work for certificates: rendering PDFs outside the request in production."""

from django.tasks import task

from courses.certificates import pdf
from courses.certificates.models import Certificate
from lms import site_url


@task
def render_certificate_pdf(certificate_id: int, base_url: str = "") -> None:
    """`base_url` is the site that asked for the certificate (captured at enqueue time), for its links."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        with site_url.serving(base_url):
            pdf.render_and_store(certificate)
