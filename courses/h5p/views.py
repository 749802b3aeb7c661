"""H5P endpoints: the sandboxed player frame and its content files (by signed URL, no cookies), and
the learner's statements and state (by session, with CSRF). Views stay thin; services decide."""

import json
import mimetypes
from pathlib import PurePosixPath

from allauth.core.internal import ratelimit
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import translation
from django.utils.http import parse_etags
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.h5p import player, selectors, services
from courses.h5p.access import InvalidGrant, read_grant
from courses.h5p.models import H5PPackage, H5PState, PackageStatus
from courses.h5p.player import CONTENT_POLICY, PLAYER_STATIC, frame_policy
from courses.models import LessonPage
from courses.progress import services as progress
from lms.private_storage import private_storage

MAX_BODY_BYTES = 300 * 1024
CONTENT_TYPES = {
    "js": "text/javascript",
    "css": "text/css",
    "json": "application/json",
    "svg": "image/svg+xml",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "vtt": "text/vtt",
    "txt": "text/plain",
    "webm": "video/webm",
    "mp4": "video/mp4",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
}


@require_GET
@xframe_options_sameorigin
def frame(request: HttpRequest, token: str) -> HttpResponse:
    """The player page inside the sandboxed iframe: it runs with an opaque origin and no cookies."""
    try:
        grant = read_grant(token)
    except InvalidGrant:
        return HttpResponse(status=403)
    package = get_object_or_404(H5PPackage, folder=grant.folder, status=PackageStatus.READY)
    state = (
        H5PState.objects.filter(user_id=grant.user_id, lesson_key=grant.lesson_key, block_id=grant.block_id)
        .values_list("data", flat=True)
        .first()
    )
    origin = f"{request.scheme}://{request.get_host()}"
    config = {
        "id": grant.block_id,
        "parentOrigin": origin,
        "h5pJsonPath": f"{origin}/h5p/content/{token}",
        "frameJs": origin + static(f"{PLAYER_STATIC}/frame.bundle.js"),
        "frameCss": origin + static(f"{PLAYER_STATIC}/styles/h5p.css"),
        "xAPIObjectIRI": services.activity_iri(
            home_page=services.home_page(), lesson_key=grant.lesson_key, block_id=grant.block_id
        ),
        "previousState": state,
        "blockedParts": player.blocked_parts(package, grant.language),
    }
    with translation.override(grant.language):
        response = TemplateResponse(
            request,
            "h5p/frame.html",
            {"config": config, "package": package, "language": grant.language, "player_static": PLAYER_STATIC},
        )
        response.render()
    response["Content-Security-Policy"] = frame_policy(origin, player.frame_media_origins(package))
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@gzip_page  # library code is text; weak connections gain most from compressing it
def content(request: HttpRequest, token: str, path: str) -> HttpResponse:
    """One file of an unpacked package, for the frame that holds the grant. No database query."""
    try:
        grant = read_grant(token)
    except InvalidGrant:
        return HttpResponse(status=403)
    parts = PurePosixPath(path).parts
    if not parts or any(part in {"..", "."} or part.startswith("/") for part in parts) or "\\" in path:
        raise Http404
    try:
        # The private storage, which has no URL: this view and its sandbox policy are the only way in.
        handle = private_storage().open(f"h5p/content/{grant.folder}/{path}", "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    extension = PurePosixPath(path).suffix.lower().lstrip(".")
    content_type = CONTENT_TYPES.get(extension) or mimetypes.types_map.get(f".{extension}", "application/octet-stream")
    response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = CONTENT_POLICY
    # The frame has an opaque origin ("null"), so its fetches are cross-origin and carry no cookies.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Cache-Control"] = f"private, max-age={int(settings.H5P_GRANT_HOURS * 3600)}"
    return response


def _json_body(request: HttpRequest):
    if len(request.body) > MAX_BODY_BYTES:
        return None, JsonResponse({"error": _("This result is too large to record.")}, status=413)
    try:
        return json.loads(request.body), None
    except (ValueError, UnicodeDecodeError):
        return None, JsonResponse({"error": _("This result could not be read.")}, status=400)


def _rate_limited(request: HttpRequest) -> JsonResponse | None:
    """A runaway player (or a script) posting results in a loop is slowed down; the page retries later."""
    if ratelimit.consume(request, app="allauth.account", action="h5p_results", user=request.user) is not None:
        return None
    response = JsonResponse({"error": _("Too many results at once. They will be sent again in a moment.")}, status=429)
    response["Retry-After"] = "60"
    return response


REFUSALS = (progress.NotEnrolled, progress.UnknownActivity, services.ActivityError)


REFUSAL_STATUS = (
    (progress.NotEnrolled, 403),
    (progress.UnknownActivity, 404),
    (services.StatementConflict, 409),
    (services.StateConflict, 409),
    (services.StateChanged, 412),
    (services.StatementTooLarge, 413),
    (services.TooManyStatements, 429),
)


def _refused(error: progress.LearnerError) -> JsonResponse:
    """A learner action the services refused, as JSON with its status code and message (in the learner's language)."""
    status = next((code for kind, code in REFUSAL_STATUS if isinstance(error, kind)), 400)
    response = JsonResponse({"error": str(error)}, status=status)
    if isinstance(error, services.TooManyStatements):
        # The daily cap: the page stops retrying (its own retries give up past a few minutes).
        response["Retry-After"] = "3600"
    return response


def _live_lesson(lesson_id: int) -> LessonPage:
    return get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)


