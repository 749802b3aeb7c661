"""A learner chooses their city from the list in their profile or at sign-up (in their language, narrowed to
the country they chose), or says it is not listed, which asks a programme manager once; bad choices are
refused in the learner's language with nothing stored; the profile shows the city and costs the same
number of queries whatever the number of cities."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses.cities import services
from courses.cities.models import City, CityMembership, CityRequest, CityRequestStatus, TeamRole
from lms.accounts.models import User
from tests.cities.conftest import make_city, make_member
from tests.factories import DEFAULT_PASSWORD, make_user

pytestmark = pytest.mark.django_db

PROFILE = "/accounts/profile/"
SIGNUP = "/accounts/signup/"

PROFILE_DATA = {
    "full_name": "Amal Haddad",
    "certificate_name_latin": "",
    "certificate_name_arabic": "",
    "municipality": "",
    "country": "TN",
    "role": "councillor",
    "preferred_language": "",
    "city_context": "",
}


@pytest.fixture
def sousse(db):
    return make_city("Sousse", country="TN", name_ar="سوسة", name_fr="Sousse")


@pytest.fixture
def jerash(db):
    return make_city("Jerash", country="JO", name_ar="جرش", name_fr="Jerash")


@pytest.fixture
def learner(db):
    return make_user("chooser@example.org", full_name="Before", country="TN")


def _post_profile(client, language="en", **fields):
    return client.post(PROFILE, PROFILE_DATA | fields, HTTP_ACCEPT_LANGUAGE=language)


def _signup(client, email, language="en", **fields):
    data = {"full_name": "Nour Saleh", "email": email, "password1": DEFAULT_PASSWORD, "password2": DEFAULT_PASSWORD}
    return client.post(SIGNUP, data | fields, HTTP_ACCEPT_LANGUAGE=language)


def _unchanged(user):
    user.refresh_from_db()
    return (
        user.full_name == "Before"
        and not CityMembership.objects.filter(user=user).exists()
        and not CityRequest.objects.filter(user=user).exists()
    )


def test_the_profile_lists_the_cities_in_english_with_their_country(client, learner, sousse, jerash):
    client.force_login(learner)
    html = client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<select name="city"' in html
    assert f'value="{sousse.pk}" data-country="TN"' in html and ">Sousse</option>" in html
    assert '<optgroup label="Jordan">' in html and ">Jerash</option>" in html
    # The learner's country comes first, and each option carries its names in every language for the filter.
    assert html.index('<optgroup label="Tunisia">') < html.index('<optgroup label="Jordan">')
    assert 'data-names="jerash جرش"' in html
    assert ">My city is not listed</option>" in html and 'name="city_not_listed"' in html
    assert "cities/city-choice.js" in html


def test_choosing_a_city_in_the_profile_in_english(client, learner, sousse):
    client.force_login(learner)
    # Civil society is a profile role the team does not have: the member's role is "other".
    response = _post_profile(client, city=str(sousse.pk), role="civil_society")
    assert response.status_code == 302
    membership = CityMembership.objects.get(user=learner)
    assert membership.city == sousse and membership.role == TeamRole.OTHER and not membership.is_lead
    # Chosen again: selected in the form, and shown above it, linked to the city's page.
    html = client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'<option value="{sousse.pk}" selected data-country="TN" data-names="sousse سوسة">' in html
    assert '<a href="/en/city/"><bdi>Sousse</bdi></a>, Tunisia' in html


def test_choosing_a_city_in_the_profile_in_arabic(client, sousse):
    learner = make_user("arabic-chooser@example.org", country="TN", role="councillor")
    client.force_login(learner)
    form = client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert ">سوسة</option>" in form and '<optgroup label="تونس">' in form
    response = _post_profile(client, "ar", city=str(sousse.pk))
    assert response.status_code == 302
    membership = CityMembership.objects.get(user=learner)
    assert membership.city == sousse and membership.role == TeamRole.COUNCILLOR
    html = client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<a href="/ar/city/"><bdi>سوسة</bdi></a>' in html


def test_saving_the_same_city_keeps_the_role_and_the_lead_and_moving_drops_the_lead(client, sousse):
    lead = make_member(sousse, "lead-sousse@example.org", lead=True, role=TeamRole.MAYOR, country="TN")
    client.force_login(lead)
    assert _post_profile(client, city=str(sousse.pk), role="municipal_staff").status_code == 302
    membership = CityMembership.objects.get(user=lead)
    assert (membership.city, membership.role, membership.is_lead) == (sousse, TeamRole.MAYOR, True)
    sfax = make_city("Sfax", country="TN")
    assert _post_profile(client, city=str(sfax.pk)).status_code == 302
    membership.refresh_from_db()
    assert (membership.city, membership.role, membership.is_lead) == (sfax, TeamRole.MAYOR, False)


def test_leaving_the_choice_empty_changes_nothing(client, sousse):
    member = make_member(sousse, "stays@example.org", country="TN")
    client.force_login(member)
    assert _post_profile(client, city="").status_code == 302
    assert CityMembership.objects.get(user=member).city == sousse


def test_not_listed_asks_a_programme_manager_once_then_the_resolution_links_the_learner(client, learner):
    client.force_login(learner)
    first = _post_profile(client, city="not_listed", city_not_listed="  Ksar   Hellal ")
    assert first.status_code == 302
    followed = client.get(first["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "A programme manager will add Ksar Hellal to the list and link you to it." in followed
    # The same name sent again: the form shows the request, and nothing new is stored or announced.
    html = client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'value="not_listed" selected' in html and 'value="Ksar Hellal"' in html
    assert "You asked us to add <bdi>Ksar Hellal</bdi>" in html
    second = _post_profile(client, city="not_listed", city_not_listed="Ksar Hellal")
    assert second.status_code == 302
    assert "Ksar Hellal to the list" not in client.get(second["Location"]).content.decode()
    city_request = CityRequest.objects.get(user=learner)
    assert (city_request.name, city_request.country, city_request.status) == ("Ksar Hellal", "TN", "open")

    # A programme manager adds the city and resolves the request (the admin calls this service).
    city = make_city("Ksar Hellal", country="TN", name_ar="قصر هلال")
    services.resolve_city_request(city_request=city_request, city=city)
    assert CityMembership.objects.get(user=learner).city == city
    html = client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<a href="/ar/city/"><bdi>قصر هلال</bdi></a>' in html


def test_not_listed_moves_a_learner_out_of_the_team_they_had_chosen(client, sousse):
    member = make_member(sousse, "wrong-city@example.org", country="TN")
    client.force_login(member)
    assert _post_profile(client, city="not_listed", city_not_listed="Monastir").status_code == 302
    assert not CityMembership.objects.filter(user=member).exists()
    city_request = CityRequest.objects.get(user=member)
    services.resolve_city_request(city_request=city_request, city=make_city("Monastir", country="TN"))
    assert CityMembership.objects.get(user=member).city.name_en == "Monastir"


def test_choosing_a_listed_city_answers_the_open_request(client, learner, sousse):
    services.request_city(user=learner, name="Sousse city", country="TN")
    client.force_login(learner)
    assert _post_profile(client, city=str(sousse.pk)).status_code == 302
    city_request = CityRequest.objects.get(user=learner)
    assert city_request.status == CityRequestStatus.RESOLVED and city_request.resolved_city == sousse


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"city": "999999"}, "city", "Choose a city from the list, or “My city is not listed”."),
        ({"city": "rabat"}, "city", "Choose a city from the list, or “My city is not listed”."),
        ({"city": "jerash"}, "city", "Jerash is not in the country you chose."),
        ({"city": "not_listed", "city_not_listed": "   "}, "city_not_listed", "Type the name of your city."),
        (
            {"city": "not_listed", "city_not_listed": "Douz", "country": ""},
            "city_not_listed",
            "Choose the country of your city too",
        ),
    ],
)
def test_bad_choices_are_refused_and_nothing_is_stored(client, learner, jerash, fields, field, message):
    client.force_login(learner)
    if fields.get("city") == "jerash":
        fields = fields | {"city": str(jerash.pk)}
    response = _post_profile(client, full_name="After", **fields)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert f'id="id_{field}_error"' in html
    assert _unchanged(learner)


def test_a_city_chosen_without_a_country_brings_its_country(client, jerash):
    """Left empty, the country follows the city: dates and times then read as the city's country's."""
    learner = make_user("no-country@example.org", full_name="Before")
    client.force_login(learner)
    assert _post_profile(client, "ar", country="", city=str(jerash.pk)).status_code == 302
    learner.refresh_from_db()
    assert learner.country.code == "JO"
    assert CityMembership.objects.get(user=learner).city == jerash
    html = client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<option value="JO" selected>' in html


def test_a_city_of_another_country_is_refused_in_arabic_keeping_what_was_typed(client, learner, jerash):
    client.force_login(learner)
    response = _post_profile(client, "ar", full_name="After", country="TN", city=str(jerash.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert "لا تقع جرش في البلد المختار. يُرجى اختيار مدينة من هذا البلد، أو تغيير البلد." in html
    assert 'value="After"' in html and '<option value="TN" selected>' in html
    assert f'<option value="{jerash.pk}" selected' in html
    assert _unchanged(learner)


def test_refusals_are_in_the_learners_language(client, learner):
    client.force_login(learner)
    response = _post_profile(client, "ar", full_name="After", city="not_listed", city_not_listed="")
    assert response.status_code == 200
    assert "يُرجى كتابة اسم مدينتك." in response.content.decode()
    assert _unchanged(learner)


def test_the_profile_form_needs_its_csrf_token(learner, sousse):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert _post_profile(client, city=str(sousse.pk)).status_code == 403
    assert not CityMembership.objects.filter(user=learner).exists()


def test_signing_up_with_a_city(client, sousse):
    signup_form = client.get(SIGNUP, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert ">سوسة</option>" in signup_form and 'name="country"' in signup_form
    assert "cities/city-choice.js" in signup_form
    response = _signup(client, "new-in-sousse@example.org", "ar", country="TN", city=str(sousse.pk))
    assert response.status_code == 302
    user = User.objects.get(email="new-in-sousse@example.org")
    assert user.country.code == "TN"
    assert CityMembership.objects.get(user=user).city == sousse


def test_signing_up_with_a_city_and_no_country_takes_the_citys(client, jerash):
    response = _signup(client, "new-in-jerash@example.org", "ar", city=str(jerash.pk))
    assert response.status_code == 302
    user = User.objects.get(email="new-in-jerash@example.org")
    assert user.country.code == "JO" and CityMembership.objects.get(user=user).city == jerash


def test_signing_up_with_a_city_not_listed(client):
    response = _signup(client, "new-in-douz@example.org", country="TN", city="not_listed", city_not_listed="Douz")
    assert response.status_code == 302
    user = User.objects.get(email="new-in-douz@example.org")
    assert CityRequest.objects.get(user=user).name == "Douz"
    assert not CityMembership.objects.filter(user=user).exists()


def test_signing_up_with_a_city_of_another_country_creates_no_account(client, jerash):
    response = _signup(client, "wrong-country@example.org", country="TN", city=str(jerash.pk))
    assert response.status_code == 200
    assert "Jerash is not in the country you chose." in response.content.decode()
    assert not User.objects.filter(email="wrong-country@example.org").exists()


def test_signing_up_without_a_city_still_works(client):
    response = _signup(client, "no-city@example.org")
    assert response.status_code == 302
    user = User.objects.get(email="no-city@example.org")
    assert not CityMembership.objects.filter(user=user).exists() and not user.country


def test_the_city_page_without_a_city_points_to_the_profiles_choice(client, learner):
    client.force_login(learner)
    html = client.get("/en/city/").content.decode()
    assert 'href="/accounts/profile/#id_city"' in html
    services.request_city(user=learner, name="Tataouine", country="TN")
    assert "You asked us to add <bdi>Tataouine</bdi>" in client.get("/en/city/").content.decode()


def _profile_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="ar").status_code == 200
    return len(queries)


def test_the_profile_costs_the_same_queries_with_3_or_30_cities(client, django_assert_num_queries, sousse):
    member = make_member(sousse, "counted@example.org", country="TN")
    client.force_login(member)
    City.objects.bulk_create(City(name_en=f"Town {n}", name_ar=f"بلدة {n}", country="MA") for n in range(2))
    client.get(PROFILE)  # the first request warms caches (site, locales) that later ones do not repeat
    expected = _profile_queries(client)
    City.objects.bulk_create(City(name_en=f"Town {n}", name_ar=f"بلدة {n}", country="JO") for n in range(2, 29))
    with django_assert_num_queries(expected):
        html = client.get(PROFILE, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert ">بلدة 28</option>" in html


def test_the_list_replaces_the_free_text_municipality_which_is_kept_as_typed(client, sousse):
    learner = make_user("typed@example.org", country="TN", municipality="Sousse (typed)")
    client.force_login(learner)
    assert 'name="municipality"' not in client.get(PROFILE).content.decode()
    assert _post_profile(client, city=str(sousse.pk), municipality="Changed").status_code == 302
    learner.refresh_from_db()
    assert learner.municipality == "Sousse (typed)"


def test_choose_city_takes_a_role_when_given_and_ask_for_city_needs_a_country(sousse):
    member = make_member(sousse, "service-member@example.org", lead=True, role=TeamRole.MAYOR)
    membership = services.choose_city(user=member, city=sousse, role=TeamRole.COUNCILLOR)
    assert (membership.role, membership.is_lead) == (TeamRole.COUNCILLOR, True)
    with pytest.raises(ValidationError):
        services.ask_for_city(user=member, name="Somewhere", country="")
    assert CityMembership.objects.filter(user=member).exists() and not CityRequest.objects.filter(user=member).exists()


def test_joining_or_choosing_a_city_without_a_country_takes_the_citys_and_keeps_a_named_one(jerash):
    """Dates read as the profile's country (lms.languages.calendar): without one a learner reads UTC."""
    chose = make_user("chose@example.org")
    services.choose_city(user=chose, city=jerash)
    added = make_user("added@example.org")
    services.join_city(user=added, city=jerash)
    abroad = make_user("abroad@example.org", country="MA")
    services.choose_city(user=abroad, city=jerash)
    assert [str(User.objects.get(pk=user.pk).country) for user in (chose, added, abroad)] == ["JO", "JO", "MA"]


def test_learners_who_chose_a_city_before_take_its_country_once_migrated(jerash):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("courses.cities.migrations.0004_country_from_city")
    before = make_member(jerash, "before@example.org")  # straight into the team, as an older release did
    named = make_member(jerash, "named@example.org", country="TN")
    assert not before.country
    migration.take_city_country(apps, None)
    assert [str(User.objects.get(pk=user.pk).country) for user in (before, named)] == ["JO", "TN"]
