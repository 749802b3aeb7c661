"""Handing private files to nginx (X-Accel-Redirect) and to S3 (presigned URLs): lms/private_files.py.

The setting off, nothing changes (the views stream); on, the response is empty and names the file under the
internal prefix, escaped as nginx expects. An S3 storage is never aliased by nginx; it may presign instead.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile

from lms import private_files
from lms.private_s3_storage import PrivateS3Storage
from lms.private_storage import private_storage


@pytest.fixture
def s3_storage():
    # Presigning is computed locally from the keys: no request reaches any server.
    return PrivateS3Storage(
        bucket_name="private-bucket",
        location="private",
        default_acl="private",
        querystring_auth=True,
        custom_domain=None,
        access_key="AKIAEXAMPLEEXAMPLE00",
        secret_key="example-secret-key-example-secret-key-00",
        region_name="eu-west-1",
        signature_version="s3v4",
    )


def test_without_a_prefix_the_view_streams_the_file_itself(settings, storage_roots):
    settings.PRIVATE_FILES_ACCEL_PREFIX = ""
    assert private_files.accel_response("certificates/a.pdf", content_type="application/pdf") is None


def test_with_a_prefix_nginx_is_told_which_file_and_the_body_is_empty(settings, storage_roots):
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    private_storage().save("h5p/content/f1/content/clip.mp4", ContentFile(b"video"))
    response = private_files.accel_response("h5p/content/f1/content/clip.mp4", content_type="video/mp4")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/_private/h5p/content/f1/content/clip.mp4"
    assert response["Content-Type"] == "video/mp4"
    assert response.content == b""


def test_the_name_is_escaped_for_nginx(settings, storage_roots):
    """nginx decodes the URI before it looks for the file: a space, an Arabic letter or a ? must arrive escaped."""
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    response = private_files.accel_response("h5p/content/f1/content/صورة 1?.png", content_type="image/png")
    assert response["X-Accel-Redirect"] == "/_private/h5p/content/f1/content/%D8%B5%D9%88%D8%B1%D8%A9%201%3F.png"


def test_an_s3_storage_is_never_handed_to_nginx(settings, s3_storage):
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    assert (
        private_files.accel_response("certificates/a.pdf", content_type="application/pdf", storage=s3_storage) is None
    )


def test_a_file_on_disk_is_never_presigned(storage_roots):
    assert (
        private_files.presigned_redirect("certificates/a.pdf", filename="a.pdf", content_type="application/pdf") is None
    )


def test_an_s3_object_gets_a_short_lived_presigned_url_that_downloads_it(s3_storage):
    response = private_files.presigned_redirect(
        "certificates/certificate-ABC.pdf",
        filename="certificate-ABC.pdf",
        content_type="application/pdf",
        storage=s3_storage,
    )
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]
    url = urlsplit(response["Location"])
    assert url.scheme == "https" and "private-bucket" in url.netloc + url.path
    assert url.path.endswith("/private/certificates/certificate-ABC.pdf")
    query = parse_qs(url.query)
    assert query["X-Amz-Expires"] == [str(private_files.PRESIGNED_URL_SECONDS)]
    assert query["X-Amz-Signature"][0]
    assert query["response-content-disposition"] == ['attachment; filename="certificate-ABC.pdf"']
    assert query["response-content-type"] == ["application/pdf"]
    assert query["response-cache-control"] == ["private, no-store"]


def test_the_s3_storage_still_refuses_plain_urls(s3_storage):
    """Only a view that checked the request presigns: a template asking for .url gets an error, not a link."""
    with pytest.raises(ValueError, match="no URL"):
        s3_storage.url("certificates/a.pdf")
