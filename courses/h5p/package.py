"""Checking an uploaded .h5p package before anything is stored: it is a zip of untrusted code.

A thin wrapper over pyh5p (which parses h5p.json and library.json and applies its own archive
policy), adding what it lacks: sizes counted while reading rather than trusted from headers, a
stricter compression ratio, duplicate and drive-letter paths, files without an extension (pyh5p
lets them through; H5P core's allow-list does not), scripts outside library folders, library
folders named after their library, and every preloaded dependency and file present. As in H5P
core (H5PValidator), an entry with any path component starting with "." or "_" (``__MACOSX/``,
``.DS_Store``, ``._foo``) is skipped: never checked further, never written, listed for the editor.
Files that H5P core's allow-list accepts but that no browser runs any more (Flash ``.swf``, shipped
by H5P.ExportableTextArea's Downloadify in CoursePresentation) are skipped the same way: the package
is accepted, as H5P core accepts it, and the file is neither written nor served.
Each problem is reported in the editor's language; nothing here writes anything.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pyh5p
from django.utils.translation import gettext_lazy as _
from pyh5p.security import DEFAULT_ALLOWED_EXTENSIONS

MAX_ENTRIES = 5_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
CHUNK = 64 * 1024
# On H5P core's allow-list, but never served: skipped like "__MACOSX/" (browsers have not run Flash since 2021).
UNSERVED_EXTENSIONS = frozenset({"swf"})
# H5P's own allow-list (pyh5p's default), without what H5P core refuses (wasm, bin, map) or we never serve.
ALLOWED_EXTENSIONS = DEFAULT_ALLOWED_EXTENSIONS - {"wasm", "bin", "map"} - UNSERVED_EXTENSIONS
CODE_EXTENSIONS = {"js", "css"}
LIBRARY_FOLDER = re.compile(r"^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*-\d+\.\d+$")
REQUIRED_H5P_FIELDS = ("title", "mainLibrary", "language", "preloadedDependencies", "embedTypes")


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


@dataclass
class CheckedPackage:
    title: str
    main_library: str
    main_version: str
    libraries: list[str]
    files: dict[str, bytes] = field(repr=False)
    language: str = ""
    uncompressed_size: int = 0
    # Entries skipped as H5P core skips them (hidden or "_" names): a warning for the editor, not an error.
    skipped: list[str] = field(default_factory=list)
    # Entries H5P core accepts but we never write or serve (UNSERVED_EXTENSIONS): a warning too.
    unserved: list[str] = field(default_factory=list)


class PackageRejected(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(problem.message) for problem in problems))
        self.problems = problems


def _path_problem(name: str) -> Problem | None:
    if "\\" in name:
        return Problem("backslash", _("“%(name)s” uses backslashes in its path.") % {"name": name})
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return Problem("absolute", _("“%(name)s” is an absolute path.") % {"name": name})
    if any(part == ".." for part in PurePosixPath(name).parts):
        return Problem("traversal", _("“%(name)s” tries to leave the package folder.") % {"name": name})
    if "\x00" in name or ":" in name:
        return Problem("path", _("“%(name)s” is not a valid file name.") % {"name": name})
    return None


def is_skipped(name: str) -> bool:
    """H5P core's rule: any path component starting with "." or "_" (macOS and editor leftovers)."""
    return any(part.startswith((".", "_")) for part in name.split("/") if part)


def _extension(name: str) -> str:
    """What follows the last dot of the file name; "" when there is none or nothing follows it (``shell.php.``)."""
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[1].lower() if "." in base else ""


def _read_members(
    archive: zipfile.ZipFile, problems: list[Problem], skipped: list[str], unserved: list[str]
) -> tuple[dict[str, bytes], int]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        problems.append(
            Problem(
                "too_many",
                _("The package has %(count)s files; at most %(limit)s are allowed.")
                % {"count": len(infos), "limit": MAX_ENTRIES},
            )
        )
        return {}, 0
    files: dict[str, bytes] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if problem := _path_problem(name):
            problems.append(problem)
            continue
        if is_skipped(name):
            if not info.is_dir():
                skipped.append(name)
            continue
        if name in seen:
            problems.append(Problem("duplicate", _("“%(name)s” appears twice in the package.") % {"name": name}))
            continue
        seen.add(name)
        if ((info.external_attr >> 16) & 0o170000) == 0o120000:
            problems.append(Problem("symlink", _("“%(name)s” is a symbolic link.") % {"name": name}))
            continue
        if info.is_dir():
            continue
        extension = _extension(name)
        top = name.split("/", 1)[0]
        if not extension:
            # Not on H5P's allow-list either; and a server may still run "shell.php." as PHP.
            problems.append(Problem("no_extension", _("“%(name)s” has no file extension.") % {"name": name}))
            continue
        if extension in UNSERVED_EXTENSIONS:
            unserved.append(name)  # not read: its bytes are never kept
            continue
        if extension not in ALLOWED_EXTENSIONS:
            problems.append(
                Problem("extension", _("“%(name)s” has a file type that H5P does not allow.") % {"name": name})
            )
            continue
        if extension in CODE_EXTENSIONS and (top == "content" or "/" not in name):
            problems.append(
                Problem("code_outside_library", _("“%(name)s” is code outside a library folder.") % {"name": name})
            )
            continue
        # Count the bytes actually read: zip headers can lie about sizes.
        data = io.BytesIO()
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                data.write(chunk)
                total += len(chunk)
                if total > MAX_UNCOMPRESSED_BYTES:
                    problems.append(Problem("too_big", _("The package unpacks to more than 200 MB.")))
                    return files, total
        size = data.tell()
        if size / max(info.compress_size, 1) > MAX_COMPRESSION_RATIO and size > 1024 * 1024:
            problems.append(Problem("ratio", _("“%(name)s” is compressed more than 100 to 1.") % {"name": name}))
            return files, total
        files[name] = data.getvalue()
    return files, total


def _version(dependency: dict) -> str:
    return f"{dependency.get('majorVersion')}.{dependency.get('minorVersion')}"


def _check_libraries(files: dict[str, bytes], metadata: dict, problems: list[Problem]) -> list[str]:
    folders = sorted({name.split("/", 1)[0] for name in files if "/" in name and not name.startswith("content/")})
    for folder in folders:
        if not LIBRARY_FOLDER.match(folder):
            problems.append(
                Problem(
                    "library_folder",
                    _("The folder “%(folder)s” is not named Machine.Name-Major.Minor.") % {"folder": folder},
                )
            )
            continue
        raw = files.get(f"{folder}/library.json")
        if raw is None:
            problems.append(
                Problem("library_json", _("The library “%(folder)s” has no library.json.") % {"folder": folder})
            )
            continue
        try:
            library = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            problems.append(
                Problem("library_json", _("The library.json of “%(folder)s” is not valid JSON.") % {"folder": folder})
            )
            continue
        expected = f"{library.get('machineName')}-{_version(library)}"
        if folder != expected:
            problems.append(
                Problem(
                    "library_folder",
                    _("The folder “%(folder)s” holds the library %(library)s.")
                    % {"folder": folder, "library": expected},
                )
            )
        for key in ("preloadedJs", "preloadedCss"):
            for item in library.get(key) or []:
                if f"{folder}/{item.get('path', '')}" not in files:
                    problems.append(
                        Problem(
                            "preloaded_file",
                            _("The library “%(folder)s” lists %(file)s, which is missing.")
                            % {"folder": folder, "file": item.get("path", "")},
                        )
                    )
    present = set(folders)
    for dependency in metadata.get("preloadedDependencies") or []:
        folder = f"{dependency.get('machineName')}-{_version(dependency)}"
        if folder not in present:
            problems.append(
                Problem("dependency", _("The library %(library)s is needed but missing.") % {"library": folder})
            )
    return folders


def check_package(upload) -> CheckedPackage:
    """Read and check a package (a file object or bytes); raise PackageRejected listing every problem."""
    raw = upload if isinstance(upload, bytes | bytearray) else upload.read()
    problems: list[Problem] = []
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError):
        raise PackageRejected(
            [Problem("not_zip", _("This file is not an .h5p package (not a valid zip archive)."))]
        ) from None
    skipped: list[str] = []
    unserved: list[str] = []
    with archive:
        files, total = _read_members(archive, problems, skipped, unserved)
    if problems:
        raise PackageRejected(problems)
    if "h5p.json" not in files:
        raise PackageRejected([Problem("h5p_json", _("The package has no h5p.json."))])
    try:
        # pyh5p reads the archive again: without the skipped entries, which it would otherwise judge.
        source = _zip_of(files) if skipped or unserved else raw
        parsed = pyh5p.read_package(source, limits=pyh5p.PackageLimits(**_pyh5p_limits()))
    except pyh5p.PackageError as error:
        if "h5p.json" in str(error):
            raise PackageRejected([Problem("h5p_json", _("The h5p.json file is not valid JSON."))]) from error
        raise PackageRejected(
            [Problem("package", _("The package cannot be read: %(error)s") % {"error": error})]
        ) from error
    metadata = parsed.metadata
    for issue in parsed.validate():
        key = issue.path.rsplit(".", 1)[-1]
        if issue.path.startswith("$.h5p.") and issue.keyword == "required" and key in REQUIRED_H5P_FIELDS:
            problems.append(Problem("h5p_json", _("The h5p.json file lacks “%(field)s”.") % {"field": key}))
    if problems:
        raise PackageRejected(problems)
    libraries = _check_libraries(files, metadata, problems)
    main = next((d for d in metadata["preloadedDependencies"] if d.get("machineName") == metadata["mainLibrary"]), None)
    if main is None:
        problems.append(
            Problem(
                "main_library",
                _("The main library %(library)s is not among the dependencies.") % {"library": metadata["mainLibrary"]},
            )
        )
    if problems:
        raise PackageRejected(problems)
    return CheckedPackage(
        title=str(metadata.get("title", ""))[:255],
        main_library=metadata["mainLibrary"],
        main_version=_version(main),
        libraries=libraries,
        files=files,
        uncompressed_size=total,
        skipped=skipped,
        unserved=unserved,
        # "und" (undetermined) is what many tools write; it says nothing, so the lesson's language applies.
        language="" if str(metadata.get("language", "")).lower() in {"", "und"} else str(metadata["language"])[:16],
    )


def _zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # stored: only pyh5p reads it, at once
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _pyh5p_limits() -> dict:
    # Our own reading above is stricter; pyh5p only parses here.
    return {
        "max_files": MAX_ENTRIES,
        "max_total_size": MAX_UNCOMPRESSED_BYTES,
        "max_compression_ratio": float("inf"),
        "allowed_extensions": ALLOWED_EXTENSIONS,
    }


def is_served(name: str) -> bool:
    """Whether a content file of an accepted package may be served: its type is on the list we write."""
    return _extension(name) in ALLOWED_EXTENSIONS and not is_skipped(name)


__all__ = ["CheckedPackage", "PackageRejected", "Problem", "check_package", "is_served"]
