"""Handing out a private file once a view has decided who may have it: the web server in front sends the bytes.

H5P content and certificate PDFs live in the private storage (``lms.private_storage``) and leave it only
through views that check the request. Streaming them from the app ties a Python worker to every download
(a video can take minutes on a slow connection), so behind nginx (``lms/deploy``) the view answers with an
empty response carrying ``X-Accel-Redirect: <PRIVATE_FILES_ACCEL_PREFIX><storage name>`` and its own headers;
nginx serves the file from an ``internal`` location that aliases ``PRIVATE_MEDIA_ROOT`` (Range requests
included) and that no browser can ask for directly. With the setting empty (development, tests, any server
without such a location) the views stream the file themselves, as before.

With S3 private storage nginx has no folder to alias: a download may instead be redirected to a short-lived
presigned URL of the private object (``PrivateS3Storage.presigned_url``), and the rest is streamed by the app.
"""

from __future__ import annotations

from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage
from django.http import HttpResponse, HttpResponseRedirect

from lms.private_storage import private_storage

# Long enough to start a download on a slow connection, short enough that a copied link is soon useless.
PRESIGNED_URL_SECONDS = 60


def accel_response(
    name: str, *, content_type: str, storage: Storage | None = None, prefix: str | None = None
) -> HttpResponse | None:
    """An empty response that has nginx send ``name`` from the private folder; None when nginx cannot.

    ``prefix`` names another internal location and ``storage`` the storage it aliases (Wagtail documents:
    lms/documents). The caller adds its own headers (Cache-Control, Content-Disposition, ETag, policies): nginx
    keeps Content-Type, Content-Disposition and Cache-Control, and its internal location restores the others.
    """
    prefix = settings.PRIVATE_FILES_ACCEL_PREFIX if prefix is None else prefix
    storage = storage if storage is not None else private_storage()
    # Only a folder on this machine can be aliased by nginx; an S3 object cannot.
    if not prefix or not isinstance(storage, FileSystemStorage):
        return None
    response = HttpResponse(content_type=content_type)
    # nginx expects the URI escaped (it decodes it before looking for the file).
    response["X-Accel-Redirect"] = prefix + quote(name)
    return response


def presigned_redirect(name: str, *, filename: str, content_type: str, storage: Storage | None = None):
    """A redirect to a presigned URL of the private S3 object, valid briefly; None for other storages.

    The URL asks S3 to answer with our Content-Type, an attachment Content-Disposition and ``no-store``.
    """
    storage = storage if storage is not None else private_storage()
    presign = getattr(storage, "presigned_url", None)
    if presign is None:
        return None
    url = presign(
        name,
        expire=PRESIGNED_URL_SECONDS,
        parameters={
            "ResponseContentType": content_type,
            "ResponseContentDisposition": f'attachment; filename="{filename}"',
            "ResponseCacheControl": "private, no-store",
        },
    )
    response = HttpResponseRedirect(url)
    response["Cache-Control"] = "private, no-store"
    return response
