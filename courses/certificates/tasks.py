"""Background work for certificates: rendering PDFs outside the request in production."""

from django.tasks import task

from courses.certificates import pdf
from courses.certificates.models import Certificate


@task
def render_certificate_pdf(certificate_id: int) -> None:
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        pdf.render_and_store(certificate)
