"""Cohorts point to a City: the migration links typed cities only where certain, the admin chooses the
city with the City chooser and lists the cohorts a programme manager still has to link."""

import importlib

import pytest
from django.apps import apps
from django.db.models import ProtectedError
from django.utils import translation

from courses.cities.models import City
from courses.cohorts.models import Cohort
from tests.cohorts.conftest import make_cohort
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

migration = importlib.import_module("courses.cohorts.migrations.0004_cohort_city")


def _city(name_en: str, name_ar: str, country: str, name_fr: str = "") -> City:
    city, _created = City.objects.get_or_create(
        country=country, name_en=name_en, defaults={"name_ar": name_ar, "name_fr": name_fr or name_en}
    )
    return city


def test_the_migration_links_typed_cities_only_where_certain():
    """Any of the three names, Arabic spelling and the article aside, in the cohort's own country."""
    rabat = _city("Rabat", "الرباط", "MA")
    zarqa = _city("Zarqa", "الزرقاء", "JO")
    # A name two cities of one country share is not guessed.
    _city("Saint-Louis", "سان لويس", "SN")
    City.objects.create(name_en="Saint Louis", name_ar="سانت لويس", name_fr="Saint-Louis", country="SN")
    typed = {
        "latin": make_cohort(name="Latin", country="MA", city_name="Rabat"),
        "arabic": make_cohort(name="Arabic", country="MA", city_name="الرباط"),
        "article": make_cohort(name="Article", country="JO", city_name="Al-Zarqa"),
        "unknown": make_cohort(name="Unknown", country="MA", city_name="Unknownville"),
        "other country": make_cohort(name="Elsewhere", country="TN", city_name="Rabat"),
        "ambiguous": make_cohort(name="Ambiguous", country="SN", city_name="Saint-Louis"),
        "empty": make_cohort(name="Empty", country="MA", city_name=""),
    }

    migration.link_cohorts_to_cities(apps, None)

    linked = {key: Cohort.objects.get(pk=cohort.pk).city for key, cohort in typed.items()}
    assert linked == {
        "latin": rabat,
        "arabic": rabat,
        "article": zarqa,
        "unknown": None,
        "other country": None,
        "ambiguous": None,
        "empty": None,
    }
    # What was typed stays, for the programme manager.
    assert Cohort.objects.get(pk=typed["unknown"].pk).city_name == "Unknownville"


def test_the_migration_keeps_a_city_already_chosen():
    rabat = _city("Rabat", "الرباط", "MA")
    zarqa = _city("Zarqa", "الزرقاء", "JO")
    cohort = make_cohort(name="Chosen", country="JO", city=zarqa, city_name="Rabat")
    migration.link_cohorts_to_cities(apps, None)
    cohort.refresh_from_db()
    assert cohort.city == zarqa != rabat


def test_a_city_with_cohorts_cannot_be_deleted():
    city = _city("Irbid", "إربد", "JO")
    make_cohort(name="Irbid staff", country="JO", city=city)
    with pytest.raises(ProtectedError):
        city.delete()


@pytest.fixture
def manager_client(client):
    admin = make_user("root-cities@example.org", is_superuser=True, is_staff=True)
    give_mfa(admin)
    client.force_login(admin)
    return client


def test_admin_lists_the_cohorts_whose_city_is_not_linked(manager_client):
    rabat = _city("Rabat", "الرباط", "MA")
    make_cohort(name="Linked cohort", country="MA", city=rabat)
    make_cohort(name="Typed cohort one", country="MA", city_name="Unknownville")
    make_cohort(name="Typed cohort two", country="MA", city_name="Elsewhere")
    unlinked = Cohort.objects.without_city().count()

    listing = manager_client.get("/admin/snippets/cohorts/cohort/").content.decode()
    with translation.override("ar"):  # the admin is in the manager's language, Arabic by default
        notice = translation.ngettext(
            "%(counter)s cohort has a city that is not linked.",
            "%(counter)s cohorts have a city that is not linked.",
            unlinked,
        ) % {"counter": unlinked}
    assert notice in listing
    assert "?city_link=unlinked" in listing

    filtered = manager_client.get("/admin/snippets/cohorts/cohort/?city_link=unlinked").content.decode()
    assert "Typed cohort one" in filtered and "Typed cohort two" in filtered
    assert "Linked cohort" not in filtered
    linked = manager_client.get("/admin/snippets/cohorts/cohort/?city_link=linked").content.decode()
    assert "Linked cohort" in linked and "Typed cohort one" not in linked


def test_admin_shows_no_notice_when_every_city_is_linked(manager_client):
    rabat = _city("Rabat", "الرباط", "MA")
    Cohort.objects.without_city().update(city=rabat)
    make_cohort(name="Linked cohort", country="MA", city=rabat)
    listing = manager_client.get("/admin/snippets/cohorts/cohort/").content.decode()
    assert "not linked." not in listing


def test_admin_edit_form_chooses_the_city_with_the_city_chooser_and_shows_what_was_typed(manager_client):
    cohort = make_cohort(name="Typed cohort", country="MA", city_name="Rabat-Salé")
    page = manager_client.get(f"/admin/snippets/cohorts/cohort/edit/{cohort.pk}/").content.decode()
    assert "/admin/snippets/choose/cities/city/" in page
    assert "Rabat-Salé" in page
    # The typed text is history: the form does not take it.
    assert 'name="city_name"' not in page
