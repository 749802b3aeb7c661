"""A city's governorate or region in Arabic, English and French, shown in the reader's language like the
city's name (English when the reader's is not given), on the learner's and the trainers' city pages."""

import json
from pathlib import Path

from django.contrib.auth.models import Group
from django.utils import translation

from courses.cities.access import PROGRAMME_MANAGERS
from courses.cities.models import City
from home.demo import cities as demo_cities
from tests.cities.conftest import make_city, make_member
from tests.factories import give_mfa, make_user

DATA = Path(demo_cities.__file__).parent / "data"


def test_the_region_follows_the_language_and_falls_back_to_english(db):
    city = make_city("Dhehiba", region_ar="ولاية تطاوين", region_en="Tataouine Governorate", region_fr="")
    assert city.region_in("ar") == "ولاية تطاوين"
    assert city.region_in("fr") == "Tataouine Governorate"
    assert city.region_in("de") == "Tataouine Governorate"
    with translation.override("ar"):
        assert city.local_region == "ولاية تطاوين"
    with translation.override("fr"):
        assert city.local_region == "Tataouine Governorate"


def test_every_demo_city_has_its_region_in_the_three_languages(demo_site):
    rows = json.loads((DATA / "cities.json").read_text(encoding="utf-8"))["cities"]
    for row in rows:
        assert set(row["region"]) == {"ar", "en", "fr"} and all(row["region"].values()), row["name"]["en"]
    irbid = City.objects.get(name_en="Irbid")
    assert (irbid.region_ar, irbid.region_en, irbid.region_fr) == (
        "محافظة إربد",
        "Irbid Governorate",
        "gouvernorat d’Irbid",
    )
    rabat = City.objects.get(name_en="Rabat")
    assert rabat.region_in("ar") == "جهة الرباط سلا القنيطرة"


def test_an_arabic_city_page_shows_the_arabic_region_and_not_the_english_one(client, demo_site):
    irbid = City.objects.get(name_en="Irbid")
    client.force_login(irbid.memberships.get(is_lead=True).user)
    page = client.get("/ar/city/").text
    assert "<bdi>محافظة إربد</bdi>" in page
    assert "Irbid Governorate" not in page and "Governorate" not in page
    french = client.get("/fr/city/").text
    assert "<bdi>gouvernorat d’Irbid</bdi>" in french and "Irbid Governorate" not in french


def test_the_trainers_city_pages_show_the_region_in_the_readers_language(client, demo_site):
    manager = make_user("regions-manager@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(manager)
    irbid = City.objects.get(name_en="Irbid")
    for url in ("/ar/trainer/cities/", f"/ar/trainer/cities/{irbid.pk}/"):
        page = client.get(url).text
        assert "<bdi>محافظة إربد</bdi>" in page, url
        assert "Irbid Governorate" not in page, url


def test_a_city_without_an_arabic_region_shows_the_english_one(client, demo_site):
    city = make_city("Tozeur", region_en="Tozeur Governorate")
    client.force_login(make_member(city, "tozeur@example.org"))
    assert "<bdi>Tozeur Governorate</bdi>" in client.get("/ar/city/").text
