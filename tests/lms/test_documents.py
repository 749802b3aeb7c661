"""Wagtail documents leave through Wagtail's serve view only, which applies a collection's privacy: the upload
folder itself is not served (development server here, nginx in tests/lms/test_nginx.py), and behind nginx the
view answers with X-Accel-Redirect once the request has passed Wagtail's checks (lms/documents)."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import make_user

pytestmark = pytest.mark.django_db

ACCEL = "/_documents/"
CONTENT = b"name,city\nAmal,Tunis\n"


def root_collection() -> Collection:
    # A transactional test (tests/lms/test_nginx.py) starts from an empty database, without Wagtail's root.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def make_document(title: str, *, collection: Collection | None = None):
    document = get_document_model()(title=title, collection=collection or root_collection())
    document.file.save(f"{title}.csv", ContentFile(CONTENT), save=False)
    document.save()
    return document


def private_collection() -> Collection:
    collection = root_collection().add_child(name="Trainers only")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    return collection


def test_the_upload_folder_is_not_served_but_other_uploads_are(client, storage_roots, development_urls):
    document = make_document("directory")
    media, _private = storage_roots
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "photo.txt").write_bytes(b"public")

    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get("/media/original_images/photo.txt").status_code == 200
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == CONTENT


def test_behind_nginx_the_view_hands_the_file_over_after_the_privacy_check(client, storage_roots, settings):
    settings.DOCUMENTS_ACCEL_PREFIX = ACCEL
    public = make_document("directory")
    response = client.get(public.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == ACCEL + public.file.name.removeprefix("documents/")
    assert response.content == b""
    assert response["Content-Type"] == "text/csv"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"

    restricted = make_document("contacts", collection=private_collection())
    anonymous = client.get(restricted.url)
    assert anonymous.status_code == 302 and "X-Accel-Redirect" not in anonymous
    client.force_login(make_user("reader@example.org"))
    assert client.get(restricted.url)["X-Accel-Redirect"].endswith(restricted.filename)


def test_without_the_setting_wagtail_streams_the_file(client, storage_roots, settings):
    settings.DOCUMENTS_ACCEL_PREFIX = ""
    document = make_document("directory")
    response = client.get(document.url)
    assert "X-Accel-Redirect" not in response
    assert b"".join(response.streaming_content) == CONTENT
