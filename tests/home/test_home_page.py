"""The home page answers in each language, with the right direction, and stays small."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "direction", "title"),
    [
        ("ar", "rtl", "أكاديمية المدن الشابّة"),
        ("en", "ltr", "Young Cities Academy"),
        ("fr", "ltr", "Académie des villes jeunes"),
    ],
)
def test_home_page_in_each_language_has_lang_and_dir(client, demo_site, language, direction, title):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f"<h1>{title}</h1>" in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("ar-MA", "/ar/"),
        ("de-DE", "/ar/"),
        ("", "/ar/"),
    ],
)
def test_root_redirects_by_accept_language_falling_back_to_arabic(client, demo_site, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def _demo_counts() -> dict[str, int]:
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    from courses.models import CaseStudy, CoursePrerequisite, Guidebook, Track

    models = [Page, HomePage, Site, Revision, Track, Guidebook, CaseStudy, CoursePrerequisite, get_user_model()]
    models += [get_image_model(), get_document_model()]
    return {model.__name__: model.objects.count() for model in models}


def test_load_demo_twice_creates_nothing_new(demo_site):
    counts = _demo_counts()
    call_command("load_demo", "--with-demo-accounts", stdout=io.StringIO())
    assert _demo_counts() == counts
    assert HomePage.objects.count() == 3
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "ar"


def test_home_page_weight_is_under_50_kb_without_images(client, demo_site):
    """HTML + CSS + JS of the home page, uncompressed, for learners on weak connections."""
    html = client.get("/ar/").content
    static_root = Path(settings.PROJECT_DIR) / "static"
    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert assets, "the page should link its stylesheet"
    total = len(html) + sum((static_root / asset.decode()).stat().st_size for asset in assets)
    assert total <= 50 * 1024, f"home page weighs {total} bytes"


def test_page_has_skip_link_and_landmarks(client, demo_site):
    html = client.get("/en/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert 'aria-label="Main navigation"' in html


@pytest.mark.parametrize(
    ("language", "site_name"),
    [("ar", "أكاديمية المدن الشابّة"), ("en", "Young Cities Academy"), ("fr", "Académie des villes jeunes")],
)
def test_the_home_pages_title_names_the_site_once(client, demo_site, language, site_name):
    html = client.get(f"/{language}/").content.decode()
    assert f"<title>{site_name}</title>" in html


def test_other_pages_add_the_site_name_to_their_title(client, demo_site):
    html = client.get("/ar/courses/").content.decode()
    assert re.search(r"<title>[^<·]+ · أكاديمية المدن الشابّة</title>", html)
