"""Background jobs for convenings: one mail each, queued after the registration's transaction commits.

Each task takes the registration's id and reads it again: by the time a worker runs it, the learner may
have cancelled, or been moved from the waiting list to a place (the mail says what is true then).
"""

from django.tasks import task

from courses.convenings import mail
from courses.convenings.models import Registration, RegistrationStatus
from lms import site_url


@task
def send_confirmation(*, registration_id: int, base_url: str = "") -> bool:
    registration = Registration.objects.select_related("session", "user").filter(pk=registration_id).first()
    if registration is None or registration.status == RegistrationStatus.CANCELLED:
        return False
    with site_url.serving(base_url):
        mail.send_confirmation_mail(registration)
    return True
