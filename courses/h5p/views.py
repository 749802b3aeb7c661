"""H5P endpoints: the sandboxed player frame and its content files (by signed URL, no cookies), and
the learner's statements and state (by session, with CSRF). Views stay thin; services decide."""

import json
import mimetypes
import re
import secrets
from pathlib import PurePosixPath

from allauth.core.internal import ratelimit
from django.contrib.auth.decorators import login_required
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotModified,
    JsonResponse,
    StreamingHttpResponse,
)
from django.middleware.gzip import re_accepts_gzip
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.crypto import salted_hmac
from django.utils.http import parse_etags
from django.utils.text import compress_sequence
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.h5p import offline, player, selectors, services
from courses.h5p.access import InvalidGrant, read_grant
from courses.h5p.models import H5PPackage, H5PState, PackageStatus
from courses.h5p.package import is_served
from courses.h5p.player import CONTENT_POLICY, PLAYER_STATIC, frame_policy, offline_host_policy
from courses.models import LessonPage
from courses.progress import selectors as progress_selectors
from courses.progress import services as progress
from lms import private_files
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


def _player_config(request: HttpRequest, grant, package: H5PPackage, content_url: str) -> dict:
    """What the player page (js/h5p-frame.js) starts the player with: online in the frame, offline in the host."""
    state = (
        H5PState.objects.filter(user_id=grant.user_id, lesson_key=grant.lesson_key, block_id=grant.block_id)
        .values_list("data", flat=True)
        .first()
    )
    origin = f"{request.scheme}://{request.get_host()}"
    return {
        "id": grant.block_id,
        "parentOrigin": origin,
        "h5pJsonPath": content_url,
        "frameJs": origin + static(f"{PLAYER_STATIC}/frame.bundle.js"),
        "frameCss": origin + static(f"{PLAYER_STATIC}/styles/h5p.css"),
        "xAPIObjectIRI": services.activity_iri(
            home_page=services.home_page(), lesson_key=grant.lesson_key, block_id=grant.block_id
        ),
        "previousState": state,
        "blockedParts": player.blocked_parts(package, grant.language),
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
    origin = f"{request.scheme}://{request.get_host()}"
    config = _player_config(request, grant, package, f"{origin}/h5p/content/{token}")
    response = _player_page(request, "h5p/frame.html", grant, package, config=config, player_static=PLAYER_STATIC)
    response["Content-Security-Policy"] = frame_policy(origin, player.frame_media_origins(package))
    return response


def _player_page(request: HttpRequest, template: str, grant, package: H5PPackage, **context) -> HttpResponse:
    """A page of the player (online frame or offline host), in the grant's language, never kept by a cache."""
    with translation.override(grant.language):
        response = TemplateResponse(request, template, {"package": package, "language": grant.language, **context})
        response.render()
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@xframe_options_sameorigin
def offline_host(request: HttpRequest, token: str) -> HttpResponse:
    """The page a downloaded lesson frames to play an activity offline (see courses/h5p/offline.py).

    Fetched once, by the course download, under the grant, and kept under the activity's stable address;
    the player it starts finds the package's files under that address too (the host fills in the origin and
    path at run time, so the config names neither the grant nor the package's folder).
    """
    try:
        grant = read_grant(token)
    except InvalidGrant:
        return HttpResponse(status=403)
    package = get_object_or_404(H5PPackage, folder=grant.folder, status=PackageStatus.READY)
    nonce = secrets.token_urlsafe(18)
    config = {
        "player": _player_config(request, grant, package, ""),
        "files": [path for path, _size in offline.package_files(package)],
        "scripts": [static(path) for path in offline.PLAYER_SCRIPTS],
        "styles": [static(path) for path in offline.PLAYER_STYLES],
        "extra": [static(path) for path in offline.player_files() if path not in offline.PLAYER_SCRIPTS],
        "frameScript": static("js/h5p-offline-frame.js"),
    }
    response = _player_page(request, "h5p/offline_host.html", grant, package, config=config, nonce=nonce)
    response["Content-Security-Policy"] = offline_host_policy(nonce)
    return response


# Text is worth compressing. Audio, video, pictures and fonts are compressed already, and a byte range of a
# gzipped body would not be a range of the file, so they are always sent as they are.
COMPRESSIBLE = {"js", "css", "json", "svg", "txt", "vtt", "webvtt", "xml", "csv", "md"}
# A package's folder is new for every upload, so a content file never changes under its URL.
CONTENT_MAX_AGE = 365 * 24 * 3600
PREFLIGHT_MAX_AGE = 24 * 3600
CONTENT_METHODS = "GET, HEAD, OPTIONS"
# H5P.SoundJS sends X-Requested-With, which makes the browser ask first (a CORS preflight).
PREFLIGHT_HEADERS = "X-Requested-With, Range, If-Range, If-None-Match, Content-Type"
STREAM_CHUNK = 64 * 1024
BYTE_RANGE = re.compile(r"^(\d*)-(\d*)$")


class RangeNotSatisfiable(Exception):
    pass


def _content_etag(folder: str, path: str) -> str:
    """A strong validator: the folder and path name one content forever; keyed, so it reveals neither."""
    digest = salted_hmac("courses.h5p.views.content", f"{folder}/{path}", algorithm="sha256").hexdigest()[:32]
    return f'"{digest}"'


def _gzip_etag(etag: str) -> str:
    # The gzipped body is another representation, so it has a tag of its own (RFC 9110, 8.8.3).
    return etag[:-1] + '-gzip"'


def _with_content_headers(response: HttpResponse, *, etag: str = "", compressible: bool = False) -> HttpResponse:
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = CONTENT_POLICY
    # The frame has an opaque origin ("null"), so its fetches are cross-origin and carry no cookies.
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "Accept-Ranges, Content-Length, Content-Range, ETag"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    if etag:
        response["ETag"] = etag
        response["Cache-Control"] = f"private, max-age={CONTENT_MAX_AGE}, immutable"
    if compressible:
        patch_vary_headers(response, ("Accept-Encoding",))
    return response


def _preflight() -> HttpResponse:
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = CONTENT_METHODS
    response["Access-Control-Allow-Headers"] = PREFLIGHT_HEADERS
    response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    response["Allow"] = CONTENT_METHODS
    return response


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range asked for, as (first, last) inclusive; None to send the whole file.

    A header that is not one well-formed ``bytes`` range is ignored (RFC 9110, 14.2), and several
    ranges get the whole file too (allowed, and simpler than multipart). A range that starts past
    the end raises RangeNotSatisfiable (416).
    """
    if not header:
        return None
    unit, _sep, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    found = BYTE_RANGE.match(spec.strip())
    if not found or found.groups() == ("", ""):
        return None
    first, last = found.groups()
    if not first:  # the last N bytes
        if int(last) == 0 or size == 0:
            raise RangeNotSatisfiable
        return max(0, size - int(last)), size - 1
    start = int(first)
    if last and int(last) < start:
        return None
    if start >= size:
        raise RangeNotSatisfiable
    return start, min(int(last), size - 1) if last else size - 1


def _chunks(handle, start: int, length: int):
    """The bytes from ``start``, ``length`` of them, read a chunk at a time; the file is closed after."""
    try:
        handle.seek(start)
        while length > 0:
            chunk = handle.read(min(STREAM_CHUNK, length))
            if not chunk:
                break
            length -= len(chunk)
            yield chunk
    finally:
        handle.close()


@require_http_methods(["GET", "HEAD", "OPTIONS"])
def content(request: HttpRequest, token: str, path: str) -> HttpResponse:
    """One file of an unpacked package, for the frame that holds the grant. No database query.

    Answers CORS preflights and HEAD, single byte ranges (206; iOS Safari plays no video without
    them), and If-None-Match (304). Files are cached for a year as immutable; text is gzipped for
    browsers that accept it, media never.
    """
    try:
        grant = read_grant(token)
    except InvalidGrant:
        return HttpResponse(status=403)
    if request.method == "OPTIONS":
        return _preflight()
    parts = PurePosixPath(path).parts
    if not parts or any(part in {"..", "."} or part.startswith("/") for part in parts) or "\\" in path:
        raise Http404
    if not is_served(path):
        raise Http404  # never written, and never served even if something put it there
    extension = PurePosixPath(path).suffix.lower().lstrip(".")
    content_type = CONTENT_TYPES.get(extension) or mimetypes.types_map.get(f".{extension}", "application/octet-stream")
    compressible = extension in COMPRESSIBLE
    etag = _content_etag(grant.folder, path)
    gzip_ok = compressible and bool(re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")))
    current = _gzip_etag(etag) if gzip_ok else etag
    # Weak comparison (RFC 9110, 13.1.2): nginx marks the tag weak when it gzips the file itself.
    asked = request.headers.get("If-None-Match")
    if asked and (current in {tag.removeprefix("W/") for tag in parse_etags(asked)} or asked.strip() == "*"):
        return _with_content_headers(HttpResponseNotModified(), etag=current, compressible=compressible)
    name = f"h5p/content/{grant.folder}/{path}"
    try:
        # The private storage, which has no URL: this view and its sandbox policy are the only way in.
        handle = private_storage().open(name, "rb")
        size = handle.size
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    if_range = request.headers.get("If-Range")
    try:
        wanted = byte_range(request.headers.get("Range"), size) if if_range in (None, etag) else None
    except RangeNotSatisfiable:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return _with_content_headers(response, etag=etag, compressible=compressible)
    accelerated = private_files.accel_response(name, content_type=content_type)
    if accelerated is not None:
        # nginx sends the bytes, answers the range and gzips text itself (lms/deploy/nginx.conf.template).
        handle.close()
        response = accelerated
    elif wanted is not None:
        start, last = wanted
        length = last - start + 1
        response = StreamingHttpResponse(_chunks(handle, start, length), status=206, content_type=content_type)
        response["Content-Range"] = f"bytes {start}-{last}/{size}"
        response["Content-Length"] = str(length)
        current = etag
    elif gzip_ok and request.method == "GET":
        response = StreamingHttpResponse(compress_sequence(_chunks(handle, 0, size)), content_type=content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = FileResponse(handle, content_type=content_type)
        if gzip_ok:  # HEAD: the gzipped length is not known without compressing
            del response["Content-Length"]
            response["Content-Encoding"] = "gzip"
    if accelerated is None:  # nginx says so itself
        response["Accept-Ranges"] = "bytes"
    return _with_content_headers(response, etag=current, compressible=compressible)


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
            "result": _best_result(request.user, lesson, block_id),
        },
        status=201 if outcome.created else 200,
    )


def _best_result(user, lesson: LessonPage, block_id: str) -> dict | None:
    """The activity's best result as the lesson shows it above the player (blocks/h5p.html, same messages), in the
    learner's language: the page replaces its line without a reload. Read after recording, so a retried statement
    (its first answer lost on the way) brings it too."""
    result = progress_selectors.activity_result(user, lesson, block_id)
    if result is None:
        return None
    best = "" if result.best_score is None else _("Your best score: %(best)s%%.") % {"best": result.best_score}
    return {
        "best_score": result.best_score,
        "passed": result.passed,
        "best_score_text": best,
        "passed_text": _("Passed.") if result.passed else _("Not passed yet."),
    }


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
