"""What a lesson shows for an H5P block, and the policies the sandboxed player runs under.

Isolation choice: the player runs in ``<iframe sandbox="allow-scripts">`` without
``allow-same-origin``, on our own domain. The frame gets an opaque origin, so package code
cannot read the lesson page, the session cookie or make credentialed requests to the site.
The trade-off: the frame has no cookies or storage, so content files are served by signed,
expiring URLs (see ``access``), ``localStorage`` is an in-memory stand-in, and results and
state travel to the page by ``postMessage``, where the page checks their source and shape
and posts them with the learner's session and CSRF token. A separate content origin would
also work, but needs a second domain and certificate in every deployment.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import reverse

from courses.h5p.access import grant_for
from courses.h5p.models import H5PPackage, PackageStatus
from courses.progress.models import ActivityResult

PLAYER_STATIC = "vendor/h5p-standalone"

# For content files: scripts are loaded by the frame and ignore this; an SVG or JSON opened on its
# own gets no script, no plugins and an opaque origin.
CONTENT_POLICY = (
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; font-src 'self' data:; "
    "media-src 'self'; sandbox"
)


def frame_policy(origin: str) -> str:
    """The player page may load code and data from our origin only, and never leaves its sandbox.

    ``'unsafe-eval'`` because H5P libraries such as MultiChoice compile templates with EmbeddedJS,
    which evaluates strings; the frame is sandboxed with an opaque origin, so eval reaches nothing
    that package code could not reach anyway.
    """
    return (
        f"default-src 'none'; script-src {origin} 'unsafe-eval'; style-src {origin} 'unsafe-inline'; "
        f"img-src {origin} data: blob:; font-src {origin} data:; media-src {origin} blob:; "
        f"connect-src {origin}; object-src 'none'; base-uri {origin}; form-action 'none'; "
        f"frame-ancestors {origin}; sandbox allow-scripts"
    )


def is_installed() -> bool:
    """The player is fetched by `make player`; without npm it is missing and blocks say so."""
    path = f"{PLAYER_STATIC}/main.bundle.js"
    if finders.find(path):
        return True
    try:
        return staticfiles_storage.exists(path)
    except Exception:
        return False


class Availability:
    READY = "ready"
    GUEST = "guest"
    NOT_INSTALLED = "not_installed"
    UNAVAILABLE = "unavailable"
    PROCESSING = "processing"


@dataclass(frozen=True)
class ActivityView:
    block_id: str
    title: str
    availability: str
    package: H5PPackage | None
    pass_mark: int
    required: bool
    result: ActivityResult | None = None
    frame_url: str = ""
    statements_url: str = ""
    state_url: str = ""

    @property
    def passed(self) -> bool:
        return self.result is not None and self.result.passed


def activity_view(
    *,
    request,
    lesson,
    block_id: str,
    value,
    may_play: bool,
    result: ActivityResult | None,
    counts_towards_completion: bool = True,
) -> ActivityView:
    package = value.get("package")
    title = value.get("title") or (package.title if package else "")
    common = {
        "block_id": block_id,
        "title": title,
        "package": package,
        "pass_mark": value.get("pass_mark") or 0,
        "required": bool(value.get("required")) and counts_towards_completion,
        "result": result,
    }
    if package is None or package.status == PackageStatus.FAILED:
        return ActivityView(availability=Availability.UNAVAILABLE, **common)
    if not package.is_ready:
        return ActivityView(availability=Availability.PROCESSING, **common)
    if not is_installed():
        return ActivityView(availability=Availability.NOT_INSTALLED, **common)
    if not may_play:
        return ActivityView(availability=Availability.GUEST, **common)
    grant = grant_for(
        user_id=request.user.pk,
        folder=package.folder,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        language=getattr(request, "LANGUAGE_CODE", "ar"),
    )
    return ActivityView(
        availability=Availability.READY,
        frame_url=reverse("h5p_frame", args=[grant.seal()]),
        statements_url=reverse("h5p_statements", args=[lesson.pk, block_id]),
        state_url=reverse("h5p_state", args=[lesson.pk, block_id]),
        **common,
    )
