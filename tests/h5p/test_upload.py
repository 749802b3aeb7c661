"""Uploading H5P packages through the admin form and view: valid packages unpack into their own folder;
rejected ones show every reason and write nothing; replaced and deleted packages leave no files behind."""

import io
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.users.models import UserProfile

from courses.h5p import services
from courses.h5p.models import H5PPackage, H5PState, H5PStatement, PackageStatus
from courses.progress.models import ActivityResult
from lms.languages.bidi import isolate
from lms.private_storage import private_storage
from tests.factories import give_mfa, make_user
from tests.h5p.helpers import (
    INVALID,
    SKIPPED_ENTRIES,
    VALID,
    macosx_files,
    no_extension_files,
    package_form_class,
    tiny_library_files,
    upload_package,
    zip_bytes,
)

pytestmark = pytest.mark.django_db

INVALID_MESSAGES = {
    "broken-h5p-json.h5p": "The h5p.json file is not valid JSON.",
    "corrupt_archive.h5p": "This file is not an .h5p package (not a valid zip archive).",
    "invalid-h5p-json-schema.h5p": "The h5p.json file lacks “mainLibrary”.",
    "invalid-library-directory-name.h5p": "The folder “H5P.GreetingCard-1.0” holds the library H5P.AnotherLibrary-1.0.",
    "missing-preloaded-js.h5p": "The library “H5P.GreetingCard-1.0” lists greetingcard.js, which is missing.",
}


@pytest.fixture
def media(settings, tmp_path):
    """Storage folders of this test's own (parallel workers share tests/artifacts/); returns the private one,
    where packages are kept. The public MEDIA_ROOT beside it must stay empty."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    assert Path(private_storage().path("x")).parent == settings.PRIVATE_MEDIA_ROOT  # the storage follows the setting
    return settings.PRIVATE_MEDIA_ROOT


def _tree(root: Path) -> dict[str, int]:
    """Every file under a folder with its size."""
    if not root.exists():
        return {}
    return {path.relative_to(root).as_posix(): path.stat().st_size for path in root.rglob("*") if path.is_file()}


def _rows() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (H5PPackage, H5PState, H5PStatement, ActivityResult)}


def _stored_files(prefix: str) -> set[str]:
    """Every file under a storage prefix, walked through the storage API."""
    if not private_storage().exists(prefix):
        return set()
    folders, files = private_storage().listdir(prefix)
    found = {name for name in files}
    for folder in folders:
        found |= {f"{folder}/{name}" for name in _stored_files(f"{prefix}/{folder}")}
    return found


def _archive_files(data: bytes) -> dict[str, int]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: info.file_size for info in archive.infolist() if not info.is_dir()}


def _upload(data: bytes | Path, capture, **kwargs) -> H5PPackage:
    with capture(execute=True):
        package = upload_package(data, **kwargs)
    package.refresh_from_db()
    return package


# Valid packages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_every_valid_package_uploads_and_unpacks(path, media, django_capture_on_commit_callbacks):
    editor = make_user("uploader@example.org")
    package = _upload(path, django_capture_on_commit_callbacks, user=editor)

    expected = _archive_files(path.read_bytes())
    assert package.status == PackageStatus.READY, package.error
    assert package.error == ""
    assert package.uploaded_by == editor
    assert package.main_library.startswith("H5P.") and package.main_version
    assert package.libraries and all("-" in library for library in package.libraries)
    assert package.file_count == len(expected)
    assert package.file_size == path.stat().st_size
    assert package.unpacked_size == sum(expected.values())
    assert package.title  # taken from the form, or else from h5p.json
    # The archive is kept under a name of ours, and its files are unpacked under the package's own folder.
    assert package.file.name == f"h5p/packages/{package.folder}.h5p"
    assert private_storage().exists(package.file.name)
    assert package.content_prefix == f"h5p/content/{package.folder}"
    assert _stored_files(package.content_prefix) == set(expected)
    assert private_storage().open(f"{package.content_prefix}/h5p.json").read()
    assert private_storage().open(f"{package.content_prefix}/content/content.json").read()
    # …and nowhere else: nothing under MEDIA_ROOT, which is served at /media/.
    written = set(_tree(media))
    assert _tree(media.parent / "media") == {}
    assert written == {package.file.name} | {f"{package.content_prefix}/{name}" for name in expected}


# Rejected packages -------------------------------------------------------------------------------


def _symlink_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in tiny_library_files().items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("content/link.json")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    return buffer.getvalue()


def _bomb_zip() -> bytes:
    """150 MB of zeros in one entry, compressed about a thousand to one (under the 200 MB total limit)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in tiny_library_files().items():
            archive.writestr(name, data)
        block = bytes(1024 * 1024)
        with archive.open("content/zeros.txt", "w", force_zip64=True) as entry:
            for _ in range(150):
                entry.write(block)
    return buffer.getvalue()


