"""The private storage in production: an S3-compatible bucket or prefix whose objects are never public.

Objects are written with the ``private`` canned ACL and the storage has no URL (not even a signed
one): the app streams each file through the view that checked the request. Kept apart from
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