@require_POST
@login_required
def statements(request: HttpRequest, lesson_id: int, block_id: str) -> JsonResponse:
    if limited := _rate_limited(request):
        return limited
    lesson = _live_lesson(lesson_id)
    body, error = _json_body(request)
    if error is not None:
        return error
    try:
        outcome = services.record_statement(
            user=request.user, lesson=lesson, block_id=block_id, statement=body, home_page=services.home_page()
        )
    except REFUSALS as refusal:
        return _refused(refusal)
    message = ""
    if outcome.course_completed:
        message = _("Activity passed. You have completed the course!")
    elif outcome.lesson_completed:
        message = _("Activity passed. This lesson is complete.")
    elif outcome.passed:
        message = _("Activity passed.")
    return JsonResponse(
        {
            "recorded": outcome.created,
            "passed": outcome.passed,
            "lesson_completed": outcome.lesson_completed,
            "course_completed": outcome.course_completed,
            "message": message,
        },
        status=201 if outcome.created else 200,
    )


def _etags(request: HttpRequest, header: str) -> list[str] | None:
    value = request.headers.get(header)
    return None if value is None else parse_etags(value)


@require_http_methods(["GET", "POST", "PUT"])
@login_required
def state(request: HttpRequest, lesson_id: int, block_id: str) -> JsonResponse:
    """The player's resume state, as the xAPI State API keeps it: GET gives it with its ETag; a write
    (POST or PUT, the same replace) sends If-Match with that ETag and gets 412 if another page wrote
    since. GET answers ``{"state": null}`` without an ETag when nothing is saved (not xAPI's 404, which
    the page would confuse with an activity that no longer exists)."""
    if request.method == "GET":
        try:
            saved = selectors.saved_state(user=request.user, lesson=_live_lesson(lesson_id), block_id=block_id)
        except REFUSALS as refusal:
            return _refused(refusal)
        response = JsonResponse({"state": saved.data if saved else None})
        if saved:
            response["ETag"] = saved.etag
        response["Cache-Control"] = "private, no-store"
        return response
    if limited := _rate_limited(request):
        return limited
    lesson = _live_lesson(lesson_id)
    body, error = _json_body(request)
    if error is not None:
        return error
    data = body.get("state") if isinstance(body, dict) else None
    if not isinstance(data, str):
        return JsonResponse({"error": _("This activity's state could not be read.")}, status=400)
    try:
        etag = services.save_state(
            user=request.user,
            lesson=lesson,
            block_id=block_id,
            data=data,
            if_match=_etags(request, "If-Match"),
            if_none_match=_etags(request, "If-None-Match"),
        )
    except REFUSALS as refusal:
        return _refused(refusal)
    response = JsonResponse({"saved": True})
    response["ETag"] = etag
    return response
