"""`manage.py move_private_files`: move H5P packages and certificate PDFs out of the public media storage.

Earlier versions kept them in the default storage, under ``MEDIA_ROOT`` (served at ``/media/``) or
the public bucket. This moves every such file into the private storage under the same name, points
the row at it if the storage had to rename it, and deletes the public copy. PDFs of certificates
that are revoked, replaced or orphaned are deleted instead, as they would be today. Whatever is
left under the public ``h5p/`` and ``certificates/`` folders afterwards belongs to no row (a
deleted package, say) and is deleted. Safe to run again: a second run finds nothing to move.
"""

from __future__ import annotations

import contextlib

from django.core.files.storage import Storage, default_storage
from django.core.management.base import BaseCommand

from courses.certificates.models import Certificate
from courses.h5p.models import CONTENT_ROOT, PACKAGE_ROOT, H5PPackage
from courses.h5p.services import remove_tree
from lms.private_storage import private_storage

CERTIFICATE_ROOT = "certificates"


def _files_under(storage: Storage, prefix: str) -> list[str]:
    try:
        folders, files = storage.listdir(prefix)
    except FileNotFoundError:
        return []
    found = [f"{prefix}/{name}" for name in files]
    for folder in folders:
        found += _files_under(storage, f"{prefix}/{folder}")
    return found


def move_file(name: str, *, public: Storage, private: Storage) -> str | None:
    """Move one file; returns its name in the private storage, or None when the public storage lacks it."""
    if not name or not public.exists(name):
        return None
    if private.exists(name):
        # A run interrupted between copying and deleting: the public copy is the one that was in use.
        private.delete(name)
    with public.open(name, "rb") as handle:
        saved = private.save(name, handle)
    public.delete(name)
    return saved


class Command(BaseCommand):
    help = "Move H5P packages and certificate PDFs from the public media storage into the private storage."

    def handle(self, *args, **options):
        public, private = default_storage, private_storage()
        moved = deleted = 0
        for package in H5PPackage.objects.order_by("pk"):
            saved = move_file(package.file.name, public=public, private=private)
            if saved is not None:
                moved += 1
                if saved != package.file.name:
                    H5PPackage.objects.filter(pk=package.pk).update(file=saved)
            for name in _files_under(public, package.content_prefix):
                # The name stays (move_file clears the way): the content view finds files by their place.
                move_file(name, public=public, private=private)
                moved += 1
            remove_tree(package.content_prefix, storage=public)
        for certificate in Certificate.objects.exclude(pdf="").order_by("pk"):
            name = certificate.pdf.name
            if not certificate.is_downloadable:
                for storage in (public, private):
                    if storage.exists(name):
                        storage.delete(name)
                        deleted += 1
                Certificate.objects.filter(pk=certificate.pk).update(pdf="")
                continue
            saved = move_file(name, public=public, private=private)
            if saved is not None:
                moved += 1
                if saved != name:
                    Certificate.objects.filter(pk=certificate.pk).update(pdf=saved)
        for root in (PACKAGE_ROOT, CONTENT_ROOT, CERTIFICATE_ROOT):
            leftovers = _files_under(public, root)
            deleted += len(leftovers)
            remove_tree(root, storage=public)
        with contextlib.suppress(OSError):
            public.delete("h5p")
        self.stdout.write(f"Private files: {moved} moved from the public storage, {deleted} deleted.")
