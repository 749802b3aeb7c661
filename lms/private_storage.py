"""The private storage: files that leave the server only through our own views, never by a media URL.

H5P archives and their unpacked files, and certificate PDFs, are kept here (``STORAGES["private"]``).
In development and tests it is a folder outside ``MEDIA_ROOT`` (``PRIVATE_MEDIA_ROOT``), so that
``/media/`` (served by Django under ``DEBUG``, or by a web server in front) can never reach it; in
production it is a private S3 prefix or bucket (``lms.private_s3_storage``). Either way ``url()``
refuses: a file can only be streamed by a view that has checked who is asking (the signed H5P content
view with its sandbox policy, the owner-only certificate download).

Model fields take ``storage=private_storage``: Django calls it once when the model is loaded and
migrations record the function, not the storage's settings.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.functional import cached_property

PRIVATE_STORAGE_ALIAS = "private"


def private_storage() -> Storage:
    return storages[PRIVATE_STORAGE_ALIAS]


class NoURLMixin:
    """A storage whose files have no address: anything asking for one is a bug that would publish them."""

    def url(self, name, *args, **kwargs):
        raise ValueError(f"{name} is in the private storage and has no URL; serve it through a view.")


class PrivateFileSystemStorage(NoURLMixin, FileSystemStorage):
    """A folder on disk, by default ``PRIVATE_MEDIA_ROOT``, which must lie outside ``MEDIA_ROOT``."""

    # FileSystemStorage(base_url=None) falls back to MEDIA_URL; this one has no base URL at all.
    base_url = None

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @cached_property
    def location(self):
        location = os.path.abspath(self.base_location)
        for public in (settings.MEDIA_ROOT, settings.STATIC_ROOT):
            if public and _is_within(location, os.path.abspath(public)):
                raise ImproperlyConfigured(
                    f"The private storage ({location}) must not be inside a served folder ({public})."
                )
        return location

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting in ("PRIVATE_MEDIA_ROOT", "MEDIA_ROOT", "STATIC_ROOT"):
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


def _is_within(path: str, folder: str) -> bool:
    return os.path.commonpath([path, folder]) == folder
