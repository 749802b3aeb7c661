"""Wagtail documents leave through Wagtail's serve view only (``/documents/<id>/<file name>``), which applies a
collection's privacy (``check_view_restrictions``), never straight from ``MEDIA_ROOT/documents/``: nginx answers
404 there (lms/deploy/nginx.conf.template) and the development server does not serve that folder (lms/urls.py).

Behind nginx, once the view has let the request through, the file is sent by nginx from an ``internal`` location
(``DOCUMENTS_ACCEL_PREFIX``, X-Accel-Redirect), Range requests included, so a video does not hold an app worker
for minutes on a slow connection. Without the setting, Wagtail streams the file itself, as before.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from wagtail.documents.models import AbstractDocument, document_served

from lms.private_files import accel_response

DOCUMENTS_FOLDER = "documents/"


def web_server_response(document: AbstractDocument, request: HttpRequest) -> HttpResponse | None:
    """An empty response that has nginx send the document, with Wagtail's headers; None when nginx cannot (no
    prefix set, a storage other than a local folder, a file outside the documents folder)."""
    name = document.file.name
    if not name.startswith(DOCUMENTS_FOLDER):
        return None
    response = accel_response(
        name.removeprefix(DOCUMENTS_FOLDER),
        content_type=document.content_type,
        storage=document.file.storage,
        prefix=settings.DOCUMENTS_ACCEL_PREFIX,
    )
    if response is None:
        return None
    document_served.send(sender=type(document), instance=document, request=request)
    response["Content-Disposition"] = document.content_disposition
    # Wagtail's serve view says the same; nginx's internal location repeats both for the file it sends.
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response
