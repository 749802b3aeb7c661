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

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses.h5p import external_media
from courses.h5p.access import grant_for
from courses.h5p.models import H5PPackage, PackageStatus
from courses.progress.models import ActivityResult
from lms.languages.bidi import isolate_all
from lms.languages.lists import join_list

PLAYER_STATIC = "vendor/h5p-standalone"

# For content files: scripts are loaded by the frame and ignore this; an SVG or JSON opened on its
# own gets no script, no plugins and an opaque origin.
CONTENT_POLICY = (
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; font-src 'self' data:; "
    "media-src 'self'; sandbox"
)


# Embedded players that are scripts: their origin also goes into script-src when it is allowed and used.
SCRIPT_PLAYERS = {"https://www.youtube.com", "https://player.vimeo.com", "https://platform.twitter.com"}


def frame_policy(origin: str, media_origins: Iterable[str] = ()) -> str:
    """The player page may load code and data from our origin only, and never leaves its sandbox.

    ``'unsafe-eval'`` because H5P libraries such as MultiChoice compile templates with EmbeddedJS,
    which evaluates strings; the frame is sandboxed with an opaque origin, so eval reaches nothing
    that package code could not reach anyway. ``media_origins`` (see ``frame_media_origins``) are the
    allowed origins this activity uses: videos, sounds, pictures and embedded players load from them.
    """
    extra = "".join(f" {media}" for media in media_origins)
    scripts = "".join(f" {media}" for media in media_origins if media in SCRIPT_PLAYERS)
    frames = extra or " 'none'"
    return (
        f"default-src 'none'; script-src {origin}{scripts} 'unsafe-eval'; style-src {origin} 'unsafe-inline'; "
        f"img-src {origin} data: blob:{extra}; font-src {origin} data:; media-src {origin} blob:{extra}; "
        f"frame-src{frames}; "
        f"connect-src {origin}; object-src 'none'; base-uri {origin}; form-action 'none'; "
        f"frame-ancestors {origin}; sandbox allow-scripts"
    )


def offline_host_policy(nonce: str) -> str:
    """The offline host page's policy, which its sandboxed ``srcdoc`` player frame inherits (courses/h5p/offline.py).

    The host runs one script of ours (by nonce); the player frame inside it gets the frame's allowances
    (``'unsafe-eval'``, inline styles) and ``blob:``, where it keeps the package's files. Nothing else is
    reached: no external media (there is no connection), no forms, no other page may frame the host.
    """
    return (
        f"default-src 'none'; script-src 'self' 'nonce-{nonce}' blob: 'unsafe-eval'; "
        "style-src 'self' blob: 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data: blob:; "
        "media-src 'self' blob:; connect-src 'self' blob:; frame-src 'none'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    )


def frame_media_origins(package: H5PPackage) -> list[str]:
    """The origins in H5P_MEDIA_ORIGINS that this package's content uses: its frame's policy adds exactly those."""
    allowed = external_media.allowed_origins()
    return [origin for origin in external_media.origins(external_media.needed(package.media)) if origin in allowed]


def blocked_parts(package: H5PPackage, language: str) -> dict[str, str]:
    """Parts of the content (by subContentId) that need an origin lessons may not load, each with the notice
    the player shows in their place, in the learner's language."""
    by_part: dict[str, list[str]] = {}
    for item in external_media.refused(package.media):
        if item.part:
            by_part.setdefault(item.part, []).append(item.host)
    with translation.override(language):
        return {
            part: gettext("This part uses media from %(hosts)s, which this site does not load.")
            % {"hosts": join_list(isolate_all(dict.fromkeys(hosts)))}
            for part, hosts in by_part.items()
        }


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
    # The main content needs media from a site lessons may not load: a message instead of the player.
    EXTERNAL_MEDIA = "external_media"


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
    # Hosts the activity's main content needs but lessons may not load (availability EXTERNAL_MEDIA).
    refused_hosts: tuple[str, ...] = ()
    # Hosts of allowed external media that the activity streams (not counted in its size).
    streamed_hosts: tuple[str, ...] = ()

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
    media = package.media
    refused = [item for item in external_media.refused(media) if not item.part]
    if refused:
        return ActivityView(
            availability=Availability.EXTERNAL_MEDIA, refused_hosts=tuple(external_media.hosts(refused)), **common
        )
    allowed = external_media.allowed_origins()
    common["streamed_hosts"] = tuple(
        external_media.hosts(item for item in external_media.needed(media) if item.origin in allowed)
    )
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
