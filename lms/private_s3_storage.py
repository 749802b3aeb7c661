"""The private storage in production: an S3-compatible bucket or prefix whose objects are never public.

Objects are written with the ``private`` canned ACL and the storage has no URL: the app streams each
file through the view that checked the request, or (certificate downloads) that view redirects to a
short-lived presigned URL made on purpose by ``presigned_url`` (lms/private_files.py). Kept apart from
``lms.private_storage`` so that development does not import boto3.
"""

from django.core.exceptions import ImproperlyConfigured
from storages.backends.s3 import S3Storage

from lms.private_storage import NoURLMixin


class PrivateS3Storage(NoURLMixin, S3Storage):
    def __init__(self, **options):
        super().__init__(**options)
        if self.default_acl != "private" or self.custom_domain:
            raise ImproperlyConfigured("The private storage needs default_acl 'private' and no custom domain.")

    def presigned_url(self, name: str, *, expire: int, parameters: dict[str, str] | None = None) -> str:
        """A signed, short-lived GET URL of one object, for a view that has already checked who is asking.

        ``url()`` stays refused so that no template or serializer can publish a private file by accident.
        """
        return S3Storage.url(self, name, parameters=parameters, expire=expire)
