"""Serving content files to the sandboxed player: CORS preflights (H5P.SoundJS sends X-Requested-With), HEAD,
byte ranges (iOS Safari plays no video without them), strong validators with a year-long immutable lifetime, gzip
for text only, and never a file type that the checker leaves out. None of it touches the database."""

import gzip
import os
import uuid

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from courses.h5p.access import grant_for
from courses.h5p.views import RangeNotSatisfiable, byte_range
from lms.private_storage import private_storage
from tests.h5p.helpers import tiny_library_files, upload_package, zip_bytes

pytestmark = pytest.mark.django_db

VIDEO = os.urandom(2 * 1024 * 1024)  # random bytes do not compress: the checker's ratio guard is not involved
SOUND = os.urandom(50_000)
SCRIPT = "H5P.Tiny-1.0/tiny.js"
FILES = tiny_library_files() | {"content/videos/lesson.mp4": VIDEO, "content/audios/sound.mp3": SOUND}
YEAR = 365 * 24 * 3600


@pytest.fixture
def package(storage_roots, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        package = upload_package(zip_bytes(FILES), title="Media")
    package.refresh_from_db()
    assert package.is_ready, package.error
    return package


@pytest.fixture
def token(package) -> str:
    # The content view reads only the grant: no learner, lesson or package row is looked up.
    grant = grant_for(user_id=1, folder=package.folder, lesson_key=uuid.uuid4(), block_id="b", language="en")
    return grant.seal()


def _url(token: str, path: str) -> str:
    return reverse("h5p_content", args=[token, path])


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _assert_sandboxed(response):
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy and policy.rstrip().endswith("sandbox")
    assert "Set-Cookie" not in response.headers


# Preflight and HEAD ------------------------------------------------------------------------------


def test_a_cors_preflight_is_answered(token, django_assert_num_queries):
    """SoundJS's XMLHttpRequest sends X-Requested-With from the frame's opaque origin: the browser asks first."""
    with django_assert_num_queries(0):
        response = Client().options(
            _url(token, "content/audios/sound.mp3"),
            HTTP_ORIGIN="null",
            HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
            HTTP_ACCESS_CONTROL_REQUEST_HEADERS="x-requested-with,range",
        )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert {method.strip() for method in response["Access-Control-Allow-Methods"].split(",")} == {
        "GET",
        "HEAD",
        "OPTIONS",
    }
    allowed = {header.strip().lower() for header in response["Access-Control-Allow-Headers"].split(",")}
    assert {"x-requested-with", "range"} <= allowed
    assert int(response["Access-Control-Max-Age"]) >= 3600
    assert "Access-Control-Allow-Credentials" not in response  # the frame sends no cookies, and gets none


def test_a_preflight_with_a_bad_token_is_refused():
    assert Client().options(_url("not-a-token", "h5p.json"), HTTP_ORIGIN="null").status_code == 403


def test_other_methods_are_not_allowed(token):
    assert Client().post(_url(token, "h5p.json")).status_code == 405


def test_head_gives_the_headers_without_the_body(token, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = Client().head(_url(token, "content/videos/lesson.mp4"))
    assert response.status_code == 200
    assert int(response["Content-Length"]) == len(VIDEO)
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "video/mp4"
    assert _body(response) == b""
    _assert_sandboxed(response)


# Byte ranges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-0", 0, 0),
        ("bytes=0-1023", 0, 1023),
        ("bytes=1000-", 1000, len(VIDEO) - 1),
        ("bytes=-500", len(VIDEO) - 500, len(VIDEO) - 1),
        (f"bytes=100-{len(VIDEO) * 2}", 100, len(VIDEO) - 1),  # past the end: up to the end
        ("bytes=-99999999", 0, len(VIDEO) - 1),
        ("BYTES = 5-9", 5, 9),
    ],
)
def test_a_range_gets_206_with_its_bytes(token, header, first, last):
    response = Client().get(_url(token, "content/videos/lesson.mp4"), HTTP_RANGE=header, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {first}-{last}/{len(VIDEO)}"
    assert response["Accept-Ranges"] == "bytes"
    assert int(response["Content-Length"]) == last - first + 1
    assert "Content-Encoding" not in response
    assert _body(response) == VIDEO[first : last + 1]
    _assert_sandboxed(response)


@pytest.mark.parametrize("header", [f"bytes={len(VIDEO)}-", f"bytes={len(VIDEO) + 10}-{len(VIDEO) + 20}", "bytes=-0"])
def test_a_range_past_the_end_gets_416(token, header):
    response = Client().get(_url(token, "content/videos/lesson.mp4"), HTTP_RANGE=header)
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(VIDEO)}"
    _assert_sandboxed(response)


