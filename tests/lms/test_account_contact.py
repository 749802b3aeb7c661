"""The account pages that say "write to us" give the address to write to, or do not say it at all.

The pages a learner reaches when a reset or confirmation mail does not come used to say "contact us" with
no way to do it. They now link to the academy's address (the sender of its mails, DEFAULT_FROM_EMAIL),
isolated left to right inside the sentence; without a reachable address the sentence is left out.
"""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from lms.accounts.templatetags.account_contact import contact_address

pytestmark = pytest.mark.django_db

ADDRESS = "help@academy.example"
LINK = f'<a href="mailto:{ADDRESS}"><bdi dir="ltr">{ADDRESS}</bdi></a>'
PAGES = ["/accounts/password/reset/", "/accounts/password/reset/done/", "/accounts/confirm-email/"]


@pytest.mark.parametrize(
    ("configured", "address"),
    [
        (f"Young Cities Academy <{ADDRESS}>", ADDRESS),
        (ADDRESS, ADDRESS),
        ("Young Cities Academy <academy@localhost>", ""),
        ("Young Cities Academy", ""),
        ("", ""),
    ],
)
def test_the_contact_address_is_the_senders_when_a_mail_program_can_reach_it(settings, configured, address):
    settings.DEFAULT_FROM_EMAIL = configured
    assert contact_address() == address


@pytest.mark.parametrize("path", PAGES)
def test_the_pages_that_say_write_to_us_link_to_the_address(client, settings, path):
    settings.DEFAULT_FROM_EMAIL = f"Young Cities Academy <{ADDRESS}>"
    html = client.get(path, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"please write to us at {LINK}." in html
    assert "contact us" not in html


@pytest.mark.parametrize("path", PAGES)
def test_without_an_address_the_pages_do_not_say_write_to_us(client, settings, path):
    settings.DEFAULT_FROM_EMAIL = "Young Cities Academy <academy@localhost>"
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert "mailto:" not in html
    assert "write to us" not in html and "contact us" not in html
    assert "spam folder" in html or "Forgotten your password?" in html, "the rest of the page is kept"


def test_the_verification_required_page_links_to_the_address(settings, rf: RequestFactory):
    """Shown by allauth's @verified_email_required, which nothing in the project uses yet: rendered alone."""
    settings.DEFAULT_FROM_EMAIL = f"Young Cities Academy <{ADDRESS}>"
    with translation.override("en"):
        html = render_to_string("account/verified_email_required.html", request=rf.get("/"))
    assert f"please write to us at {LINK}." in html
    assert "contact us" not in html
