"""Builders for H5P tests: packages uploaded through the real admin form, crafted zips, lessons with H5P blocks."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "h5p"
VALID = sorted((SHARED / "valid").glob("*.h5p"))
INVALID = sorted((SHARED / "invalid").glob("*.h5p"))


def package_form_class():
    from courses.h5p.models import H5PPackage
    from courses.h5p.wagtail_hooks import H5PPackageViewSet

    return H5PPackageViewSet.edit_handler.bind_to_model(H5PPackage).get_form_class()


def upload_package(data: bytes | Path, *, title: str = "", user=None, name: str = "activity.h5p"):
    """Upload through the admin form (check, save, unpack on commit) and return the saved package.

    Tests that need the files must run on-commit callbacks (``django_capture_on_commit_callbacks``
    with ``execute=True``) or be transactional.
    """
    if isinstance(data, Path):
        name, data = data.name, data.read_bytes()
    form = package_form_class()(
        data={"title": title or name}, files={"file": SimpleUploadedFile(name, data)}, for_user=user
    )
    if not form.is_valid():
        raise AssertionError(form.errors)
    return form.save()


def tiny_library_files(machine_name: str = "H5P.Tiny", script: str = "", css: str = "") -> dict[str, bytes]:
    """A minimal package of our own: one library whose constructor runs `script` when attached."""
    folder = f"{machine_name}-1.0"
    library = {
        "title": machine_name,
        "machineName": machine_name,
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "runnable": 1,
        "preloadedJs": [{"path": "tiny.js"}],
        "preloadedCss": [{"path": "tiny.css"}],
    }
    h5p = {
        "title": "Tiny",
        "mainLibrary": machine_name,
        "language": "en",
        "embedTypes": ["div"],
        "license": "U",
        "preloadedDependencies": [{"machineName": machine_name, "majorVersion": 1, "minorVersion": 0}],
    }
    code = (
        "var H5P = H5P || {};\n"
        f"H5P.{machine_name.split('.', 1)[1]} = function (params, contentId) {{\n"
        "  H5P.EventDispatcher.call(this);\n"
        "  this.attach = function ($container) {\n"
        "    var root = document.createElement('div'); root.className = 'tiny-root';\n"
        "    root.textContent = params.text || 'Tiny';\n"
        "    $container.get(0).appendChild(root);\n"
        f"    {script}\n"
        "  };\n"
        "};\n"
    )
    return {
        "h5p.json": json.dumps(h5p).encode(),
        "content/content.json": json.dumps({"text": "Tiny activity"}).encode(),
        f"{folder}/library.json": json.dumps(library).encode(),
        f"{folder}/tiny.js": code.encode(),
        f"{folder}/tiny.css": (css or ".tiny-root { padding: 1em; }").encode(),
    }


# Entries H5P core skips (any path component starting with "." or "_"): what a Mac's "Compress" adds, an
# editor's leftovers, and things that would be refused if they were not skipped (PHP, HTML, no extension).
SKIPPED_ENTRIES = {
    "__MACOSX/._h5p.json": b"\x00\x05\x16\x07AppleDouble",
    "__MACOSX/H5P.Tiny-1.0/._tiny.js": b"\x00\x05\x16\x07AppleDouble",
    "__MACOSX/content/._content.json": b"\x00\x05\x16\x07",
    ".DS_Store": b"Bud1",
    "content/.DS_Store": b"Bud1",
    "content/._picture.png": b"\x00\x05\x16\x07",
    "H5P.Tiny-1.0/.git/config": b"[core]",
    "_notes/shell.php": b"<?php system($_GET['c']);",
    "H5P.Tiny-1.0/_build/page.html": b"<script>alert(1)</script>",
}


def macosx_files(machine_name: str = "H5P.Tiny") -> dict[str, bytes]:
    """A valid package zipped on a Mac (``__MACOSX/``, ``.DS_Store``) with a few more hidden leftovers."""
    return tiny_library_files(machine_name) | SKIPPED_ENTRIES


def no_extension_files(machine_name: str = "H5P.Tiny") -> dict[str, bytes]:
    """A package with files that have no extension: one with none at all and one whose name ends in a dot."""
    return tiny_library_files(machine_name) | {
        "README": b"Read me",
        "content/shell.php.": b"<?php system($_GET['c']);",
        f"{machine_name}-1.0/LICENSE": b"MIT",
    }


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def h5p_block(package, *, block_id: str = "h5p-one", pass_mark: int = 70, required: bool = True) -> dict:
    return {
        "type": "h5p",
        "id": block_id,
        "value": {"package": package.pk, "title": "", "pass_mark": pass_mark, "required": required},
    }


def add_h5p_blocks(lesson, *blocks: dict):
    """Append raw H5P blocks to a lesson and publish it."""
    lesson.body = list(lesson.body.raw_data) + list(blocks)
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson
