"""Checking .h5p uploads: the shared valid packages pass; broken and hostile ones are refused, each with its reason;
entries H5P core skips (names starting with "." or "_") are left out rather than refused."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.utils import translation

from courses.h5p.package import MAX_ENTRIES, PackageRejected, check_package
from tests.h5p.helpers import SKIPPED_ENTRIES, macosx_files, tiny_library_files

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "h5p"
VALID = sorted((SHARED / "valid").glob("*.h5p"))
INVALID = {
    "broken-h5p-json.h5p": "h5p_json",
    "corrupt_archive.h5p": "not_zip",
    "invalid-h5p-json-schema.h5p": "h5p_json",
    "invalid-library-directory-name.h5p": "library_folder",
    "missing-preloaded-js.h5p": "preloaded_file",
}


def _codes(data: bytes) -> set[str]:
    with pytest.raises(PackageRejected) as rejected:
        check_package(data)
    return {problem.code for problem in rejected.value.problems}


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_valid_packages_are_accepted(path):
    package = check_package(path.read_bytes())
    assert package.main_library.startswith("H5P.")
    assert package.libraries and package.uncompressed_size > 0


@pytest.mark.parametrize(("name", "code"), sorted(INVALID.items()))
def test_invalid_packages_are_refused_with_a_specific_reason(name, code):
    assert _codes((SHARED / "invalid" / name).read_bytes()) == {code}


def _base_files() -> dict[str, bytes]:
    """A minimal, valid package, to be broken one way at a time."""
    library = {"machineName": "H5P.Tiny", "majorVersion": 1, "minorVersion": 0, "preloadedJs": [{"path": "tiny.js"}]}
    h5p = {
        "title": "Tiny",
        "mainLibrary": "H5P.Tiny",
        "language": "en",
        "embedTypes": ["div"],
        "preloadedDependencies": [{"machineName": "H5P.Tiny", "majorVersion": 1, "minorVersion": 0}],
    }
    return {
        "h5p.json": json.dumps(h5p).encode(),
        "content/content.json": b"{}",
        "H5P.Tiny-1.0/library.json": json.dumps(library).encode(),
        "H5P.Tiny-1.0/tiny.js": b"H5P.Tiny = function () {};",
    }


def _zip(files: dict[str, bytes], *, extra=()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return buffer.getvalue()


def test_the_minimal_package_is_valid():
    assert check_package(_zip(_base_files())).main_version == "1.0"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("../evil.json", "traversal"),
        ("content/../../evil.json", "traversal"),
        ("/etc/evil.json", "absolute"),
        ("C:/evil.json", "absolute"),
        ("content\\evil.json", "backslash"),
        ("content/shell.php", "extension"),
        ("content/page.html", "extension"),
        ("content/run.js", "code_outside_library"),
        ("style.css", "code_outside_library"),
    ],
)
def test_hostile_entries_are_refused(name, code):
    assert code in _codes(_zip(_base_files() | {name: b"x"}))


def test_symlinks_are_refused():
    link = zipfile.ZipInfo("content/link.json")
    link.external_attr = 0o120777 << 16
    assert "symlink" in _codes(_zip(_base_files(), extra=[(link, "/etc/passwd")]))


@pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning")  # the duplicate is the point of the test
def test_duplicate_names_are_refused():
    files = _base_files()
    duplicate = zipfile.ZipInfo("content/content.json")
    assert "duplicate" in _codes(_zip(files, extra=[(duplicate, b"{}")]))


def test_a_zip_bomb_is_refused_by_its_compression_ratio():
    assert "ratio" in _codes(_zip(_base_files() | {"content/zeros.txt": b"0" * (5 * 1024 * 1024)}))


def test_too_many_entries_are_refused():
    files = _base_files() | {f"content/{number}.txt": b"" for number in range(MAX_ENTRIES)}
    assert _codes(_zip(files)) == {"too_many"}


def test_missing_dependency_and_main_library():
    files = _base_files()
    h5p = json.loads(files["h5p.json"])
    h5p["preloadedDependencies"].append({"machineName": "H5P.Missing", "majorVersion": 2, "minorVersion": 3})
    h5p["mainLibrary"] = "H5P.Other"
    codes = _codes(_zip(files | {"h5p.json": json.dumps(h5p).encode()}))
    assert codes == {"dependency", "main_library"}


def test_messages_are_in_the_editors_language():
    with pytest.raises(PackageRejected) as rejected:
        check_package((SHARED / "invalid" / "corrupt_archive.h5p").read_bytes())
    message = rejected.value.problems[0].message
    with translation.override("ar"):
        arabic = str(message)
    with translation.override("en"):
        english = str(message)
    assert english.startswith("This file is not an .h5p package")
    assert arabic != english


# What H5P core skips, and files without an extension ---------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["README", "content/shell.php.", "H5P.Tiny-1.0/LICENSE", "content/images/photo.", "content/run.JS."],
)
def test_a_file_without_an_extension_is_refused(name):
    """Not on H5P's allow-list; and "shell.php." may still run as PHP on a server that trims the dot."""
    with pytest.raises(PackageRejected) as rejected, translation.override("en"):
        check_package(_zip(_base_files() | {name: b"x"}))
    assert [problem.code for problem in rejected.value.problems] == ["no_extension"]
    assert str(rejected.value.problems[0].message) == f"“{name}” has no file extension."


@pytest.mark.parametrize(
    "name",
    [
        "__MACOSX/._h5p.json",
        "__MACOSX/H5P.Tiny-1.0/library.json",  # not a library folder, and not read as one
        ".DS_Store",
        "content/.DS_Store",
        "content/._picture.png",
        "H5P.Tiny-1.0/.git/config",
        "_notes/shell.php",  # would be refused if it were not skipped
        "H5P.Tiny-1.0/_build/page.html",
        "content/.hidden/run.js",
    ],
)
def test_entries_starting_with_a_dot_or_underscore_are_skipped_as_h5p_core_does(name):
    package = check_package(_zip(_base_files() | {name: b"{not json"}))
    assert package.skipped == [name]
    assert set(package.files) == set(_base_files())
    assert package.libraries == ["H5P.Tiny-1.0"]


def test_a_mac_zipped_package_is_accepted_without_its_leftovers():
    data = _zip(macosx_files())
    package = check_package(data)
    assert set(package.files) == set(tiny_library_files())
    assert sorted(package.skipped) == sorted(SKIPPED_ENTRIES)
    # Sizes and counts are of what is kept.
    assert package.uncompressed_size == sum(len(value) for value in tiny_library_files().values())
    # Skipping comes after the path checks: a hidden name does not smuggle a path out of the package.
    assert "traversal" in _codes(_zip(macosx_files() | {"__MACOSX/../../evil.json": b"x"}))
    assert "absolute" in _codes(_zip(macosx_files() | {"/.hidden.json": b"x"}))
