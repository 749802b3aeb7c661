"""Certificates in the admin: a filterable list, the audit log, and revocation with a reason."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from courses.certificates import services
from courses.certificates.models import Certificate


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "recipient_name_latin",
        "recipient_name_arabic",
        Column("course", label=gettext_lazy("Course"), accessor=lambda certificate: certificate.course_title("en")),
        "issued_on",
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        "code",
    ]
    list_filter = ["issued_on", "second_language"]
    search_fields = ["recipient_name_latin", "recipient_name_arabic", "code"]
    form_fields = ["recipient_name_latin", "recipient_name_arabic", "expires_on"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "code",
        "recipient_name_latin",
        "recipient_name_arabic",
        "course_titles",
        "issued_on",
        "expires_on",
        "revoked_at",
        "revoked_reason",
        "superseded_by",
    ]

    def get_queryset(self, request):
        return Certificate.objects.select_related("superseded_by")


certificate_viewset = CertificateViewSet("certificates")


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return certificate_viewset


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown on the public verification page."),
    )


def revoke_view(request, pk: int):
    if not request.user.has_perm("certificates.change_certificate"):
        raise PermissionDenied
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.revoke(certificate=certificate, actor=request.user, reason=form.cleaned_data["reason"])
        except services.CertificateError as error:
            form.add_error("reason", str(error))
        else:
            messages.success(request, _("The certificate is revoked."))
            return redirect(reverse("certificates:index"))
    return TemplateResponse(
        request,
        "certificates/admin/revoke.html",
        {"certificate": certificate, "form": form, "events": certificate.events.select_related("actor")},
    )


@hooks.register("register_admin_urls")
def register_revoke_url():
    return [path("certificates/<int:pk>/revoke/", revoke_view, name="certificate_revoke")]


@hooks.register("register_admin_menu_item")
def register_verify_menu_item():
    return MenuItem(gettext_lazy("Verify a certificate"), "/verify/", icon_name="search", order=261)


@hooks.register("export_personal_data")
def export_certificates(user):
    return "certificates", [
        {
            "code": certificate.code,
            "course": certificate.course_titles,
            "issued_on": certificate.issued_on.isoformat(),
            "status": certificate.status,
            "names": [certificate.recipient_name_latin, certificate.recipient_name_arabic],
        }
        for certificate in Certificate.objects.filter(user=user)
    ]
