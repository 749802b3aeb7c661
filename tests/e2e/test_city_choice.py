"""Issue #14 item 1, learner side, in a browser in Arabic (390 × 844): signing up, the city list follows the
country chosen and what is typed in its filter box (city-choice.js), and the city chosen is the account's
team; the page asks nothing of another host and raises no CSP complaint."""

import pytest

from courses.cities.models import City, CityMembership
from tests.factories import DEFAULT_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _cities_shown(page) -> list[str]:
    return page.eval_on_selector_all("select[name=city] optgroup option", "options => options.map(o => o.textContent)")


def test_signing_up_the_list_follows_the_country_and_the_filter(page, live_demo):
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: None if request.url.startswith(live_demo.url) else problems.append(request.url))
    page.goto(f"{live_demo.url}/accounts/signup/")
    page.wait_for_load_state()
    everywhere = City.objects.count()
    assert len(_cities_shown(page)) == everywhere

    page.select_option("select[name=country]", "JO")
    jordan = {city.name_ar for city in City.objects.filter(country="JO")}
    assert set(_cities_shown(page)) == jordan and len(jordan) > 1

    # The filter box has a label, and finds a city by any of its names (here the English one).
    assert page.locator("label[for=id_city-filter]").count() == 1
    page.fill("#id_city-filter", "irb")
    assert _cities_shown(page) == ["إربد"]
    page.select_option("select[name=city]", label="إربد")

    page.fill("input[name=full_name]", "ليلى الخطيب")
    page.fill("input[name=email]", "laila-irbid@example.org")
    page.fill("input[name=password1]", DEFAULT_PASSWORD)
    page.fill("input[name=password2]", DEFAULT_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/accounts/confirm-email/" in page.url
    membership = CityMembership.objects.select_related("city").get(user__email="laila-irbid@example.org")
    assert membership.city.name_en == "Irbid"
    assert problems == []
