"""H5P files live in the private storage: no /media/ URL reaches an archive or an unpacked file, production
settings give that storage no URL, the signed content view still serves every package, grants hide the
storage folder, and `move_private_files` moves what older versions left in the public storage."""

import base64
import binascii
import contextlib
import io
import json
import os
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from courses.h5p.access import InvalidGrant, grant_for, read_grant
from courses.h5p.models import H5PPackage
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from courses.progress.selectors import course_of
from lms.private_storage import PrivateFileSystemStorage, private_storage
from tests.factories import make_course, make_user
from tests.h5p.helpers import SHARED, VALID, add_h5p_blocks, h5p_block, upload_package

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SVG_PACKAGE = SHARED / "valid" / "svg-with-script.h5p"
XSS_SVG = "content/images/xss.svg"


def _upload(path: Path, capture) -> H5PPackage:
    with capture(execute=True):
        package = upload_package(path)
    package.refresh_from_db()
    assert package.is_ready, package.error
    return package


def _archive(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}


def _files(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()} if root.exists() else set()


@pytest.fixture
def svg_package(storage_roots, django_capture_on_commit_callbacks):
    return _upload(SVG_PACKAGE, django_capture_on_commit_callbacks)


@pytest.fixture
def lesson(demo_site, svg_package):
    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = make_course(index, slug="private-h5p", modules=1, lessons_per_module=1)
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    return add_h5p_blocks(lesson, h5p_block(svg_package, block_id="h5p-svg"))


@pytest.fixture
def learner(lesson):
    user = make_user("private-h5p@example.org")
    progress.enrol(user=user, course=course_of(lesson))
    return user


# Nothing under /media/ ----------------------------------------------------------------------------


def test_media_urls_do_not_reach_packages_or_their_files(client, storage_roots, svg_package, development_urls):
    media, private = storage_roots
    # The development server does serve MEDIA_ROOT: a file put there is found, so the 404s below are real.
    default_storage.save("probe.txt", ContentFile(b"public"))
    assert client.get("/media/probe.txt").status_code == 200

    folder = svg_package.folder
    for url in (
        f"/media/h5p/content/{folder}/{XSS_SVG}",
        f"/media/h5p/content/{folder}/h5p.json",
        f"/media/h5p/packages/{folder}.h5p",
        f"/media/{svg_package.file.name}",
    ):
        assert client.get(url).status_code == 404, url
    assert _files(media) == {"probe.txt"}
    assert f"h5p/content/{folder}/{XSS_SVG}" in _files(private)
    assert svg_package.file.name in _files(private)


def test_the_private_storage_has_no_url_and_stays_out_of_served_folders(settings, storage_roots):
    media, private = storage_roots
    storage = private_storage()
    assert isinstance(storage, PrivateFileSystemStorage)
    assert Path(storage.location) == private
    with pytest.raises(ValueError, match="no URL"):
        storage.url("h5p/packages/x.h5p")
    assert H5PPackage._meta.get_field("file").storage is storage
    settings.PRIVATE_MEDIA_ROOT = media / "private"
    with pytest.raises(ImproperlyConfigured):
        _ = private_storage().location


def test_the_private_s3_storage_is_private_and_has_no_url():
    from lms.private_s3_storage import PrivateS3Storage

    storage = PrivateS3Storage(bucket_name="academy-private", location="private", default_acl="private")
    with pytest.raises(ValueError, match="no URL"):
        storage.url("certificates/certificate-x.pdf")
    for options in ({"default_acl": "public-read"}, {"default_acl": "private", "custom_domain": "cdn.example.org"}):
        with pytest.raises(ImproperlyConfigured):
            PrivateS3Storage(bucket_name="academy-private", **options)


