"""Offline use: the service worker, the app manifest, the offline and storage pages, and two small JSON reads.

Every view is a read. Writes made offline are queued in the browser and replayed later against the
ordinary learner endpoints (see middleware.py); nothing here changes data.
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from courses.models import CoursePage
from courses.offline.identity import offline_key
from courses.offline.selectors import course_download
from courses.progress.models import Enrolment


def _enrolled_course(request: HttpRequest, course_id: int) -> CoursePage:
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if not Enrolment.objects.for_user(request.user).active().filter(course_key=course.translation_key).exists():
        raise Http404
    return course


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """The service worker, served from the site's root so that it may look after every learner page."""
    languages = [code for code, _name in settings.LANGUAGES]
    config = {
        "store": static("js/offline-store.js"),
        "offline": {code: _offline_url(code) for code in languages},
        "languages": languages,
        "sync": reverse("offline_sync"),
    }
    config["shell"] = [
        *config["offline"].values(),
        static("css/lms.css"),
        static("js/offline.js"),
        static("js/offline-store.js"),
        static("img/favicon.svg"),
    ]
    config_json = json.dumps(config)
    # The version follows the worker's code and settings (static file names included), so that a new
    # worker replaces the old offline pages.
    draft = render_to_string("offline/sw.js", {"config_json": config_json, "version": ""})
    version = hashlib.sha256(draft.encode()).hexdigest()[:12]
    body = render_to_string("offline/sw.js", {"config_json": config_json, "version": version})
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


def _offline_url(language: str) -> str:
    with translation.override(language):
        return reverse("offline_page")


@require_GET
def manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest in the page's language: name, direction, start page and icons."""
    language = translation.get_language()
    data = {
        "name": _("Young Cities Academy"),
        "short_name": _("Young Cities"),
        "description": _("Courses for local governments, readable without a connection once downloaded."),
        "lang": language,
        "dir": "rtl" if translation.get_language_bidi() else "ltr",
        "start_url": reverse("my_learning"),
        "scope": "/",
        "id": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5d4b",
        "icons": [
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("img/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


@require_GET
def offline_page(request: HttpRequest) -> HttpResponse:
    """What a learner sees when a page was not downloaded: the same for everyone, so it can be kept."""
    return render(request, "offline/offline_page.html")


@login_required
@require_GET
def storage_page(request: HttpRequest) -> HttpResponse:
    """The courses kept on this phone, their size, and answers waiting to be sent (drawn by offline.js)."""
    return render(request, "offline/storage_page.html")


@login_required
@require_GET
@never_cache
def course_manifest(request: HttpRequest, course_id: int) -> JsonResponse:
    """The list of files a course's download holds, with sizes, for an enrolled learner."""
    course = _enrolled_course(request, course_id)
    return JsonResponse(
        course_download(course=course, request=request).as_json(), json_dumps_params={"ensure_ascii": False}
    )


@login_required
@require_GET
@never_cache
def versions(request: HttpRequest) -> JsonResponse:
    """The version and download size of each course the phone keeps: "an update is available (size)"."""
    try:
        ids = [int(value) for value in request.GET.getlist("course")[:20]]
    except ValueError:
        return JsonResponse({"error": _("Unknown course.")}, status=400)
    keys = set(Enrolment.objects.for_user(request.user).active().values_list("course_key", flat=True))
    courses = CoursePage.objects.live().filter(pk__in=ids, translation_key__in=keys)
    downloads = [course_download(course=course, request=request) for course in courses]
    return JsonResponse(
        {str(item.course.pk): {"version": item.version, "size": item.included_size} for item in downloads}
    )


@never_cache
@require_GET
def sync_state(request: HttpRequest) -> JsonResponse:
    """Who is signed in now (as an opaque key) and a fresh CSRF token, read just before queued answers are sent.

    The queue only sends answers that were made under the same key: after another person signs in on the
    phone, the first person's answers wait for them.
    """
    from django.middleware.csrf import get_token

    key = offline_key(request.user)
    return JsonResponse({"user": key, "csrf": get_token(request) if key else ""})
