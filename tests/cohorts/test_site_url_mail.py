"""Links in cohort mails point to the site the trainer's request came to (lms.site_url), even though the mail
is sent after the request has returned (on commit, as a worker would)."""

import re

import pytest
from django.core import mail

from tests.cohorts.conftest import url

pytestmark = pytest.mark.django_db
HOST = "academy.test:8123"


def test_an_invitation_sent_from_a_host_links_to_that_host(
    client, settings, trainer, cohort, django_capture_on_commit_callbacks
):
    settings.ALLOWED_HOSTS = ["testserver", "academy.test"]
    settings.WAGTAILADMIN_BASE_URL = "https://configured.example.org"
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("trainer_add_learners", cohort.pk), {"emails": "guest@example.org", "language": "en"}, HTTP_HOST=HOST
        )
    [message] = mail.outbox
    assert re.search(rf"http://{re.escape(HOST)}/\w\w/join/\S+/", message.body)
    assert "configured.example.org" not in message.body
