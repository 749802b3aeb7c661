"""Case studies: a public, filterable list and a page per case, in the reader's language."""

import pytest
from wagtail.models import Locale

from courses.models import CaseStudy

pytestmark = pytest.mark.django_db


def test_list_shows_all_case_studies_in_the_language(client, demo_site):
    html = client.get("/fr/case-studies/").content.decode()
    for case in CaseStudy.objects.filter(locale__language_code="fr"):
        assert case.get_absolute_url() in html
    assert html.count('class="case-card"') == 3


def test_filter_by_country(client, demo_site):
    html = client.get("/en/case-studies/", {"country": "LB"}).content.decode()
    assert html.count('class="case-card"') == 1
    assert "/en/case-studies/tripoli-juvenile-reintegration/" in html
    assert '<option value="LB" selected>' in html


def test_filter_by_theme_in_arabic(client, demo_site):
    case = CaseStudy.objects.get(locale__language_code="ar", slug="rabat-gender-equality-education")
    theme = case.themes.first().name
    html = client.get("/ar/case-studies/", {"theme": theme}).content.decode()
    assert "/ar/case-studies/rabat-gender-equality-education/" in html
    expected = CaseStudy.objects.filter(locale__language_code="ar", themes__name=theme).count()
    assert html.count('class="case-card"') == expected


def test_filter_with_no_match_shows_an_empty_state(client, demo_site):
    response = client.get("/en/case-studies/", {"country": "TN"})
    assert response.status_code == 200
    assert 'class="empty-state"' in response.content.decode()


def test_detail_page_in_each_language(client, demo_site):
    for language in ("ar", "en", "fr"):
        case = CaseStudy.objects.get(locale__language_code=language, slug="iraq-local-prevention-subcommittees")
        response = client.get(f"/{language}/case-studies/{case.slug}/")
        assert response.status_code == 200
        assert case.title in response.content.decode()


def test_detail_falls_back_to_another_language_with_a_notice(client, demo_site):
    CaseStudy.objects.filter(
        locale=Locale.objects.get(language_code="fr"), slug="tripoli-juvenile-reintegration"
    ).delete()
    response = client.get("/fr/case-studies/tripoli-juvenile-reintegration/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "pas encore disponible en" in html
    assert '<div lang="en" dir="ltr">' in html


def test_unknown_case_study_is_404(client, demo_site):
    assert client.get("/en/case-studies/no-such-case/").status_code == 404
