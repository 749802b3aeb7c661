"""The way from a completed course to its certificate, offered where the learner completes it.

Registered with progress's ``course_completion_actions`` hook (see ``wagtail_hooks``): the course and
lesson pages' completion box and the dashboard's completed cards show it, without progress or the
pages knowing certificates. For each completed course that awards one: the PDF when it is issued; else
"Get my certificate", with a preview of the names it will print, or the name form when there is none.
One query for any number of courses (the learner's current certificates); the box adds the design's
two for its preview.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.certificates import selectors
from courses.certificates.forms import CertificateNameForm
from courses.models import CoursePage
from courses.progress.panels import CompletionAction


def _action(request: HttpRequest, course: CoursePage, certificate, *, compact: bool) -> CompletionAction:
    if certificate is not None and certificate.is_downloadable:
        url = reverse("download_certificate", args=[certificate.code])
        label = _("Download my certificate (PDF)")
        template = "certificates/includes/completion_ready.html"
    elif certificate is not None:
        # Revoked: My certificates says so, and says why not.
        url, label, template = reverse("my_certificates"), _("My certificates"), ""
    else:
        url, label = reverse("certificate_request", args=[course.pk]), _("Get my certificate")
        template = "certificates/includes/completion_claim.html"
    details = ""
    if template and not compact:
        context = {"course": course, "certificate": certificate, "url": url, "label": label}
        if certificate is None:
            context["preview"] = selectors.name_preview(request.user)
            if context["preview"].is_empty:
                context["form"] = CertificateNameForm(auto_id=f"certificate-name-{course.pk}-%s")
        details = render_to_string(template, context, request=request)
    return CompletionAction(label=label, url=url, details=details)


def completion_actions(request: HttpRequest, courses: Sequence[CoursePage], *, compact: bool) -> dict:
    """``{course_pk: CompletionAction}`` for the completed courses that award a certificate."""
    awarding = [course for course in courses if course.awards_certificate]
    if not awarding:
        return {}
    certificates = selectors.current_certificates(request.user, [course.translation_key for course in awarding])
    return {
        course.pk: _action(request, course, certificates.get(course.translation_key), compact=compact)
        for course in awarding
    }
