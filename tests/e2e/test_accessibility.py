"""axe-core finds no WCAG 2.1 A/AA violations on the main pages, in Arabic (right to left) and English."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from courses.models import CourseIndexPage
from courses.progress import services
from lms.accounts.models import User

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PUBLIC_PATHS = [
    "/{lang}/",
    "/{lang}/courses/",
    "/{lang}/courses/city-role-in-prevention/",
    "/{lang}/courses/city-role-in-prevention/what-a-city-can-do/",
    "/{lang}/courses/city-role-in-prevention/what-a-city-can-do/why-cities-matter/",
    "/{lang}/courses/city-role-in-prevention/drivers-and-evidence/threats-and-drivers/",
    "/{lang}/case-studies/",
    "/{lang}/case-studies/tripoli-juvenile-reintegration/",
    "/{lang}/search/?query=city",
]
ACCOUNT_PATHS = ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
LEARNER_PATHS = [
    "/{lang}/learn/",
    "/accounts/profile/",
    "/{lang}/courses/city-role-in-prevention/",
    "/{lang}/courses/city-role-in-prevention/what-a-city-can-do/mandate-and-levers/",
]


def _violations(page, url: str) -> list[str]:
    page.goto(url)
    results = Axe().run(page, options=WCAG_AA)
    return [
        f"{url}: {violation['id']} ({len(violation['nodes'])}) {violation['nodes'][0]['target']}"
        for violation in results.response["violations"]
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_public_pages_have_no_violations(page, live_demo, lang):
    found = []
    for path in PUBLIC_PATHS + ACCOUNT_PATHS:
        found += _violations(page, live_demo.url + path.format(lang=lang))
    assert found == []


def test_learner_pages_have_no_violations(page, live_demo):
    learner = User.objects.get(email="learner@academy.example")
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    services.enrol(user=learner, course=index.get_children().live().specific().first())
    page.goto(f"{live_demo.url}/accounts/login/")
    page.fill("input[name=login]", "learner@academy.example")
    page.fill("input[name=password]", "demo-learner-2026")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    found = []
    for path in LEARNER_PATHS:
        found += _violations(page, live_demo.url + path.format(lang="ar"))
    assert found == []
