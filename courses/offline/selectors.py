"""What "Download for offline use" takes for one course, and how big it is, before anything is fetched.

A course's download is its course page, module pages and lesson pages in the learner's language, the
images at their small rendition, the stylesheet and scripts the pages use, and for each H5P activity the
page that plays it offline, the player and the package's files (kept under the activity's stable address,
see courses/h5p/offline.py); documents and uploaded videos are listed with their size and left out unless
the learner ticks them. Page sizes are estimates (the lesson's text plus the page layout); files have their real sizes.

The version changes whenever an editor publishes, unpublishes or moves a page of the course, so a
phone that kept an older download is told "an update is available" with the size to fetch.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.h5p import offline as h5p_offline
from courses.h5p.models import H5PPackage
from courses.models import CoursePage, LessonPage, ModulePage

# The layout around a lesson's own text (header, menus, footer), measured on the demo's Arabic lessons.
PAGE_LAYOUT_BYTES = 9_000
SMALL_RENDITION = "width-400"
# What every downloaded page needs besides its own text. The offline pages themselves are kept by the
# service worker when it installs.
STATIC_FILES = (
    "css/lms.css",
    "css/print.css",
    "js/lesson.js",
    "js/h5p.js",
    "js/offline.js",
    "js/offline-store.js",
    "img/favicon.svg",
)


class ItemKind:
    PAGE = "page"
    IMAGE = "image"
    STATIC = "static"
    ACTIVITY = "activity"
    DOCUMENT = "document"
    VIDEO = "video"


OPTIONAL_KINDS = (ItemKind.DOCUMENT, ItemKind.VIDEO)


@dataclass(frozen=True)
class DownloadItem:
    url: str
    kind: str
    size: int
    title: str = ""
    # Where the browser keeps it, when not under ``url`` (an H5P file is fetched by a signed, expiring URL).
    key: str = ""

    @property
    def optional(self) -> bool:
        return self.kind in OPTIONAL_KINDS


@dataclass
class CourseDownload:
    course: CoursePage
    version: str
    items: list[DownloadItem] = field(default_factory=list)

    def size_of(self, *kinds: str) -> int:
        return sum(item.size for item in self.items if item.kind in kinds)

    @property
    def included_size(self) -> int:
        return sum(item.size for item in self.items if not item.optional)

    def as_json(self) -> dict:
        return {
            "course": self.course.pk,
            "title": self.course.title,
            "version": self.version,
            "items": [
                {
                    "url": item.url,
                    "key": item.key or item.url,
                    "kind": item.kind,
                    "size": item.size,
                    "title": item.title,
                    "optional": item.optional,
                }
                for item in self.items
            ],
            "sizes": {
                "included": self.included_size,
                "documents": self.size_of(ItemKind.DOCUMENT),
                "videos": self.size_of(ItemKind.VIDEO),
            },
        }


def course_version(course: CoursePage) -> str:
    """Changes when a page of the course is published again, added, unpublished or moved (one query)."""
    rows = (
        Page.objects.descendant_of(course, inclusive=True)
        .live()
        .order_by("path")
        .values_list("pk", "path", "last_published_at")
    )
    digest = hashlib.sha256()
    for pk, path, published in rows:
        digest.update(f"{pk}|{path}|{published.isoformat() if published else ''};".encode())
    return digest.hexdigest()[:16]


def _static_size(path: str) -> int:
    found = finders.find(path)
    if found:
        with open(found, "rb") as handle:
            return len(handle.read())
    try:
        return staticfiles_storage.size(path)
    except (OSError, NotImplementedError):
        return 0


def _blocks(page) -> list[tuple[str, dict, str]]:
    """Top-level blocks of a lesson body as (type, raw value, id), read without expanding snippets."""
    body = getattr(page, "body", None)
    if body is None:
        return []
    return [(block["type"], block.get("value") or {}, block.get("id") or "") for block in body.raw_data]


def course_download(*, course: CoursePage, request: HttpRequest) -> CourseDownload:
    """Everything the course's download holds, in reading order, with sizes."""
    pages = list(
        Page.objects.descendant_of(course, inclusive=True).live().type(CoursePage, ModulePage, LessonPage).specific()
    )
    download = CourseDownload(course=course, version=course_version(course))
    image_ids: list[int] = []
    document_ids: dict[int, str] = {}
    video_ids: dict[int, str] = {}
    package_ids: dict[int, str] = {}
    activities: list[tuple[LessonPage, str, int]] = []
    for page in pages:
        raw = page.body.raw_data if isinstance(page, LessonPage) else []
        text_size = len(json.dumps(list(raw), ensure_ascii=False).encode())
        download.items.append(
            DownloadItem(
                url=page.get_url(request), kind=ItemKind.PAGE, size=PAGE_LAYOUT_BYTES + text_size, title=page.title
            )
        )
        for kind, value, block_id in _blocks(page) if isinstance(page, LessonPage) else []:
            if kind == "image" and value.get("image"):
                image_ids.append(value["image"])
            elif kind == "document" and value.get("document"):
                document_ids[value["document"]] = value.get("title") or ""
            elif kind == "video" and value.get("file"):
                video_ids[value["file"]] = value.get("title") or ""
            elif kind == "h5p" and value.get("package"):
                package_ids[value["package"]] = value.get("title") or ""
                activities.append((page, block_id, value["package"]))

    for path in STATIC_FILES:
        download.items.append(DownloadItem(url=static(path), kind=ItemKind.STATIC, size=_static_size(path)))

    images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(SMALL_RENDITION)
    for image in images:
        rendition = image.get_rendition(SMALL_RENDITION)
        download.items.append(
            DownloadItem(url=rendition.url, kind=ItemKind.IMAGE, size=_file_size(rendition.file), title=image.title)
        )

    documents = get_document_model().objects.filter(pk__in=[*document_ids, *video_ids])
    for document in documents:
        kind = ItemKind.VIDEO if document.pk in video_ids else ItemKind.DOCUMENT
        title = (video_ids if kind == ItemKind.VIDEO else document_ids).get(document.pk) or document.title
        download.items.append(
            DownloadItem(url=document.url, kind=kind, size=document.file_size or _file_size(document.file), title=title)
        )

    packages = H5PPackage.objects.in_bulk(list(package_ids)) if package_ids else {}
    playable = [(lesson, block_id, packages[pk]) for lesson, block_id, pk in activities if pk in packages]
    playable = [entry for entry in playable if entry[1] and h5p_offline.plays_offline(entry[2])]
    if playable:
        for path in h5p_offline.player_files():
            download.items.append(DownloadItem(url=static(path), kind=ItemKind.STATIC, size=_static_size(path)))
    language = getattr(request, "LANGUAGE_CODE", None) or course.locale.language_code
    for lesson, block_id, package in playable:
        title = package_ids[package.pk] or package.title or _("H5P activity")
        kept = h5p_offline.kept_files(
            user_id=request.user.pk, language=language, lesson=lesson, block_id=block_id, package=package
        )
        download.items.extend(
            DownloadItem(url=file.url, key=file.key, kind=ItemKind.ACTIVITY, size=file.size, title=title)
            for file in kept
        )
    return download


def _file_size(file) -> int:
    try:
        return file.size
    except (OSError, ValueError):
        return 0
