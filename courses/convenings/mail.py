"""Mail about sessions, each in its reader's language with times in their time zone: the confirmation of a
registration (or of a place in the waiting list, or of a place freed for them) and the day-before reminder.

Rendered under ``translation.override`` and ``reading_as`` as cohorts' mail is (courses/cohorts/mail.py);
the session's own time zone is named beside the reader's.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses.convenings import ics, selectors
from courses.convenings.models import Registration, RegistrationStatus
from lms import site_url
from lms.languages.calendar import reading_as


def language_for(registration: Registration) -> str:
    """The learner's chosen language, else the session's first, else the site's."""
    languages = registration.session.languages or []
    return registration.user.preferred_language or (languages[0] if languages else "") or settings.LANGUAGE_CODE


def _send(template: str, registration: Registration, *, with_calendar: bool = False) -> None:
    """The mail, and for a learner with a place the session's .ics (in their language) attached."""
    user, session = registration.user, registration.session
    language = language_for(registration)
    with translation.override(language), reading_as(country=str(user.country or ""), time_zone=user.time_zone):
        path = reverse("session_detail", args=[session.pk])
        context = {
            "learner": user,
            "session": session,
            "registration": registration,
            "reader_zone": selectors.zone_label(selectors.reader_zone(user)),
            "session_zone": selectors.zone_label(session.time_zone),
            "session_url": site_url.base_url() + path,
            "ics_url": site_url.base_url() + reverse("session_ics", args=[session.pk]),
        }
        subject = " ".join(render_to_string(f"convenings/mail/{template}_subject.txt", context).split())
        subject = f"[{gettext('Young Cities Academy')}] {subject}"
        body = render_to_string(f"convenings/mail/{template}_body.txt", context)
        message = EmailMessage(subject, body, None, [user.email])
        if with_calendar and registration.status == RegistrationStatus.REGISTERED:
            host = urlsplit(site_url.base_url()).hostname or "localhost"
            calendar = ics.calendar(session, host=host, url=context["session_url"])
            message.attach(f"session-{session.pk}.ics", calendar, "text/calendar")
    message.send()


def send_confirmation_mail(registration: Registration) -> None:
    _send("confirmation", registration, with_calendar=True)


def send_reminder_mail(registration: Registration) -> None:
    _send("reminder", registration)
