"""The "Use this course offline" panel on a course page, added through the course page's panel hook.

Shown to enrolled learners only; the script (lms/static/js/offline.js) reveals it where the browser can
keep pages (a service worker and Cache Storage), so older browsers never see a button that cannot work.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail import hooks

from courses.offline.selectors import course_version
from courses.page_panels import COURSE_PAGE_PANELS
from courses.progress.models import Enrolment


@hooks.register(COURSE_PAGE_PANELS)
def download_panel(request: HttpRequest, page) -> str | None:
    user = request.user
    if not user.is_authenticated:
        return None
    if not Enrolment.objects.for_user(user).active().filter(course_key=page.translation_key).exists():
        return None
    return render_to_string(
        "offline/includes/download_panel.html",
        {
            "course": page,
            "version": course_version(page),
            "download_url": reverse("offline_course_download", args=[page.pk]),
        },
        request=request,
    )
