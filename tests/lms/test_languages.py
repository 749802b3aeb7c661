"""The language switcher leads to the same page in another language and remembers the choice."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_switcher_on_a_page_links_to_its_translations(client, demo_site):
    html = client.get("/fr/").content.decode()
    assert 'href="/language/ar/?next=%2Far%2F"' in html
    assert 'href="/language/en/?next=%2Fen%2F"' in html
    assert '<span aria-current="true" lang="fr">Français</span>' in html


def test_switcher_outside_the_prefix_keeps_the_path(client, demo_site):
    html = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'href="/language/fr/?next=%2Faccounts%2Flogin%2F"' in html


def test_switching_sets_the_cookie_and_redirects(client, demo_site):
    response = client.get("/language/fr/", {"next": "/fr/"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    # The remembered language now wins over the browser's for pages outside the prefix.
    login = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="fr" dir="ltr">' in login.content.decode()


def test_switching_refuses_an_outside_redirect(client, demo_site):
    response = client.get("/language/ar/", {"next": "https://evil.example/"})
    assert response["Location"] == "/ar/"


def test_unknown_language_is_404(client, demo_site):
    assert client.get("/language/de/", follow=True).status_code == 404


def test_switching_is_get_only(client, demo_site):
    assert client.post("/language/fr/").status_code == 405


def test_switcher_on_a_view_keeps_the_view_and_its_query(client, demo_site):
    """Views under the language prefix are reversed in each language with their query string, as
    Django's translate_url gives them."""
    html = client.get("/fr/search/", {"q": "paix"}).content.decode()
    assert 'href="/language/ar/?next=%2Far%2Fsearch%2F%3Fq%3Dpaix"' in html
    assert 'href="/language/en/?next=%2Fen%2Fsearch%2F%3Fq%3Dpaix"' in html
