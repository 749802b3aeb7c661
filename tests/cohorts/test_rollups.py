"""The regional roll-up reads the cohorts' City: country → city → cohort, cities named in the viewer's
language, the country taken from the City, and cohorts without a linked city under "City not linked"."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from courses.cities.models import City
from courses.cohorts import rollups
from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.cohorts.models import Cohort
from courses.progress import services
from tests.cohorts.conftest import add_member, make_cohort
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def tunisian_cities():
    tunis = City.objects.create(name_ar="تونس", name_en="Tunis", name_fr="Tunis", country="TN")
    sfax = City.objects.create(name_ar="صفاقس", name_en="Sfax", name_fr="Sfax", country="TN")
    gabes = City.objects.create(name_ar="قابس", name_en="Gabes", name_fr="Gabès", country="TN")
    return tunis, sfax, gabes


@pytest.fixture
def manager_client(client):
    manager = make_user("pm-rollup@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(manager)
    return client


def _cohorts(course, tunis, sfax):
    # Typed names that differ ("Tunis" and " tunis " once grouped by text) no longer matter: the City does.
    a = make_cohort(name="Tunis A", courses=[course], country="TN", city=tunis, city_name="Tunis")
    make_cohort(name="Tunis B", courses=[course], country="TN", city=tunis, city_name="Grand Tunis")
    make_cohort(name="Sfax", courses=[course], country="TN", city=sfax, city_name="Sfax")
    make_cohort(name="Typed only", courses=[course], country="TN", city=None, city_name="Tunis-Nord")
    return a


def test_rollup_groups_by_linked_city_and_lists_the_unlinked_last(manager_client, course, tunisian_cities):
    tunis, sfax, _gabes = tunisian_cities
    first = _cohorts(course, tunis, sfax)
    for number in range(3):
        user = make_user(f"t{number}@example.org")
        add_member(first, user)
        services.enrol(user=user, course=course)

    with translation.override("en"):
        url = reverse("trainer_region")
    response = manager_client.get(url, {"status": "active"})
    rollup = response.context["rollup"]
    tunisia = next(country for country in rollup.countries if country.code == "TN")
    assert [(city.name, city.linked) for city in tunisia.cities] == [
        ("Sfax", True),
        ("Tunis", True),
        ("City not linked", False),
    ]
    assert [summary.cohort.name for summary in tunisia.cities[1].cohorts] == ["Tunis A", "Tunis B"]
    assert [summary.cohort.name for summary in tunisia.cities[2].cohorts] == ["Typed only"]
    assert tunisia.counts.enrolled == 3 and tunisia.cities[1].counts.learners == 3
    assert [country.code for country in rollup.countries][:2] == ["MA", "TN"], "the programme's order"
    html = response.content.decode()
    assert "<svg" in html and "<script" not in html.split("<svg")[1].split("</svg>")[0]
    assert "?city_link=unlinked" in html, "the unlinked group points to the admin's list of cohorts to link"


def test_city_names_follow_the_viewers_language(course, tunisian_cities):
    tunis, _sfax, gabes = tunisian_cities
    make_cohort(name="Gabès", courses=[course], country="TN", city=gabes)
    make_cohort(name="Tunis", courses=[course], country="TN", city=tunis)
    make_cohort(name="Typed", courses=[course], country="TN", city_name="Tunis-Nord")
    cohorts = Cohort.objects.filter(country="TN")

    def names(language):
        rollup = rollups.regional_rollup(cohorts, language=language)
        return [(country.name, [city.name for city in country.cities]) for country in rollup.countries]

    arabic = names("ar")
    assert arabic[0][0] == "تونس" and arabic[0][1][:2] == ["تونس", "قابس"] and len(arabic[0][1]) == 3
    assert names("fr")[0][1][:2] == ["Gabès", "Tunis"]
    assert names("en")[0] == ("Tunisia", ["Gabes", "Tunis", "City not linked"])


def test_the_city_gives_the_country(course):
    """A cohort whose country was set wrongly still counts in its city's country."""
    irbid, _created = City.objects.get_or_create(
        country="JO", name_en="Irbid", defaults={"name_ar": "إربد", "name_fr": "Irbid"}
    )
    make_cohort(name="Irbid, mistyped country", courses=[course], country="MA", city=irbid)
    rollup = rollups.regional_rollup(Cohort.objects.filter(name__startswith="Irbid, "), language="en")
    assert [(country.code, [city.name for city in country.cities]) for country in rollup.countries] == [
        ("JO", ["Irbid"])
    ]


def test_rollup_costs_the_same_queries_for_one_and_many_cities(course, django_assert_num_queries):
    city = City.objects.create(name_ar="تونس", name_en="Tunis", name_fr="Tunis", country="TN")
    make_cohort(name="Only", courses=[course], country="TN", city=city)
    with django_assert_num_queries(5):
        rollups.regional_rollup(Cohort.objects.filter(country__in=["TN", "LB"]), language="ar")
    for number in range(10):
        other = City.objects.create(
            name_ar=f"مدينة {number}", name_en=f"Town {number}", name_fr=f"Ville {number}", country="LB"
        )
        make_cohort(name=f"Many {number}", courses=[course], country="LB", city=other if number % 2 else None)
    with django_assert_num_queries(5):
        rollup = rollups.regional_rollup(Cohort.objects.filter(country__in=["TN", "LB"]), language="ar")
    assert sum(len(country.cities) for country in rollup.countries) == 1 + 5 + 1
