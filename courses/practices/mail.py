"""Mail to the learner who shared a practice, in their language: changes requested (with the moderator's
comment), and published (with the link to it in the library).

Rendered under ``translation.override`` as cohorts' and convenings' mail is; links are absolute, built on
lms.site_url (the moderator's request's host, or WAGTAILADMIN_BASE_URL).
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses.practices.models import PracticeSubmission
from lms import site_url


def language_for(submission: PracticeSubmission) -> str:
    """The learner's chosen language, else the language they wrote the practice in."""
    user = submission.submitter
    return (
        (user.preferred_language if user else "")
        or submission.case_study.locale.language_code
        or (settings.LANGUAGE_CODE)
    )


def _send(template: str, submission: PracticeSubmission) -> None:
    user = submission.submitter
    if user is None or not user.email or not user.is_active:
        return
    with translation.override(language_for(submission)):
        context = {
            "learner": user,
            "submission": submission,
            "case_study": submission.case_study,
            "practices_url": site_url.base_url() + reverse("practice_list"),
            "edit_url": site_url.base_url() + reverse("practice_edit", args=[submission.pk]),
            "case_study_url": site_url.base_url() + submission.case_study.get_absolute_url(),
        }
        subject = " ".join(render_to_string(f"practices/mail/{template}_subject.txt", context).split())
        subject = f"[{gettext('Young Cities Academy')}] {subject}"
        body = render_to_string(f"practices/mail/{template}_body.txt", context)
    send_mail(subject, body, None, [user.email])


def send_changes_requested(submission: PracticeSubmission) -> None:
    _send("changes_requested", submission)


def send_published(submission: PracticeSubmission) -> None:
    _send("published", submission)
