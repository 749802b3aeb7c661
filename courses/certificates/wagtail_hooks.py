"""Certificates in the admin: a filterable list, the audit log, and revocation or re-issue with a reason.

An issued certificate is a public record (its `/verify/` page and signed badge quote its names), so the
admin can neither edit nor delete one: the only changes are revoking it and re-issuing it, both logged.
Progress's hooks are registered here too: the certificate is issued when progress records a completion
(``course_completion_handlers``) and offered in the completion box (``course_completion_actions``).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from courses.certificates import completion, selectors, services
from courses.certificates.models import Certificate
from courses.progress.completion import COURSE_COMPLETION_HANDLERS
from courses.progress.panels import COURSE_COMPLETION_ACTIONS
from lms.accounts.form_extensions import ACCOUNT_FORM_EXTENSIONS, PROFILE, AccountFormExtension


class IssuedCertificatePermissionPolicy(ModelPermissionPolicy):
    """Nobody adds, edits or deletes a certificate through the admin, superusers included.

    Issuing is the completion rule's job; revoking and re-issuing have their own logged views, which check
    the `change_certificate` permission themselves.
    """

    immutable_actions = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user, action):
        if action in self.immutable_actions:
            return False
        if action == "view":
            return user.has_perm("certificates.view_certificate") or user.has_perm("certificates.change_certificate")
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def users_with_permission(self, action):
        if action in self.immutable_actions:
            return get_user_model().objects.none()
        return super().users_with_permission(action)


register_permission_policy(Certificate, IssuedCertificatePermissionPolicy(Certificate))


def _action_buttons(user, certificate: Certificate) -> list[ListingButton]:
    if not user.has_perm("certificates.change_certificate") or certificate.status not in ("valid", "expired"):
        return []
    return [
        ListingButton(
            _("Revoke"), reverse("certificate_revoke", args=[certificate.pk]), icon_name="cross", priority=20
        ),
        ListingButton(
            _("Re-issue"), reverse("certificate_reissue", args=[certificate.pk]), icon_name="repeat", priority=30
        ),
    ]


class CertificateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        return super().get_list_more_buttons(instance) + _action_buttons(self.request.user, instance)


class CertificateInspectView(InspectView):
    def get_header_buttons(self):
        return super().get_header_buttons() + _action_buttons(self.request.user, self.object)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    copy_view_enabled = False
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
    # Required by ModelViewSet, but the edit and add views refuse everyone (see the permission policy).
    form_fields = ["revoked_reason"]
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


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Kept in the audit log. A revocation's reason is shown on the verification page."),
    )


def _change_view(request, pk: int, *, action: str):
    """Revoke or re-issue: the two changes an issued certificate allows, each with a logged reason."""
    if not request.user.has_perm("certificates.change_certificate"):
        raise PermissionDenied
    certificate = get_object_or_404(Certificate, pk=pk)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        try:
            if action == "revoke":
                services.revoke(certificate=certificate, actor=request.user, reason=reason)
            else:
                services.reissue(certificate=certificate, actor=request.user, reason=reason)
        except services.CertificateError as error:
            form.add_error("reason", str(error))
        else:
            done = _("The certificate is revoked.") if action == "revoke" else _("A new certificate has been issued.")
            messages.success(request, done)
            return redirect(reverse("certificates:index"))
    titles = {"revoke": _("Revoke certificate"), "reissue": _("Re-issue certificate")}
    return TemplateResponse(
        request,
        "certificates/admin/revoke.html",
        {
            "certificate": certificate,
            "form": form,
            "title": titles[action],
            "submit_label": _("Revoke") if action == "revoke" else _("Re-issue"),
            "danger": action == "revoke",
            "events": certificate.events.select_related("actor"),
        },
    )


def revoke_view(request, pk: int):
    return _change_view(request, pk, action="revoke")


def reissue_view(request, pk: int):
    return _change_view(request, pk, action="reissue")


@hooks.register("register_admin_urls")
def register_change_urls():
    return [
        path("certificates/<int:pk>/revoke/", revoke_view, name="certificate_revoke"),
        path("certificates/<int:pk>/reissue/", reissue_view, name="certificate_reissue"),
    ]


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


@hooks.register(COURSE_COMPLETION_ACTIONS)
def certificate_after_completion(request, courses, *, compact):
    """The certificate of each completed course: its PDF, or the way to get it (with the name form if need be)."""
    return completion.completion_actions(request, courses, compact=compact)


@hooks.register(COURSE_COMPLETION_HANDLERS)
def certificate_on_completion(*, user, course):
    """Issue the certificate when progress records the course as complete (once; nothing without a name)."""
    services.issue_for_completion(user=user, course=course)


@hooks.register(ACCOUNT_FORM_EXTENSIONS)
def certificate_names_on_the_profile(*, form_name, user, language):
    """Above the profile form: how the learner's certificates will name them, both halves previewed."""
    if form_name != PROFILE or user is None:
        return None
    preview = render_to_string("certificates/includes/profile_panel.html", {"preview": selectors.name_preview(user)})
    return AccountFormExtension(fields={}, summary=preview)
