"""The stack's nginx (lms/deploy/nginx.conf.template) in front of a test server: private files leave through
X-Accel-Redirect byte for byte, with ranges and the views' own headers; nothing else reaches them; static files
come from nginx itself.

nginx is the Debian package that `.ci/debian-packages` installs; without it the test skips, except under
CI=true where it fails.
"""

import gzip
import http.client
import os
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from courses.certificates.codes import new_code
from courses.certificates.models import Certificate
from courses.h5p.access import grant_for
from lms.deploy.nginx_config import render
from lms.private_storage import private_storage
from tests.factories import make_user
from tests.h5p.helpers import tiny_library_files, upload_package, zip_bytes

# live_server answers from another thread: the data must be committed.
pytestmark = pytest.mark.django_db(transaction=True)

ACCEL_PREFIX = "/_private/"
DOCUMENTS_ACCEL_PREFIX = "/_documents/"
VIDEO = os.urandom(300_000)
SCRIPT = "H5P.Tiny-1.0/tiny.js"
STATIC_NAME = "css/only-in-nginx.0123456789ab.css"
STATIC_TEXT = "body { color: black; }\n" * 100


def _nginx_binary() -> str:
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
    if found:
        return found
    message = "nginx not found: install the Debian package nginx (make test does, as root)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def nginx(live_server, storage_roots, settings, tmp_path):
    """nginx on a free port, from the stack's own template, in front of live_server; yields a fetch function."""
    binary = _nginx_binary()
    settings.PRIVATE_FILES_ACCEL_PREFIX = ACCEL_PREFIX
    settings.DOCUMENTS_ACCEL_PREFIX = DOCUMENTS_ACCEL_PREFIX
    media, private = storage_roots
    static = tmp_path / "static"
    (static / "css").mkdir(parents=True)
    (static / STATIC_NAME).write_text(STATIC_TEXT)
    run_dir = tmp_path / "nginx"
    (run_dir / "nginx-tmp").mkdir(parents=True)
    port = _free_port()
    config = run_dir / "nginx.conf"
    config.write_text(
        render(
            listen=f"127.0.0.1:{port}",
            upstreams=[live_server.url.removeprefix("http://")],
            static_root=static,
            media_root=Path(media),
            private_root=Path(private),
            accel_prefix=ACCEL_PREFIX,
            documents_accel_prefix=DOCUMENTS_ACCEL_PREFIX,
            run_dir=run_dir,
            log_dir=run_dir,
            max_body_mb=10,
            # pytest's tmp_path is private to its owner: as root, nginx's workers must stay root to read it.
            worker_user="root" if os.geteuid() == 0 else None,
            worker_processes="1",
        )
    )
    command = [binary, "-p", f"{run_dir}/", "-e", str(run_dir / "startup-error.log"), "-c", str(config)]
    check = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "nginx did not start listening"
            time.sleep(0.05)

    def fetch(path: str, headers: dict[str, str] | None = None, method: str = "GET"):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request(method, path, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    yield fetch
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def package(storage_roots):
    # Transactional: the package is unpacked on commit, straight away.
    files = tiny_library_files(script="/* long enough for nginx to gzip */\n" * 40)
    package = upload_package(zip_bytes(files | {"content/videos/lesson.mp4": VIDEO}), title="Media")
    package.refresh_from_db()
    assert package.is_ready, package.error
    return package


def _content_path(package, path: str, *, folder=None) -> str:
    grant = grant_for(user_id=1, folder=folder or package.folder, lesson_key=uuid.uuid4(), block_id="b", language="en")
    return reverse("h5p_content", args=[grant.seal(), path])


def test_h5p_content_through_nginx_is_the_stored_file_with_the_views_headers(nginx, package):
    stored = private_storage().open(f"{package.content_prefix}/content/videos/lesson.mp4").read()
    assert stored == VIDEO
    url = _content_path(package, "content/videos/lesson.mp4")
    status, headers, body = nginx(url)
    assert status == 200
    assert body == stored
    assert "X-Accel-Redirect" not in headers
    assert headers["Content-Type"] == "video/mp4"
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"].rstrip().endswith("sandbox")
    assert "immutable" in headers["Cache-Control"]
    assert len(headers.get_all("ETag")) == 1  # the view's, not nginx's own
    etag = headers["ETag"]

    status, headers, body = nginx(url, {"Range": "bytes=1000-1999"})
    assert status == 206
    assert body == VIDEO[1000:2000]
    assert headers["Content-Range"] == f"bytes 1000-1999/{len(VIDEO)}"
    assert headers["ETag"] == etag

    assert nginx(url, {"Range": "bytes=0-9", "If-Range": '"another"'})[0] == 200
    assert nginx(url, {"If-None-Match": etag})[0] == 304
    assert nginx(url, method="HEAD")[0] == 200
    assert nginx(url, {"Range": f"bytes={len(VIDEO)}-"})[0] == 416


def test_h5p_text_is_gzipped_by_nginx_and_revalidates(nginx, package):
    url = _content_path(package, SCRIPT)
    stored = private_storage().open(f"{package.content_prefix}/{SCRIPT}").read()
    status, headers, body = nginx(url, {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == stored
    assert headers["ETag"].startswith("W/")  # nginx weakens the view's tag when it compresses
    assert nginx(url, {"Accept-Encoding": "gzip", "If-None-Match": headers["ETag"]})[0] == 304


def test_nothing_private_is_reached_without_the_views_consent(nginx, package):
    name = f"{package.content_prefix}/content/videos/lesson.mp4"
    assert nginx(reverse("h5p_content", args=["not-a-grant", "content/videos/lesson.mp4"]))[0] == 403
    assert nginx(_content_path(package, "content/missing.mp4"))[0] == 404
    # The internal location answers X-Accel-Redirect only, never a browser.
    assert nginx(f"{ACCEL_PREFIX}{name}")[0] == 404
    assert nginx(f"/private/{name}")[0] == 404


def test_a_certificate_pdf_through_nginx_for_its_owner_only(nginx):
    owner = make_user("nginx-owner@example.org")
    certificate = Certificate.objects.create(
        code=new_code(), user=owner, course_key=uuid.uuid4(), course_titles={"en": "Course"}, issuer={}
    )
    pdf = b"%PDF-1.7\n" + os.urandom(20_000)
    certificate.pdf.save(f"certificate-{certificate.code}.pdf", ContentFile(pdf))
    url = reverse("download_certificate", args=[certificate.code])

    def cookie_of(user) -> dict[str, str]:
        client = Client()
        client.force_login(user)
        name = django_settings.SESSION_COOKIE_NAME
        return {"Cookie": f"{name}={client.cookies[name].value}"}

    status, headers, body = nginx(url, cookie_of(owner))
    assert status == 200
    assert body == pdf
    assert headers["Content-Disposition"] == f'attachment; filename="certificate-{certificate.code}.pdf"'
    assert "no-store" in headers["Cache-Control"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert nginx(url, {**cookie_of(owner), "Range": "bytes=0-8"})[2] == pdf[:9]

    assert nginx(url, cookie_of(make_user("nginx-nosy@example.org")))[0] == 404
    assert nginx(url)[0] == 302  # anonymous: to the login page


def test_documents_leave_through_wagtails_view_only_and_nginx_sends_them(nginx):
    """The upload folder is closed; the serve view applies a collection's privacy, then nginx sends the bytes
    (ranges included, so a lesson video can be sought on a phone)."""
    from tests.lms.test_documents import make_document, private_collection

    public = make_document("directory")
    assert nginx(f"/media/{public.file.name}")[0] == 404
    assert nginx(f"{DOCUMENTS_ACCEL_PREFIX}{public.filename}")[0] == 404  # internal: X-Accel-Redirect only
    status, headers, body = nginx(public.url)
    assert status == 200
    assert body == public.file.open("rb").read()
    assert "X-Accel-Redirect" not in headers
    assert headers["Content-Type"] == "text/csv"
    assert headers["Content-Disposition"].startswith("attachment;")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"] == "default-src 'none'"
    assert nginx(public.url, {"Range": "bytes=0-3"})[0:3:2] == (206, body[:4])

    restricted = make_document("contacts", collection=private_collection())
    assert nginx(f"/media/{restricted.file.name}")[0] == 404
    status, _headers, body = nginx(restricted.url)
    assert status == 302 and body == b""
    client = Client()
    client.force_login(make_user("nginx-reader@example.org"))
    name = django_settings.SESSION_COOKIE_NAME
    status, _headers, body = nginx(restricted.url, {"Cookie": f"{name}={client.cookies[name].value}"})
    assert status == 200 and body == restricted.file.open("rb").read()


def test_static_files_are_served_by_nginx_with_a_year_for_hashed_names(nginx):
    status, headers, body = nginx(f"/static/{STATIC_NAME}", {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == STATIC_TEXT.encode()
    assert "immutable" in headers["Cache-Control"] and "max-age=31536000" in headers["Cache-Control"]
    assert nginx("/static/css/missing.css")[0] == 404