@pytest.mark.parametrize("header", ["bytes=0-1,5-9", "bytes=9-5", "items=0-1", "bytes=", "bytes=a-b", "bytes=-"])
def test_several_or_malformed_ranges_get_the_whole_file(token, header):
    response = Client().get(_url(token, "content/videos/lesson.mp4"), HTTP_RANGE=header)
    assert response.status_code == 200
    assert _body(response) == VIDEO


def test_if_range_with_another_validator_gets_the_whole_file(token):
    url = _url(token, "content/videos/lesson.mp4")
    etag = Client().head(url)["ETag"]
    assert Client().get(url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=etag).status_code == 206
    stale = Client().get(url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"something-else"')
    assert stale.status_code == 200 and _body(stale) == VIDEO


def test_a_video_fetched_in_ranges_costs_no_query(token, django_assert_num_queries):
    """What a phone does while a learner watches and seeks: 256 KB at a time, not one SQL query among them."""
    url = _url(token, "content/videos/lesson.mp4")
    client = Client()
    step = 256 * 1024
    received = bytearray()
    with django_assert_num_queries(0):
        for start in range(0, len(VIDEO), step):
            response = client.get(url, HTTP_RANGE=f"bytes={start}-{start + step - 1}")
            assert response.status_code == 206
            received += _body(response)
    assert bytes(received) == VIDEO


def test_byte_range_parsing():
    assert byte_range(None, 10) is None
    assert byte_range("bytes=2-4", 10) == (2, 4)
    assert byte_range("bytes=-3", 10) == (7, 9)
    assert byte_range("bytes=8-", 10) == (8, 9)
    assert byte_range("bytes=0-1, 4-5", 10) is None
    with pytest.raises(RangeNotSatisfiable):
        byte_range("bytes=10-", 10)
    with pytest.raises(RangeNotSatisfiable):
        byte_range("bytes=0-", 0)


# Compression -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["content/videos/lesson.mp4", "content/audios/sound.mp3"])
def test_audio_and_video_are_never_gzipped(token, path):
    response = Client().get(_url(token, path), HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert _body(response) == FILES[path]


def test_text_is_gzipped_for_browsers_that_accept_it_and_a_range_of_it_is_not(token):
    url = _url(token, SCRIPT)
    compressed = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(_body(compressed)) == FILES[SCRIPT]
    assert "Accept-Encoding" in compressed["Vary"]
    plain = Client().get(url)
    assert "Content-Encoding" not in plain and _body(plain) == FILES[SCRIPT]
    # Two representations, two strong tags.
    assert compressed["ETag"] != plain["ETag"]
    part = Client().get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_RANGE="bytes=0-9")
    assert part.status_code == 206 and "Content-Encoding" not in part
    assert _body(part) == FILES[SCRIPT][:10]


# Validators and caching --------------------------------------------------------------------------


def test_content_files_are_cached_for_a_year_as_immutable_with_a_strong_etag(token):
    response = Client().get(_url(token, "content/videos/lesson.mp4"))
    etag = response["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {f"max-age={YEAR}", "immutable", "private"} <= cache_control


def test_a_second_visit_gets_304_without_a_body_or_a_query(token, django_assert_num_queries):
    url = _url(token, SCRIPT)
    for encoding in ("", "gzip"):
        first = Client().get(url, HTTP_ACCEPT_ENCODING=encoding)
        with django_assert_num_queries(0):
            again = Client().get(url, HTTP_ACCEPT_ENCODING=encoding, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304
        assert again.content == b""
        assert again["ETag"] == first["ETag"]
        assert "immutable" in again["Cache-Control"]
        _assert_sandboxed(again)
    assert Client().get(url, HTTP_IF_NONE_MATCH='"another"').status_code == 200


def test_the_etag_names_the_folder_so_a_replaced_package_gets_new_ones(
    token, package, storage_roots, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        other = upload_package(zip_bytes(FILES), title="Same files, another upload")
    other_token = grant_for(user_id=1, folder=other.folder, lesson_key=uuid.uuid4(), block_id="b", language="en").seal()
    mine = Client().head(_url(token, "h5p.json"))["ETag"]
    assert Client().head(_url(other_token, "h5p.json"))["ETag"] != mine
    assert str(package.folder).replace("-", "") not in mine and str(package.folder) not in mine


# What is never served ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["content/player.swf", "H5P.Tiny-1.0/flash/downloadify.swf", "content/shell.php", "content/_hidden/a.json"],
)
def test_a_file_type_that_is_never_written_is_never_served_even_if_present(token, package, path):
    """Flash (left out at upload) and types off the list give 404, even if something put them in the folder."""
    private_storage().save(f"{package.content_prefix}/{path}", ContentFile(b"x"))
    assert private_storage().exists(f"{package.content_prefix}/{path}")
    assert Client().get(_url(token, path)).status_code == 404
    assert Client().head(_url(token, path)).status_code == 404


# Behind nginx (PRIVATE_FILES_ACCEL_PREFIX) ---------------------------------------------------------


@pytest.fixture
def accel(settings):
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    return settings.PRIVATE_FILES_ACCEL_PREFIX


def test_behind_nginx_the_view_checks_and_nginx_sends_the_bytes(token, package, accel, django_assert_num_queries):
    """An empty answer naming the file, with every header the view gives when it streams, and still no query."""
    for path, content_type in (("content/videos/lesson.mp4", "video/mp4"), (SCRIPT, "text/javascript")):
        with django_assert_num_queries(0):
            response = Client().get(_url(token, path), HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert response["X-Accel-Redirect"] == f"{accel}{package.content_prefix}/{path}"
        assert response.content == b""
        assert response["Content-Type"].startswith(content_type)
        assert "Content-Encoding" not in response  # nginx gzips text itself
        assert response["ETag"] == Client().get(_url(token, path), HTTP_ACCEPT_ENCODING="gzip")["ETag"]
        assert "immutable" in response["Cache-Control"]
        _assert_sandboxed(response)


def test_behind_nginx_a_range_is_left_to_nginx_but_an_impossible_one_is_still_416(token, accel):
    url = _url(token, "content/videos/lesson.mp4")
    ranged = Client().get(url, HTTP_RANGE="bytes=0-1023")
    assert ranged.status_code == 200 and ranged["X-Accel-Redirect"] and ranged.content == b""
    assert "Content-Range" not in ranged
    past = Client().get(url, HTTP_RANGE=f"bytes={len(VIDEO)}-")
    assert past.status_code == 416 and "X-Accel-Redirect" not in past
    assert past["Content-Range"] == f"bytes */{len(VIDEO)}"


def test_behind_nginx_refusals_preflights_and_304_are_answered_by_the_view(token, package, accel):
    url = _url(token, SCRIPT)
    assert Client().get(reverse("h5p_content", args=["not-a-grant", SCRIPT])).status_code == 403
    preflight = Client().options(url, HTTP_ORIGIN="null", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 204 and "X-Accel-Redirect" not in preflight
    etag = Client().get(url)["ETag"]
    again = Client().get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and "X-Accel-Redirect" not in again
    # nginx marks the tag weak when it gzips: the weak form still matches (RFC 9110 weak comparison).
    gzipped = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")["ETag"]
    assert Client().get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=f"W/{gzipped}").status_code == 304
    assert Client().get(_url(token, "content/missing.json")).status_code == 404
    private_storage().save(f"{package.content_prefix}/content/shell.php", ContentFile(b"x"))
    assert Client().get(_url(token, "content/shell.php")).status_code == 404
