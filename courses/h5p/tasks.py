"""Background work for H5P: unpacking an uploaded package outside the request in production."""

from django.tasks import task

from courses.h5p import services
from courses.h5p.models import H5PPackage


@task
def unpack_package(package_id: int) -> None:
    package = H5PPackage.objects.filter(pk=package_id).first()
    if package is not None:
        services.unpack(package)