CRAFTED = {
    "traversal": (
        lambda: zip_bytes(tiny_library_files() | {"../evil.js": b"alert(1)"}),
        ["“../evil.js” tries to leave the package folder."],
    ),
    "zip-bomb": (_bomb_zip, ["“content/zeros.txt” is compressed more than 100 to 1."]),
    "symlink": (_symlink_zip, ["“content/link.json” is a symbolic link."]),
    "php": (
        lambda: zip_bytes(tiny_library_files() | {"H5P.Tiny-1.0/shell.php": b"<?php system($_GET['c']);"}),
        ["“H5P.Tiny-1.0/shell.php” has a file type that H5P does not allow."],
    ),
    "html-in-content": (
        lambda: zip_bytes(tiny_library_files() | {"content/page.html": b"<script>alert(1)</script>"}),
        ["“content/page.html” has a file type that H5P does not allow."],
    ),
    "js-in-content": (
        lambda: zip_bytes(tiny_library_files() | {"content/run.js": b"alert(1)"}),
        ["“content/run.js” is code outside a library folder."],
    ),
    "several-problems": (
        lambda: zip_bytes(tiny_library_files() | {"content/run.js": b"alert(1)", "content/page.html": b"<p>"}),
        ["“content/run.js” is code outside a library folder.", "“content/page.html” has a file type"],
    ),
    "no-extension": (
        lambda: zip_bytes(no_extension_files()),
        [
            "“README” has no file extension.",
            "“content/shell.php.” has no file extension.",
            "“H5P.Tiny-1.0/LICENSE” has no file extension.",
        ],
    ),
}

REJECTED = [
    pytest.param(lambda path=path: path.read_bytes(), [INVALID_MESSAGES[path.name]], id=path.name) for path in INVALID
] + [pytest.param(build, messages, id=name) for name, (build, messages) in CRAFTED.items()]


def test_every_shared_invalid_package_has_an_expected_message():
    assert {path.name for path in INVALID} == set(INVALID_MESSAGES)


@pytest.mark.parametrize(("build", "messages"), REJECTED)
def test_rejected_packages_list_their_reasons_and_write_nothing(
    build, messages, media, django_capture_on_commit_callbacks
):
    data = build()
    files_before, rows_before = _tree(media), _rows()
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True) as callbacks:
        form = package_form_class()(
            data={"title": "Hostile"}, files={"file": SimpleUploadedFile("hostile.h5p", data)}, for_user=None
        )
        assert not form.is_valid()
        errors = [str(error) for error in form.errors["file"]]
    for message in messages:
        assert any(error.startswith(message) for error in errors), errors
    assert len(errors) == len(messages)
    assert callbacks == []
    assert _tree(media) == files_before == {}
    assert _rows() == rows_before


def test_a_file_that_is_not_h5p_by_name_is_refused(media):
    with translation.override("en"):
        form = package_form_class()(
            data={"title": "Zip"},
            files={"file": SimpleUploadedFile("package.zip", zip_bytes(tiny_library_files()))},
            for_user=None,
        )
        assert not form.is_valid()
        assert form.errors["file"] == ["Choose an .h5p file."]
    assert _tree(media) == {}


