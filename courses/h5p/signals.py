"""Files follow their package: deleting a package (from the admin or anywhere) removes its archive and content."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from courses.h5p import services
from courses.h5p.models import H5PPackage


@receiver(post_delete, sender=H5PPackage)
def remove_package_files(sender, instance: H5PPackage, **kwargs) -> None:
    services.schedule_delete_files(instance.content_prefix, instance.file.name)
