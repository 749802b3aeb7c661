"""External media in an H5P package: what its content loads from other hosts, and whether lessons may load it.

An InteractiveVideo can keep its video on h5p.org, YouTube or Vimeo instead of in the package, and
a CoursePresentation can embed a Twitter feed. The player frame's policy loads nothing from another
host unless the origin is listed in ``H5P_MEDIA_ORIGINS`` (empty by default), so such content would
show a blank frame. At upload the content (``content/content.json``) is walked once: every ``path``
that is an http(s) URL (a video, audio or image source), every ``src`` inside HTML text, and the
embeds of known libraries are *needed* media; other URLs are *links* (opened by the learner, never
loaded by the player). Each item remembers the part of the content it belongs to (the nearest
``subContentId``): a part that needs an origin lessons may not load is replaced in the player by a
notice, and an activity whose main content needs one shows a message instead of the player.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

CONTENT_JSON = "content/content.json"
MAX_ITEMS = 200  # what the package keeps: enough to warn about, small enough for a JSON column

URL = re.compile(r"^(?:https?:)?//[^\s/]+", re.IGNORECASE)
HTML_SRC = re.compile(r"""\bsrc\s*=\s*["']((?:https?:)?//[^"'\s>]+)""", re.IGNORECASE)
# Libraries that embed a third party's player or widget without naming its address in the content.
KNOWN_EMBEDS = {
    "H5P.TwitterUserFeed": ("https://platform.twitter.com", "embed"),
    "H5P.AppearIn": ("https://appear.in", "embed"),
}
# Video pages whose players H5P embeds from another address than the page's own.
VIDEO_PLAYERS = (
    (re.compile(r"(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$"), "https://www.youtube.com"),
    (re.compile(r"(^|\.)vimeo\.com$"), "https://player.vimeo.com"),
)


class Kind:
    VIDEO = "video"
    AUDIO = "audio"
    IMAGE = "image"
    EMBED = "embed"
    LINK = "link"


NEEDED = {Kind.VIDEO, Kind.AUDIO, Kind.IMAGE, Kind.EMBED}


@dataclass(frozen=True)
class ExternalMedia:
    url: str
    origin: str
    kind: str
    # The subContentId of the part that uses it; "" for the activity's main content.
    part: str = ""

    @property
    def needed(self) -> bool:
        return self.kind in NEEDED

    @property
    def host(self) -> str:
        return urlsplit(self.origin).hostname or self.origin

    def as_json(self) -> dict:
        return {"url": self.url, "origin": self.origin, "kind": self.kind, "part": self.part}

    @classmethod
    def from_json(cls, item: Mapping) -> ExternalMedia:
        return cls(url=item["url"], origin=item["origin"], kind=item["kind"], part=item.get("part", ""))


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL, lower-cased; protocol-relative URLs count as https. "" if none."""
    parts = urlsplit(url if not url.startswith("//") else f"https:{url}")
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return ""
    host = parts.hostname.lower()
    for pattern, player in VIDEO_PLAYERS:
        if pattern.search(host):
            return player
    port = f":{parts.port}" if parts.port and parts.port != {"http": 80, "https": 443}[parts.scheme.lower()] else ""
    return f"{parts.scheme.lower()}://{host}{port}"


def _kind_of_file(entry: Mapping, url: str) -> str:
    mime = str(entry.get("mime", "")).lower()
    origin = origin_of(url)
    if any(origin == player for _, player in VIDEO_PLAYERS):
        return Kind.VIDEO
    for prefix, kind in (("video/", Kind.VIDEO), ("audio/", Kind.AUDIO), ("image/", Kind.IMAGE)):
        if mime.startswith(prefix):
            return kind
    return Kind.VIDEO


def _library_name(value: object) -> str:
    return value.split(" ", 1)[0] if isinstance(value, str) else ""


def find_external(content: object) -> list[ExternalMedia]:
    """Every external URL the content uses, in document order, each (url, part) once."""
    found: dict[tuple[str, str, str], ExternalMedia] = {}

    def add(url: str, kind: str, part: str) -> None:
        origin = origin_of(url)
        if origin and (url, kind, part) not in found:
            found[(url, kind, part)] = ExternalMedia(url=url, origin=origin, kind=kind, part=part)

    def walk(value: object, part: str) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("library"), str) and value.get("subContentId"):
                part = str(value["subContentId"])
                embed = KNOWN_EMBEDS.get(_library_name(value["library"]))
                if embed is not None:
                    add(embed[0], embed[1], part)
            path = value.get("path")
            if isinstance(path, str) and URL.match(path):
                add(path, _kind_of_file(value, path), part)
            for key, item in value.items():
                if key == "path" and isinstance(item, str):
                    continue
                walk(item, part)
        elif isinstance(value, list):
            for item in value:
                walk(item, part)
        elif isinstance(value, str):
            for source in HTML_SRC.findall(value):
                add(source, Kind.EMBED if "<iframe" in value.lower() else Kind.IMAGE, part)
            if URL.match(value.strip()) and " " not in value.strip():
                add(value.strip(), Kind.LINK, part)

    walk(content, "")
    return list(found.values())[:MAX_ITEMS]


def find_in_files(files: Mapping[str, bytes]) -> list[ExternalMedia]:
    """What ``content/content.json`` of a checked package uses from elsewhere ([] if it cannot be read)."""
    raw = files.get(CONTENT_JSON)
    if raw is None:
        return []
    try:
        return find_external(json.loads(raw))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return []


def allowed_origins() -> set[str]:
    return {origin.rstrip("/").lower() for origin in getattr(settings, "H5P_MEDIA_ORIGINS", [])}


def needed(items: Iterable[ExternalMedia]) -> list[ExternalMedia]:
    return [item for item in items if item.needed]


def refused(items: Iterable[ExternalMedia], allowed: set[str] | None = None) -> list[ExternalMedia]:
    """The needed media whose origin lessons may not load."""
    allowed = allowed_origins() if allowed is None else allowed
    return [item for item in needed(items) if item.origin not in allowed]


def origins(items: Iterable[ExternalMedia]) -> list[str]:
    """Distinct origins, in order of first use."""
    return list(dict.fromkeys(item.origin for item in items))


def hosts(items: Iterable[ExternalMedia]) -> list[str]:
    return list(dict.fromkeys(item.host for item in items))


__all__ = [
    "ExternalMedia",
    "Kind",
    "allowed_origins",
    "content_facts",
    "editor_warning",
    "find_external",
    "find_in_files",
    "hosts",
    "needed",
    "origin_of",
    "origins",
    "record_content_facts",
    "refused",
    "upload_warning",
]


def editor_warning(items: Iterable[ExternalMedia], allowed: set[str] | None = None) -> str:
    """What an editor should know about the package's external media, in their language ("" if nothing)."""
    from django.utils.translation import gettext

    from lms.languages.bidi import isolate_all
    from lms.languages.lists import join_list

    items = needed(items)
    blocked = refused(items, allowed)
    messages = []
    main = [item for item in blocked if not item.part]
    parts = [item for item in blocked if item.part]
    if main:
        messages.append(
            gettext(
                "This activity loads media from %(hosts)s, which lessons may not load: learners will see a "
                "message instead of the activity."
            )
            % {"hosts": join_list(isolate_all(hosts(main)))}
        )
    if parts:
        messages.append(
            gettext(
                "Parts of this activity load media from %(hosts)s, which lessons may not load: learners will "
                "see a notice in place of those parts."
            )
            % {"hosts": join_list(isolate_all(hosts(parts)))}
        )
    if blocked:
        messages.append(
            gettext(
                "Put the video or sound in the package, or ask the site's administrators to allow that site "
                "(the H5P_MEDIA_ORIGINS setting)."
            )
        )
    streamed = [item for item in items if item not in blocked]
    if streamed:
        messages.append(
            gettext("This activity streams media from %(hosts)s: learners need a connection to that site.")
            % {"hosts": join_list(isolate_all(hosts(streamed)))}
        )
    return " ".join(messages)


def content_facts(files: Mapping[str, bytes]) -> dict:
    """What unpacking records about the content: its external media and the direction of its text."""
    from courses.h5p.direction import detect_in_files

    return {
        "external_media": [item.as_json() for item in find_in_files(files)],
        "detected_direction": detect_in_files(files),
    }


def record_content_facts(package, files: Mapping[str, bytes]) -> None:
    """Store ``content_facts`` on a saved package (and on the instance in hand)."""
    facts = content_facts(files)
    for name, value in facts.items():
        setattr(package, name, value)
    type(package).objects.filter(pk=package.pk).update(**facts)


def upload_warning(checked) -> str:
    """``editor_warning`` for a package that has just passed the checker (``None``: no new file, "")."""
    return editor_warning(find_in_files(checked.files)) if checked is not None else ""
