"""The editor's copy of an uploaded package: the original .h5p, streamed from the private storage.

Editors take it to Lumi or h5p.org, change it and upload it again over the same package (the
lesson's block ids and learners' results stay, as they are keyed by the lesson and block). Only
users who may change H5P packages get it: the archive is the whole activity, answers included.
"""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from wagtail.permission_policies import ModelPermissionPolicy

from courses.h5p.models import H5PPackage

permission_policy = ModelPermissionPolicy(H5PPackage)


def may_download(user) -> bool:
    return permission_policy.user_has_permission(user, "change")


def download_file_name(package: H5PPackage) -> str:
    # The stored name is ours (the content folder's uuid); the editor gets the title back.
    return f"{slugify(package.title, allow_unicode=True) or 'h5p-package'}.h5p"


def download_package(request: HttpRequest, pk: str) -> FileResponse:
    if not may_download(request.user):
        raise PermissionDenied
    package = get_object_or_404(H5PPackage, pk=pk)
    if not package.file:
        raise Http404
    try:
        handle = package.file.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=download_file_name(package), content_type="application/zip"
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
