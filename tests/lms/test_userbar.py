"""Wagtail's user bar shows on the site's pages only, where it edits the page: its 300 KB of scripts and styles
made a programme manager's report score 81 in Lighthouse on a phone (`make lighthouse`). Everyone who opens the
admin reaches it from the account menu on every page."""

import pytest

from lms.accounts.models import User

pytestmark = pytest.mark.django_db

USERBAR = "<wagtail-userbar"
ADMIN_LINK = 'href="/admin/"'


def test_staff_get_the_user_bar_on_the_sites_pages_and_the_admin_link_everywhere(client, demo_site):
    client.force_login(User.objects.get(email="manager@academy.example"))  # a programme manager: opens the admin

    report = client.get("/ar/trainer/report/")
    assert report.status_code == 200
    html = report.content.decode()
    assert USERBAR not in html and "userbar" not in html
    assert ADMIN_LINK in html

    catalogue = client.get("/ar/courses/")
    assert catalogue.status_code == 200
    html = catalogue.content.decode()
    assert USERBAR in html and ADMIN_LINK in html


def test_learners_get_neither_the_user_bar_nor_the_admin_link(client, demo_site):
    client.force_login(User.objects.get(email="learner@academy.example"))
    for path in ("/ar/learn/", "/ar/courses/"):
        html = client.get(path).content.decode()
        assert USERBAR not in html and ADMIN_LINK not in html, path
