"""A deleted account takes its certificate PDFs with it, however it is deleted (by its owner or by an admin).

The certificates themselves stay (``user`` becomes empty), verifiable by their code.
"""

from django.conf import settings
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from courses.certificates import services


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def discard_pdfs_of_deleted_account(sender, instance, **kwargs) -> None:
    services.discard_pdfs_of(user=instance)