def test_an_upload_over_the_size_limit_is_refused_before_it_is_read(media, settings):
    data = zip_bytes(tiny_library_files())
    settings.H5P_MAX_UPLOAD_BYTES = len(data) - 1
    with translation.override("en"):
        form = package_form_class()(
            data={"title": "Big"}, files={"file": SimpleUploadedFile("big.h5p", data)}, for_user=None
        )
        assert not form.is_valid()
        assert "at most" in form.errors["file"][0]
    assert _tree(media) == {}


# Through the admin view --------------------------------------------------------------------------


def _staff(email: str, group: str):
    user = make_user(email, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    give_mfa(user)  # staff reach the admin only with two-factor authentication
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the messages below are checked in English
    profile.save()
    return user


def test_admin_view_shows_every_reason_and_writes_nothing(client, media, django_capture_on_commit_callbacks):
    client.force_login(_staff("editor-upload@example.org", "Editors"))
    url = reverse("wagtailsnippets_h5p_h5ppackage:add")
    hostile = zip_bytes(
        tiny_library_files() | {"../evil.js": b"alert(1)", "content/run.js": b"x", "content/page.html": b"<p>"}
    )
    for name, data, messages in [
        (
            "hostile.h5p",
            hostile,
            [
                "“../evil.js” tries to leave the package folder.",
                "“content/run.js” is code outside a library folder.",
                "“content/page.html” has a file type that H5P does not allow.",
            ],
        ),
        (
            "broken.h5p",
            (INVALID[0].parent / "missing-preloaded-js.h5p").read_bytes(),
            [INVALID_MESSAGES["missing-preloaded-js.h5p"]],
        ),
        ("symlink.h5p", _symlink_zip(), CRAFTED["symlink"][1]),
    ]:
        files_before, rows_before = _tree(media), _rows()
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            response = client.post(url, {"title": "Hostile", "file": SimpleUploadedFile(name, data)})
        assert response.status_code == 200
        page = response.content.decode()
        for message in messages:
            assert escape(message) in page, message
        assert callbacks == []
        assert _tree(media) == files_before == {}
        assert _rows() == rows_before


def test_admin_view_uploads_a_valid_package(client, media, django_capture_on_commit_callbacks):
    editor = _staff("editor-valid@example.org", "Editors")
    client.force_login(editor)
    path = next(path for path in VALID if path.name == "true-false.h5p")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailsnippets_h5p_h5ppackage:add"),
            {"title": "True or false", "file": SimpleUploadedFile(path.name, path.read_bytes())},
        )
    assert response.status_code == 302
    package = H5PPackage.objects.get(title="True or false")
    assert package.status == PackageStatus.READY, package.error
    assert package.main_library == "H5P.TrueFalse"
    assert package.uploaded_by == editor
    assert private_storage().exists(f"{package.content_prefix}/h5p.json")


