"""What a downloaded course keeps of its H5P activities, so that they play without a connection.

Chromium never lets a service worker look after a document with an opaque origin: a sandboxed iframe by URL,
by ``srcdoc``, by a blob: or data: URL, and a frame sandboxed by its response's own policy were all tried
(headless Chromium 156), and none of their requests reached the worker. So offline the lesson page frames a
page of ours instead, the *offline host* (``h5p/offline_host.html``): it has the site's origin and runs only
our script, so the worker answers it and its requests from the learner's own download. The host reads the
player and the package's files and starts the player in ``<iframe sandbox="allow-scripts">`` from ``srcdoc``,
handing it the files by postMessage; that frame makes blob: URLs of them. Package code runs with an opaque
origin, as online: no cookies, no storage, no access to the host or the lesson page.

The files are kept under addresses without the grant (``/h5p/kept/<lesson>/<block>/…``): the worker refreshes
a kept lesson page whenever it is visited online, so the page may carry a newer grant than the files kept
with it, and the host finds them by lesson and block alone.
"""

from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import quote

from django.contrib.staticfiles import finders
from django.urls import reverse

from courses.h5p import external_media
from courses.h5p.access import grant_for
from courses.h5p.models import H5PPackage
from courses.h5p.package import is_served
from courses.h5p.player import PLAYER_STATIC, is_installed
from lms.private_storage import private_storage

KEPT_ROOT = "/h5p/kept"
# The host page as rendered (its config lists the package's files): measured on the true/false package.
HOST_BYTES = 2_500
# What the offline player needs besides the package: the same player and bridge as online, and the host.
PLAYER_SCRIPTS = (f"{PLAYER_STATIC}/main.bundle.js", "js/h5p-frame.js")
PLAYER_STYLES = (f"{PLAYER_STATIC}/styles/h5p.css", "css/h5p-frame.css")
HOST_FILES = ("js/h5p-offline-host.js", "js/h5p-offline-frame.js")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")
# The theme's text faces in italic and extra bold are a megabyte of Latin, Greek and Cyrillic that the
# activities rarely use (and Arabic text never: it falls back to the device's fonts). They are not kept:
# offline, the browser draws those styles from the regular faces. Icon fonts and the regular and 600 weights are.
UNKEPT_FACES = re.compile(r"(?i)(italic|extrabold)[^/]*\.woff2?$")


@dataclass(frozen=True)
class KeptFile:
    """One file of an activity's download: fetched from ``url`` (signed), kept under ``key`` (stable)."""

    url: str
    key: str
    size: int


def kept_base(lesson_id: int, block_id: str) -> str:
    return f"{KEPT_ROOT}/{lesson_id}/{quote(block_id, safe='')}/"


def plays_offline(package: H5PPackage | None) -> bool:
    """The activities that play online can be kept: ready, with the player installed, main content not refused."""
    if package is None or not package.is_ready or not is_installed():
        return False
    return not any(not item.part for item in external_media.refused(package.media))


@functools.cache
def _css_references(path: str) -> tuple[str, ...]:
    """The files a player stylesheet points at (its fonts and images), as static paths."""
    found = finders.find(path)
    if not found:
        return ()
    with open(found, encoding="utf-8") as handle:
        text = handle.read()
    folder = posixpath.dirname(path)
    references = []
    for target in CSS_URL.findall(text):
        if target.startswith(("data:", "http:", "https:", "/")) or UNKEPT_FACES.search(target):
            continue
        references.append(posixpath.normpath(posixpath.join(folder, target.split("?")[0].split("#")[0])))
    return tuple(dict.fromkeys(references))


def player_files() -> tuple[str, ...]:
    """Static paths of everything the offline player loads, once per download whatever its activities."""
    styles = tuple(reference for path in PLAYER_STYLES for reference in _css_references(path))
    return (f"{PLAYER_STATIC}/frame.bundle.js", *PLAYER_SCRIPTS, *PLAYER_STYLES, *styles, *HOST_FILES)


def package_files(package: H5PPackage) -> list[tuple[str, int]]:
    """The package's served files as stored (relative path, size), read through the storage API."""
    storage = private_storage()
    found: list[tuple[str, int]] = []
    folders = [""]
    while folders:
        folder = folders.pop()
        prefix = f"{package.content_prefix}/{folder}".rstrip("/")
        try:
            subfolders, names = storage.listdir(prefix)
        except (FileNotFoundError, NotADirectoryError):
            continue
        folders.extend(f"{folder}{name}/" for name in subfolders)
        for name in names:
            path = f"{folder}{name}"
            if is_served(path):
                found.append((path, storage.size(f"{prefix}/{name}")))
    return sorted(found)


def kept_files(*, user_id: int, language: str, lesson, block_id: str, package: H5PPackage) -> list[KeptFile]:
    """The host page and the package's files of one activity, fetched under a fresh grant for this learner."""
    token = grant_for(
        user_id=user_id, folder=package.folder, lesson_key=lesson.translation_key, block_id=block_id, language=language
    ).seal()
    base = kept_base(lesson.pk, block_id)
    files = [KeptFile(url=reverse("h5p_offline_host", args=[token]), key=base, size=HOST_BYTES)]
    # The key is left as the path is written: the browser spells it the same way (its URL parser) when it keeps
    # the file, when the host asks for it and when the player does.
    files.extend(
        KeptFile(url=reverse("h5p_content", args=[token, path]), key=f"{base}content/{path}", size=size)
        for path, size in package_files(package)
    )
    return files
