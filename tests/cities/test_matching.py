"""Free-text cities match a City only when certain: any of its three names, spelling variants aside,
one city only; the rest are listed for a programme manager as city requests."""

import io

import pytest
from django.core.management import call_command

from courses.cities import services
from courses.cities.matching import match_city, normalise
from courses.cities.models import City, CityMembership, CityRequest, CityRequestStatus, TeamRole
from tests.cities.conftest import make_city
from tests.factories import make_user


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("الزرقاء", "الزرقا"),
        ("Al-Zarqa", "Zarqa"),
        ("Municipalité d'Al-Zarqa", "zarqa"),
        ("مدينة إربد", "اربد"),
        ("Saïda", "SAIDA"),
        ("الإسْكَنْدَرِيَّة", "الاسكندرية"),
    ],
)
def test_spelling_variants_normalise_alike(typed, name):
    assert normalise(typed) == normalise(name)


def test_different_names_stay_different():
    assert normalise("Alexandria") != normalise("Andria")
    assert normalise("Salé") != normalise("Rabat")


def test_a_match_must_be_the_only_one(demo_site):
    tripoli_lb = City.objects.get(name_en="Tripoli", country="LB")
    tripoli_ly = make_city("Tripoli", country="LY", name_ar="طرابلس", name_fr="Tripoli")
    assert match_city("طرابلس", "LB") == tripoli_lb
    assert match_city("Tripoli", "LY") == tripoli_ly
    assert match_city("Tripoli") is None  # two countries: not certain
    assert match_city("الرباط") == City.objects.get(name_en="Rabat")
    assert match_city("Rabat", "TN") is None
    assert match_city("Salé", "MA") is None
    assert match_city("  ") is None


def test_profiles_are_linked_where_certain_and_the_rest_listed(demo_site):
    certain = make_user("certain@example.org", municipality="El-Karak", country="JO", role="mayor")
    arabic = make_user("arabic@example.org", municipality="الاسكندريه", country="EG", role="national_government")
    unknown = make_user("unknown@example.org", municipality="Salé", country="MA")
    make_user("blank@example.org")
    report = services.link_profiles_by_municipality()
    # Demo learners are linked too (some typed "الرباط"); these are the test's own.
    mine = "@example.org"
    assert {(user.email, city.name_en) for user, city in report.linked if user.email.endswith(mine)} == {
        ("certain@example.org", "Karak"),
        ("arabic@example.org", "Alexandria"),
    }
    assert CityMembership.objects.get(user=certain).role == TeamRole.MAYOR
    assert CityMembership.objects.get(user=arabic).role == TeamRole.OTHER
    assert [user.email for user in report.unresolved if user.email.endswith(mine)] == ["unknown@example.org"]
    request = CityRequest.objects.get(user=unknown)
    assert (request.name, request.country, request.status) == ("Salé", "MA", CityRequestStatus.OPEN)
    # Again: nothing new.
    again = io.StringIO()
    call_command("link_city_profiles", stdout=again)
    assert "0 linked, 0 left" in again.getvalue()
    assert CityRequest.objects.filter(user=unknown).count() == 1