def test_a_mac_zipped_package_uploads_without_its_leftovers_and_the_editor_is_warned(
    client, media, django_capture_on_commit_callbacks
):
    """``__MACOSX/``, ``.DS_Store`` and other "." or "_" names are skipped as H5P core skips them: never written,
    listed as a warning after a successful upload (not an error that refuses it)."""
    client.force_login(_staff("editor-mac@example.org", "Editors"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailsnippets_h5p_h5ppackage:add"),
            {"title": "Zipped on a Mac", "file": SimpleUploadedFile("mac.h5p", zip_bytes(macosx_files()))},
        )
    assert response.status_code == 302
    package = H5PPackage.objects.get(title="Zipped on a Mac")
    assert package.status == PackageStatus.READY, package.error
    assert package.file_count == len(tiny_library_files())
    assert _stored_files(package.content_prefix) == set(tiny_library_files())
    assert set(_tree(media)) == {package.file.name} | {
        f"{package.content_prefix}/{name}" for name in tiny_library_files()
    }

    page = client.get(response["Location"]).content.decode()
    assert escape(f"{len(SKIPPED_ENTRIES)} files were left out") in page
    # Each name is isolated (FSI … PDI), so a path keeps its order inside an Arabic sentence.
    assert escape(f"“{isolate('__MACOSX/._h5p.json')}”") in page and escape(f"“{isolate('_notes/shell.php')}”") in page
    assert "warning" in page


def test_the_warning_names_the_first_ten_skipped_files_and_counts_the_rest(media):
    files = tiny_library_files() | {f"__MACOSX/content/._{number:02}.png": b"x" for number in range(13)}
    with translation.override("en"):
        form = package_form_class()(
            data={"title": "Many"}, files={"file": SimpleUploadedFile("many.h5p", zip_bytes(files))}, for_user=None
        )
        assert form.is_valid(), form.errors
        warning = form.skipped_warning()
    assert warning.startswith("13 files were left out")
    assert f"“{isolate('__MACOSX/content/._09.png')}”" in warning and "._10.png" not in warning
    assert warning.endswith("(and 3 more)")
    assert _tree(media) == {}  # checked, not yet saved


def test_a_package_with_nothing_skipped_has_no_warning(media):
    with translation.override("en"):
        form = package_form_class()(
            data={"title": "Clean"},
            files={"file": SimpleUploadedFile("clean.h5p", zip_bytes(tiny_library_files()))},
            for_user=None,
        )
        assert form.is_valid(), form.errors
        assert form.skipped_warning() == ""


# Replacing, deleting, failing --------------------------------------------------------------------


def test_replacing_the_file_unpacks_into_a_new_folder_and_removes_the_old_files(
    media, django_capture_on_commit_callbacks
):
    editor = make_user("replacer@example.org")
    package = _upload(zip_bytes(tiny_library_files("H5P.First")), django_capture_on_commit_callbacks, user=editor)
    old_prefix, old_archive, old_folder = package.content_prefix, package.file.name, package.folder
    assert private_storage().exists(f"{old_prefix}/H5P.First-1.0/tiny.js")

    form = package_form_class()(
        instance=package,
        data={"title": "Second"},
        files={"file": SimpleUploadedFile("second.h5p", zip_bytes(tiny_library_files("H5P.Second")))},
        for_user=editor,
    )
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=True):
        form.save()
    package.refresh_from_db()

    assert package.folder != old_folder
    assert package.status == PackageStatus.READY, package.error
    assert package.main_library == "H5P.Second"
    assert package.file.name == f"h5p/packages/{package.folder}.h5p"
    assert _stored_files(package.content_prefix) == set(tiny_library_files("H5P.Second"))
    assert not private_storage().exists(old_prefix)
    assert not private_storage().exists(old_archive)
    assert set(_tree(media)) == {package.file.name} | {
        f"{package.content_prefix}/{name}" for name in tiny_library_files("H5P.Second")
    }


def test_editing_only_the_title_keeps_the_files(media, django_capture_on_commit_callbacks):
    package = _upload(zip_bytes(tiny_library_files()), django_capture_on_commit_callbacks)
    before = _tree(media)
    form = package_form_class()(instance=package, data={"title": "Renamed"}, files={}, for_user=None)
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        form.save()
    package.refresh_from_db()
    # No unpacking and no deleting is scheduled (other apps may listen to saves: a page cache, for one).
    assert [callback for callback in callbacks if callback.__module__.startswith("courses.h5p")] == []
    assert package.title == "Renamed" and package.status == PackageStatus.READY
    assert _tree(media) == before


