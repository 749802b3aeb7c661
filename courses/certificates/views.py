"""Certificate pages: public verification, the learner's own certificates, and the signed credential."""

from allauth.core.internal import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from courses.certificates import badges, names, pdf, selectors, services
from courses.certificates.codes import normalise
from courses.certificates.forms import CertificateNameForm
from courses.certificates.models import Certificate
from courses.models import CoursePage
from lms import private_files


def _rate_limited(request: HttpRequest) -> HttpResponse | None:
    # allauth's limiter (same cache, same trusted-proxy handling as the login limits). Its public
    # wrapper skips GET requests, so the internal one is called with limit_get; a test pins it.
    if not ratelimit.consume(request, app="allauth.account", action="verify_certificate", limit_get=True):
        response = TemplateResponse(request, "certificates/rate_limited.html", status=429)
        response["Retry-After"] = "60"
        return response
    return None


def _certificate_or_404(code: str) -> Certificate:
    return get_object_or_404(Certificate.objects.select_related("superseded_by"), code=normalise(code))


@require_GET
def verify_form(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("code", "")
    if code:
        return redirect("certificate_verify", code=normalise(code))
    return TemplateResponse(request, "certificates/verify_form.html")


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    if limited := _rate_limited(request):
        return limited
    certificate = _certificate_or_404(code)
    return TemplateResponse(request, "certificates/verify.html", {"certificate": certificate})


@require_GET
def credential(request: HttpRequest, code: str) -> HttpResponse:
    if limited := _rate_limited(request):
        return limited
    certificate = _certificate_or_404(code)
    token = badges.signed_credential(certificate)
    return JsonResponse(
        {"credential": badges.credential_for(certificate).to_vc(), "jwt": token, "status": certificate.status}
    )


@require_GET
def issuer(request: HttpRequest) -> JsonResponse:
    return JsonResponse(badges.issuer_profile())


@require_GET
def issuer_keys(request: HttpRequest) -> JsonResponse:
    return JsonResponse(badges.jwks())


@login_required
@require_GET
def my_certificates(request: HttpRequest) -> TemplateResponse:
    return TemplateResponse(
        request,
        "certificates/my_certificates.html",
        {
            "certificates": selectors.my_certificates(request.user),
            "claimable": selectors.claimable_courses(request.user, Locale.get_active()),
            "preview": selectors.name_preview(request.user),
        },
    )


@login_required
@require_GET
def download(request: HttpRequest, code: str) -> HttpResponse:
    """The PDF, from the private storage, for its owner only: anyone else's certificate is a plain 404.

    A revoked or replaced certificate is a 404 too: its PDF was deleted, and it is never rendered again.
    """
    certificate = get_object_or_404(
        Certificate, code=normalise(code), user=request.user, revoked_at__isnull=True, superseded_by__isnull=True
    )
    if not certificate.pdf:
        pdf.render_and_store(certificate)
    filename = f"certificate-{certificate.code}.pdf"
    name, storage = certificate.pdf.name, certificate.pdf.storage
    # Behind nginx it sends the file; from S3 the browser fetches it with a short-lived signed URL.
    presigned = private_files.presigned_redirect(
        name, filename=filename, content_type="application/pdf", storage=storage
    )
    if presigned is not None:
        return presigned
    response = private_files.accel_response(name, content_type="application/pdf", storage=storage)
    if response is not None:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        response = FileResponse(certificate.pdf.open("rb"), as_attachment=True, filename=filename)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _request_page(request: HttpRequest, course: CoursePage, form: CertificateNameForm | None, status: int = 200):
    return TemplateResponse(
        request,
        "certificates/request.html",
        {"page": selectors.certificate_request(request.user, course), "form": form},
        status=status,
    )


@login_required
@require_GET
def certificate_request(request: HttpRequest, course_id: int) -> HttpResponse:
    """Ask for a completed course's certificate: the names it will print, and the name form if there is none."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if services.current_certificate(user=request.user, course_key=course.translation_key) is not None:
        return redirect("my_certificates")
    form = CertificateNameForm() if names.printed_names(request.user).is_empty else None
    return _request_page(request, course, form)


@login_required
@require_POST
def claim(request: HttpRequest, course_id: int) -> HttpResponse:
    """Issue the certificate (once: asking again gives the same one), with the name typed here if there was none."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    given = None
    if names.printed_names(request.user).is_empty:
        form = CertificateNameForm(request.POST)
        if not form.is_valid():
            return _request_page(request, course, form, status=400)
        given = form.given_names()
    try:
        services.claim(user=request.user, course=course, given=given)
    except services.CertificateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your certificate is ready."))
    return redirect("my_certificates")


@login_required
@require_POST
def request_reissue(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(Certificate, code=normalise(code), user=request.user)
    try:
        services.reissue(certificate=certificate, actor=request.user, reason=_("Name changed by the learner"))
    except services.CertificateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("A new certificate with your current name has been issued."))
    return redirect("my_certificates")
