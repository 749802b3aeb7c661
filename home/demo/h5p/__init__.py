"""Demo H5P packages, built from our own small library H5P.YCASelfCheck (the folder next to this file).

The shared example packages cannot ship with the code (their licences), so the demo writes its
own: one .h5p per activity and language, zipped in memory from ``h5p.json``, ``content/content.json``
and the library folder, then stored the way the admin stores an upload (checked by
``check_package``, then ``services.store_checked_package``). Unpacking runs here and now rather
than as a task, so the demo site's activities are ready as soon as ``load_demo`` ends. A package
is found again by its title; it is rebuilt only when its archive's bytes change (new library code
or texts), so loading twice creates nothing, and the zip is byte-for-byte reproducible to allow it.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile

from courses.h5p import services
from courses.h5p.models import H5PPackage
from courses.h5p.package import check_package
from home.demo.content.h5p_activities import ACTIVITIES
from home.demo.content.schema import LANGUAGES, validate_activities
from lms.private_storage import private_storage

MACHINE_NAME = "H5P.YCASelfCheck"
MAJOR_VERSION, MINOR_VERSION = 1, 0
LIBRARY_FOLDER = f"{MACHINE_NAME}-{MAJOR_VERSION}.{MINOR_VERSION}"
LIBRARY_DIR = Path(__file__).resolve().parent / LIBRARY_FOLDER
LIBRARY_FILES = ("library.json", "selfcheck.js", "selfcheck.css")
# A fixed time stamp for every member: the same texts and code always give the same bytes.
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


class DemoPackageError(RuntimeError):
    pass


def _json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode()


def h5p_json(text: dict[str, Any], language: str) -> dict[str, Any]:
    return {
        "title": text["title"],
        "language": language,
        "defaultLanguage": language,
        "mainLibrary": MACHINE_NAME,
        "embedTypes": ["div"],
        "license": "U",
        "authors": [{"name": "Young Cities Academy", "role": "Author"}],
        "preloadedDependencies": [
            {"machineName": MACHINE_NAME, "majorVersion": MAJOR_VERSION, "minorVersion": MINOR_VERSION}
        ],
    }


def content_json(text: dict[str, Any], language: str) -> dict[str, Any]:
    # The library reads the language to set lang and dir itself: the frame page follows the
    # learner's interface language, which need not be the content's.
    return {
        "language": language,
        "scenario": text["scenario"],
        "question": text["question"],
        "choices": text["choices"],
        "l10n": text["l10n"],
    }


def package_files(activity: dict[str, Any], language: str) -> dict[str, bytes]:
    text = activity[language]
    files = {
        "h5p.json": _json(h5p_json(text, language)),
        "content/content.json": _json(content_json(text, language)),
    }
    for name in LIBRARY_FILES:
        files[f"{LIBRARY_FOLDER}/{name}"] = (LIBRARY_DIR / name).read_bytes()
    return files


def build_package(activity: dict[str, Any], language: str) -> bytes:
    """The .h5p archive of one activity in one language, the same bytes for the same input."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in package_files(activity, language).items():
            member = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o100644 << 16  # a regular file, never a link
            archive.writestr(member, data)
    return buffer.getvalue()


def _stored_archive(package: H5PPackage) -> bytes | None:
    try:
        with package.file.open("rb") as archive:
            return archive.read()
    except (OSError, ValueError):
        return None


def _is_current(package: H5PPackage, data: bytes) -> bool:
    """Ready, unpacked, and holding exactly these bytes: a media folder wiped since still rebuilds."""
    return (
        package.is_ready
        and private_storage().exists(f"{package.content_prefix}/h5p.json")
        and _stored_archive(package) == data
    )


def store_package(title: str, data: bytes) -> H5PPackage:
    """Create or replace the package titled `title` with this archive, as the admin form would, and unpack it."""
    checked = check_package(data)  # our own library failing the checker is a bug: let it raise
    package = H5PPackage.objects.filter(title=title).order_by("pk").first()
    if package is not None and _is_current(package, data):
        return package
    replaces = None if package is None else (package.content_prefix, package.file.name)
    package = package or H5PPackage(title=title)
    package.file = ContentFile(data, name="activity.h5p")  # stored as h5p/packages/<folder>.h5p
    services.store_checked_package(package, checked, file_size=len(data), replaces=replaces, unpack_now=True)
    if not package.is_ready:
        package.refresh_from_db()
        raise DemoPackageError(f"The demo H5P package “{title}” could not be unpacked: {package.error}")
    return package


def load_h5p_packages() -> list[H5PPackage]:
    """Every demo activity in every language, ready to play."""
    validate_activities(ACTIVITIES)
    return [
        store_package(activity[language]["title"], build_package(activity, language))
        for activity in ACTIVITIES
        for language in LANGUAGES
    ]


def package_pk(slug: str, language: str) -> int:
    """The demo package of one activity in one language (after ``load_h5p_packages``), for lesson blocks."""
    activity = next(activity for activity in ACTIVITIES if activity["slug"] == slug)
    return H5PPackage.objects.filter(title=activity[language]["title"]).order_by("pk").values_list("pk", flat=True)[0]