PROBE = """
import json
from django.core.files.storage import storages
from django.conf import settings
from courses.h5p.models import H5PPackage
from courses.certificates.models import Certificate
storage = storages["private"]
try:
    url = storage.url("h5p/packages/x.h5p")
except ValueError:
    url = None
print(json.dumps({
    "backend": type(storage).__module__ + "." + type(storage).__name__,
    "url": url,
    "fields": [
        H5PPackage._meta.get_field("file").storage is storage,
        Certificate._meta.get_field("pdf").storage is storage,
    ],
    "options": {
        key: str(getattr(storage, key, None))
        for key in ("default_acl", "querystring_auth", "location", "bucket_name", "custom_domain")
    },
    "media_root": str(settings.MEDIA_ROOT),
}))
"""


def _production(**env: str) -> dict:
    from tests.lms.test_settings import PRODUCTION_ENV

    clean = {
        key: value for key, value in os.environ.items() if not key.startswith("AWS_") and key not in PRODUCTION_ENV
    }
    clean.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=ROOT,
        env={**clean, **PRODUCTION_ENV, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_never_give_the_private_storage_a_url(tmp_path):
    bucket = _production(AWS_STORAGE_BUCKET_NAME="academy-media", AWS_S3_REGION_NAME="eu-west-1")
    assert bucket["backend"] == "lms.private_s3_storage.PrivateS3Storage"
    assert bucket["url"] is None and bucket["fields"] == [True, True]
    assert bucket["options"]["default_acl"] == "private"
    assert bucket["options"]["querystring_auth"] == "True"
    assert bucket["options"]["location"] == "private"
    assert bucket["options"]["custom_domain"] == "None"
    assert bucket["options"]["bucket_name"] == "academy-media"
    separate = _production(AWS_STORAGE_BUCKET_NAME="academy-media", AWS_PRIVATE_STORAGE_BUCKET_NAME="academy-private")
    assert separate["options"]["bucket_name"] == "academy-private" and separate["url"] is None

    local = _production(MEDIA_ROOT=str(tmp_path / "media"), PRIVATE_MEDIA_ROOT=str(tmp_path / "private"))
    assert local["backend"] == "lms.private_storage.PrivateFileSystemStorage"
    assert local["url"] is None and local["fields"] == [True, True]
    assert local["options"]["location"] == str(tmp_path / "private")


# The content view serves every package from there -------------------------------------------------


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_the_content_view_serves_every_file_of_every_package(path, storage_roots, django_capture_on_commit_callbacks):
    media, _private = storage_roots
    package = _upload(path, django_capture_on_commit_callbacks)
    token = grant_for(user_id=1, folder=package.folder, lesson_key="k", block_id="b", language="en").seal()
    client = Client()
    for name, data in _archive(path).items():
        response = client.get(reverse("h5p_content", args=[token, name]))
        assert response.status_code == 200, name
        body = b"".join(response.streaming_content)
        assert body == data, name
        assert response["Content-Security-Policy"].rstrip().endswith("sandbox"), name
    assert _files(media) == set()


# Grants hide the folder ----------------------------------------------------------------------------


def _readings(token: str) -> list[bytes]:
    """Every way the token decodes: base64 of each part (as Django's signer writes them), inflated if it can be."""
    readings = []
    for part in [token, *token.split(":")]:
        part = part.lstrip(".")
        try:
            raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        except (binascii.Error, ValueError):
            continue
        readings.append(raw)
        with contextlib.suppress(zlib.error):
            readings.append(zlib.decompress(raw))
    return readings


def test_grants_do_not_reveal_the_storage_folder(lesson, learner, svg_package):
    client = Client()
    client.force_login(learner)
    page = client.get(lesson.get_url()).content.decode()
    frame_url = page.split('data-frame-url="', 1)[1].split('"', 1)[0]
    token = frame_url.rstrip("/").rsplit("/", 1)[1]
    frame = Client().get(frame_url)
    assert frame.status_code == 200
    folder = svg_package.folder
    spellings = [str(folder).encode(), folder.hex.encode(), folder.bytes]
    for text in (page, frame.content.decode(), token):
        assert str(folder) not in text and folder.hex not in text
    readings = _readings(token)
    assert readings, "the token decodes as base64: the check below looks inside it"
    for reading in readings:
        assert not any(spelling in reading for spelling in spellings)
    # Yet the server reads the folder back from it, and the file is served.
    assert read_grant(token).folder == str(folder)
    assert Client().get(f"/h5p/content/{token}/{XSS_SVG}").status_code == 200


def test_a_grant_sealed_before_a_key_rotation_still_opens(settings):
    grant = grant_for(user_id=7, folder="f0lder", lesson_key="k", block_id="b", language="ar")
    token = grant.seal()
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-" + "y" * 40
    assert read_grant(token) == grant
    assert grant.seal() != token  # new grants use the new key
    settings.SECRET_KEY_FALLBACKS = []
    with pytest.raises(InvalidGrant):
        read_grant(token)


def test_a_grant_has_one_spelling():
    """Base64 ignores stray low bits in the last character; such a twin of a genuine token is refused."""
    # A block id whose token length leaves stray bits (the sealed length is not a multiple of three).
    token = next(
        token
        for block_id in ("b", "bb", "bbb")
        if len(token := grant_for(user_id=7, folder="f", lesson_key="k", block_id=block_id, language="ar").seal()) % 4
    )
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    genuine = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    twins = []
    for character in alphabet.replace(token[-1], ""):
        twin = token[:-1] + character
        if base64.urlsafe_b64decode(twin + "=" * (-len(twin) % 4)) == genuine:
            twins.append(twin)
    assert twins, "this token's length leaves stray bits in its last character"
    for twin in twins:
        with pytest.raises(InvalidGrant):
            read_grant(twin)


# Moving files that older versions kept in public ----------------------------------------------------


def _publish_like_before(package: H5PPackage) -> None:
    """Put a package's files where an older version kept them: the default (public) storage."""
    private = private_storage()
    names = [package.file.name]
    stack = [package.content_prefix]
    while stack:
        prefix = stack.pop()
        folders, files = private.listdir(prefix)
        names += [f"{prefix}/{name}" for name in files]
        stack += [f"{prefix}/{folder}" for folder in folders]
    for name in names:
        with private.open(name) as handle:
            assert default_storage.save(name, handle) == name
        private.delete(name)


def test_move_private_files_moves_old_public_files_and_can_run_again(
    client, storage_roots, svg_package, development_urls
):
    media, private = storage_roots
    _publish_like_before(svg_package)
    orphan = default_storage.save("h5p/content/00000000-0000-0000-0000-000000000000/h5p.json", ContentFile(b"{}"))
    public_url = f"/media/h5p/content/{svg_package.folder}/{XSS_SVG}"
    assert client.get(public_url).status_code == 200  # the problem being fixed
    token = grant_for(user_id=1, folder=svg_package.folder, lesson_key="k", block_id="b", language="en").seal()
    assert client.get(f"/h5p/content/{token}/{XSS_SVG}").status_code == 404

    out = io.StringIO()
    call_command("move_private_files", stdout=out)
    expected = set(_archive(SVG_PACKAGE))
    assert f"{len(expected) + 1} moved" in out.getvalue()
    assert _files(media) == set()
    assert not default_storage.exists(orphan)
    assert {f"h5p/content/{svg_package.folder}/{name}" for name in expected} | {svg_package.file.name} == _files(
        private
    )
    assert client.get(public_url).status_code == 404
    assert client.get(f"/h5p/content/{token}/{XSS_SVG}").status_code == 200
    svg_package.refresh_from_db()
    assert svg_package.file.name == f"h5p/packages/{svg_package.folder}.h5p"

    again = io.StringIO()
    call_command("move_private_files", stdout=again)
    assert "0 moved" in again.getvalue() and "0 deleted" in again.getvalue()
    assert len(_files(private)) == len(expected) + 1


def test_the_package_edit_form_links_to_no_file(client, storage_roots, svg_package):
    from django.contrib.auth.models import Group

    from tests.factories import give_mfa

    editor = make_user("private-editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    give_mfa(editor)
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_h5p_h5ppackage:edit", args=[svg_package.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'type="file"' in page
    assert str(svg_package.folder) not in page
