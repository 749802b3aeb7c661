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

    # A trainer page whose own object is called "page" (a city's dashboard) is not a page of the site.
    from courses.cities.models import City

    city = client.get(f"/ar/trainer/cities/{City.objects.order_by('pk').first().pk}/")
    assert city.status_code == 200 and USERBAR not in city.content.decode()

    catalogue = client.get("/ar/courses/")
    assert catalogue.status_code == 200
    html = catalogue.content.decode()
    assert USERBAR in html and ADMIN_LINK in html


def test_learners_get_neither_the_user_bar_nor_the_admin_link(client, demo_site):
    client.force_login(User.objects.get(email="learner@academy.example"))
    for path in ("/ar/learn/", "/ar/courses/"):
        html = client.get(path).content.decode()
        assert USERBAR not in html and ADMIN_LINK not in html, path


def test_whether_someone_opens_the_admin_is_asked_once_a_request(demo_site):
    """The user bar and the account menu both ask; the answer is kept on the request's user object, and a
    change of permissions shows from the next request (a new user object) on."""
    from django.contrib.auth.models import Permission

    from lms.accounts.admin_access import opens_admin
    from tests.factories import make_user

    user = make_user("asked-once@example.org")
    assert opens_admin(user) is False
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))  # replaces the cache's version
    assert opens_admin(user) is False  # this request's answer
    assert opens_admin(User.objects.get(pk=user.pk)) is True  # the next request's user
