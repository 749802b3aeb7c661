"""Real H5P Hub exports of the common content types (../shared/h5p/hub/) are accepted through the admin, as H5P core
accepts them: CoursePresentation's Flash file (H5P core's allow-list permits .swf) is left out, never written or
served, and the editor is told which file it was. What H5P core refuses is still refused."""

import uuid
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.users.models import UserProfile

from courses.h5p.access import grant_for
from courses.h5p.models import H5PPackage, PackageStatus
from courses.h5p.package import PackageRejected, check_package
from lms.languages.bidi import isolate
from lms.private_storage import private_storage
from tests.factories import give_mfa, make_user
from tests.h5p.helpers import SHARED, package_form_class, tiny_library_files, upload_package, zip_bytes

pytestmark = pytest.mark.django_db

HUB = sorted((SHARED / "hub").glob("*.h5p"))
FLASH = "downloadify-1.0/resources/downloadify.swf"


def _archive(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename for info in archive.infolist() if not info.is_dir()}


def _stored(prefix: str) -> set[str]:
    folders, files = private_storage().listdir(prefix)
    found = set(files)
    for folder in folders:
        found |= {f"{folder}/{name}" for name in _stored(f"{prefix}/{folder}")}
    return found


@pytest.fixture
def editor(demo_site):
    user = make_user("hub-editor@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    give_mfa(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_the_hub_holds_the_eight_common_content_types():
    assert {path.stem for path in HUB} >= {
        "H5P.Audio",
        "H5P.CoursePresentation",
        "H5P.DragQuestion",
        "H5P.Essay",
        "H5P.InteractiveVideo",
        "H5P.MarkTheWords",
        "H5P.SingleChoiceSet",
        "H5P.Summary",
    }


@pytest.mark.parametrize("path", HUB, ids=lambda path: path.stem)
def test_every_hub_package_uploads_through_the_admin_and_unpacks(
    path, client, editor, storage_roots, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    title = f"Hub {path.stem}"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailsnippets_h5p_h5ppackage:add"),
            {"title": title, "file": SimpleUploadedFile(path.name, path.read_bytes())},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    package = H5PPackage.objects.get(title=title)
    assert package.status == PackageStatus.READY, package.error
    assert package.main_library == path.stem
    flash = {name for name in _archive(path) if name.endswith(".swf")}
    assert _stored(package.content_prefix) == _archive(path) - flash
    page = client.get(response["Location"]).content.decode()
    if flash:
        assert escape(f"{len(flash)} Flash file was left out") in page
        assert escape(f"“{isolate(FLASH)}”") in page
    else:
        assert "Flash" not in page


def test_course_presentations_flash_file_is_left_out_and_never_served(
    storage_roots, django_capture_on_commit_callbacks
):
    path = SHARED / "hub" / "H5P.CoursePresentation.h5p"
    checked = check_package(path.read_bytes())
    assert checked.unserved == [FLASH]
    assert FLASH not in checked.files and checked.skipped == []
    with django_capture_on_commit_callbacks(execute=True):
        package = upload_package(path)
    package.refresh_from_db()
    assert not private_storage().exists(f"{package.content_prefix}/{FLASH}")
    token = grant_for(user_id=1, folder=package.folder, lesson_key=uuid.uuid4(), block_id="b", language="en").seal()
    client = Client()
    assert client.get(reverse("h5p_content", args=[token, FLASH])).status_code == 404
    # Its neighbours in the same library are served.
    assert client.get(reverse("h5p_content", args=[token, "downloadify-1.0/library.json"])).status_code == 200


# The checker's rule, on packages of our own ------------------------------------------------------


def _zip(files: dict[str, bytes]) -> bytes:
    return zip_bytes(files)


@pytest.mark.parametrize("name", ["H5P.Tiny-1.0/flash/player.swf", "content/old-video.swf", "H5P.Tiny-1.0/a.SWF"])
def test_flash_anywhere_is_accepted_and_left_out_without_being_read(name):
    checked = check_package(_zip(tiny_library_files() | {name: b"FWS" + b"\x00" * 100}))
    assert checked.unserved == [name]
    assert set(checked.files) == set(tiny_library_files())
    assert checked.uncompressed_size == sum(len(data) for data in tiny_library_files().values())


@pytest.mark.parametrize(
    "name", ["H5P.Tiny-1.0/module.wasm", "H5P.Tiny-1.0/tiny.js.map", "H5P.Tiny-1.0/blob.bin", "content/page.html"]
)
def test_what_h5p_core_refuses_is_still_refused(name):
    """wasm, map and bin are on pyh5p's list but not on H5P core's; html on neither."""
    with pytest.raises(PackageRejected) as rejected:
        check_package(_zip(tiny_library_files() | {name: b"x"}))
    assert [problem.code for problem in rejected.value.problems] == ["extension"]


def test_a_flash_file_does_not_smuggle_a_path_out():
    with pytest.raises(PackageRejected) as rejected:
        check_package(_zip(tiny_library_files() | {"../evil.swf": b"x"}))
    assert [problem.code for problem in rejected.value.problems] == ["traversal"]


def test_the_form_warns_about_flash_and_hidden_files_together(storage_roots):
    files = tiny_library_files() | {"__MACOSX/._h5p.json": b"x", "content/a.swf": b"x", "content/b.swf": b"x"}
    with translation.override("en"):
        form = package_form_class()(
            data={"title": "Both"}, files={"file": SimpleUploadedFile("both.h5p", _zip(files))}, for_user=None
        )
        assert form.is_valid(), form.errors
        warning = form.skipped_warning()
    assert warning.startswith("1 file was left out, as H5P leaves out names")
    assert f"2 Flash files were left out, as browsers no longer play Flash: “{isolate('content/a.swf')}”" in warning


def test_nothing_is_written_when_a_package_is_refused(storage_roots):
    files = tiny_library_files() | {"content/a.swf": b"x", "content/run.js": b"alert(1)"}
    form = package_form_class()(
        data={"title": "Refused"}, files={"file": SimpleUploadedFile("r.h5p", _zip(files))}, for_user=None
    )
    assert not form.is_valid()
    assert not H5PPackage.objects.filter(title="Refused").exists()
    private_root = Path(storage_roots[1])
    assert not private_root.exists() or not any(private_root.rglob("*"))
