"""Cities: names in three languages on one row, the one-city-per-learner team, "my city is not listed"
requests resolved by programme managers in the admin, and the programme managers' permissions."""

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction

from courses.cities import services
from courses.cities.access import PROGRAMME_MANAGERS
from courses.cities.models import City, CityMembership, CityRequest, CityRequestStatus
from lms.accounts.models import CityContext
from tests.cities.conftest import make_city, make_member
from tests.factories import give_mfa, make_user


def test_city_name_follows_the_language_and_falls_back_to_english(db):
    city = make_city("Dhehiba", name_ar="ذهيبة", name_fr="")
    assert city.name_in("ar") == "ذهيبة"
    assert city.name_in("fr") == "Dhehiba"
    assert city.name_in("de") == "Dhehiba"
    names = dict(City.objects.filter(pk=city.pk).with_local_name("ar").values_list("pk", "local_name"))
    assert names == {city.pk: "ذهيبة"}
    assert City.objects.filter(pk=city.pk).with_local_name("fr").get().local_name == "Dhehiba"


def test_cities_are_found_by_any_of_their_names(db):
    city = make_city("Batroun", country="LB", name_ar="البترون", name_fr="Batroun (Liban)")
    make_city("Jerash", country="JO")
    assert list(City.objects.search("البترو")) == [city]
    assert list(City.objects.search("liban")) == [city]
    assert City.objects.search("").count() == City.objects.count()


def test_the_context_reuses_the_profiles_city_context(db):
    field = City._meta.get_field("context")
    assert field.choices == CityContext.choices


def test_a_learner_belongs_to_one_city_only(city):
    user = make_member(city, "one@example.org")
    other = make_city("Gabes")
    with pytest.raises(IntegrityError), transaction.atomic():
        CityMembership.objects.create(user=user, city=other)
    services.join_city(user=user, city=other)
    assert CityMembership.objects.get(user=user).city == other


def test_a_request_for_a_missing_city_links_the_learner_once_resolved(db):
    learner = make_user("new@example.org")
    city_request = services.request_city(user=learner, name="  Ruwaished ", country="JO")
    assert services.request_city(user=learner, name="Al-Ruwaished", country="JO").pk == city_request.pk
    city = make_city("Azraq", country="JO")
    services.resolve_city_request(city_request=CityRequest.objects.get(pk=city_request.pk), city=city)
    city_request.refresh_from_db()
    assert city_request.status == CityRequestStatus.RESOLVED and city_request.resolved_at is not None
    assert city_request.name == "Al-Ruwaished"
    assert learner.city_membership.city == city


def test_resolving_does_not_move_a_learner_who_joined_a_city_since(city):
    learner = make_member(city, "joined@example.org")
    city_request = services.request_city(user=learner, name="Somewhere")
    assert services.resolve_city_request(city_request=city_request, city=make_city("Elsewhere")) is None
    assert CityMembership.objects.get(user=learner).city == city


def test_programme_managers_manage_cities_in_the_admin(client, demo_site):
    group = Group.objects.get(name=PROGRAMME_MANAGERS)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "add_city",
        "change_city",
        "change_citymembership",
        "change_cityrequest",
        "view_cityassessment",
    } <= codenames
    manager = make_user("pm-cities@example.org")
    manager.groups.add(group)
    give_mfa(manager)
    client.force_login(manager)
    make_city("Kairouan", name_ar="القيروان")
    listing = client.get("/admin/snippets/cities/city/")
    assert listing.status_code == 200 and "القيروان" in listing.content.decode()


def test_choosing_the_city_on_a_request_in_the_admin_links_the_learner(client, demo_site):
    manager = make_user("pm-requests@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    learner = make_user("asker@example.org")
    city_request = services.request_city(user=learner, name="Medenine", country="TN")
    city = make_city("Medenine")
    client.force_login(manager)
    response = client.post(
        f"/admin/snippets/cities/cityrequest/edit/{city_request.pk}/",
        {"country": "TN", "resolved_city": str(city.pk)},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert CityMembership.objects.get(user=learner).city == city
    assert CityRequest.objects.get(pk=city_request.pk).status == CityRequestStatus.RESOLVED


def test_personal_data_export_includes_the_city_and_requests(city):
    from lms.accounts.services import export_personal_data

    user = make_member(city, "exported@example.org", lead=True)
    services.request_city(user=user, name="Zarzis", country="TN")
    data = export_personal_data(user=user)["cities"]
    assert data["city"] == {"city": "Sfax", "role": "municipal_staff", "is_lead": True}
    assert data["city_requests"][0]["name"] == "Zarzis"


def test_an_adjustment_added_in_the_admin_records_its_author_and_takes_only_courses_and_modules(
    client, catalogue, city
):
    from courses.cities.models import PathwayAdjustment
    from courses.models import LessonPage

    manager = make_user("pm-adjust@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(manager)
    lesson = LessonPage.objects.descendant_of(catalogue["course_a"]).first()
    form = {"city": str(city.pk), "page": str(lesson.pk), "action": "pin", "note": "Start here"}
    refused = client.post("/admin/snippets/cities/pathwayadjustment/add/", form)
    assert refused.status_code == 200 and not PathwayAdjustment.objects.exists()
    form["page"] = str(catalogue["module"].pk)
    response = client.post("/admin/snippets/cities/pathwayadjustment/add/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert PathwayAdjustment.objects.get().created_by == manager