def test_deleting_a_package_removes_its_archive_and_folder(media, django_capture_on_commit_callbacks):
    keep = _upload(zip_bytes(tiny_library_files("H5P.Keep")), django_capture_on_commit_callbacks)
    package = _upload(zip_bytes(tiny_library_files("H5P.Gone")), django_capture_on_commit_callbacks)
    assert private_storage().exists(package.file.name) and private_storage().exists(package.content_prefix)
    kept = _tree(media)
    with django_capture_on_commit_callbacks(execute=True):
        package.delete()
    assert not private_storage().exists(package.file.name)
    assert not private_storage().exists(package.content_prefix)
    # The other package's files are untouched.
    assert _tree(media) == {
        name: size for name, size in kept.items() if name == keep.file.name or name.startswith(keep.content_prefix)
    }
    assert set(_tree(media)) == {keep.file.name} | {
        f"{keep.content_prefix}/{name}" for name in tiny_library_files("H5P.Keep")
    }


def test_a_package_that_cannot_be_unpacked_fails_and_leaves_no_folder(media, django_capture_on_commit_callbacks):
    package = _upload(zip_bytes(tiny_library_files()), django_capture_on_commit_callbacks)
    assert private_storage().exists(package.content_prefix)
    # The stored archive is damaged after the upload (a bad disk, a half-synced bucket).
    Path(private_storage().path(package.file.name)).write_bytes(b"this is not a zip archive")

    with translation.override("en"):  # the error is kept in the language the task ran in
        services.unpack(package)
    package.refresh_from_db()

    assert package.status == PackageStatus.FAILED
    assert "not a valid zip archive" in package.error
    assert not private_storage().exists(package.content_prefix)
    assert _stored_files("h5p/content") == set()


def test_a_package_whose_archive_is_missing_fails(media, django_capture_on_commit_callbacks):
    package = _upload(zip_bytes(tiny_library_files()), django_capture_on_commit_callbacks)
    private_storage().delete(package.file.name)
    services.unpack(package)
    package.refresh_from_db()
    assert package.status == PackageStatus.FAILED and package.error
    assert not private_storage().exists(package.content_prefix)


# Permissions -------------------------------------------------------------------------------------


def test_editors_can_add_and_change_packages_and_moderators_can_also_delete(demo_site):
    editor = make_user("perm-editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    moderator = make_user("perm-moderator@example.org", is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    learner = make_user("perm-learner@example.org")

    assert editor.has_perms(["h5p.add_h5ppackage", "h5p.change_h5ppackage", "h5p.view_h5ppackage"])
    assert not editor.has_perm("h5p.delete_h5ppackage")
    assert moderator.has_perms(
        ["h5p.add_h5ppackage", "h5p.change_h5ppackage", "h5p.view_h5ppackage", "h5p.delete_h5ppackage"]
    )
    assert not learner.has_perm("h5p.add_h5ppackage") and not learner.has_perm("h5p.view_h5ppackage")


def test_a_learner_cannot_reach_the_upload_view(client, media):
    client.force_login(make_user("sneaky@example.org"))
    response = client.post(
        reverse("wagtailsnippets_h5p_h5ppackage:add"),
        {"title": "Mine", "file": SimpleUploadedFile("x.h5p", zip_bytes(tiny_library_files()))},
    )
    assert response.status_code in (302, 403)
    assert not H5PPackage.objects.filter(title="Mine").exists()
    assert _tree(media) == {}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ar", "يحاول «../evil.js» الخروج من مجلد الحزمة."),
        ("fr", "«\u00a0../evil.js\u00a0» tente de sortir du dossier du paquet."),  # no-break spaces
    ],
)
def test_admin_view_lists_the_reasons_in_the_editors_language(client, media, language, expected):
    editor = _staff(f"editor-{language}@example.org", "Editors")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    hostile = zip_bytes(tiny_library_files() | {"../evil.js": b"alert(1)"})
    response = client.post(
        reverse("wagtailsnippets_h5p_h5ppackage:add"),
        {"title": "Hostile", "file": SimpleUploadedFile("hostile.h5p", hostile)},
    )
    assert response.status_code == 200
    assert escape(expected) in response.content.decode()
    assert _tree(media) == {}
