"""Small things an Arabic reader saw on the phone screenshots of issue #13 (tests/e2e/test_arabic_screens.py):
the catalogue lists a course's languages with the Arabic comma, each name isolated, and the country select
offers the same blank choice as the other selects, not a row of dashes."""

import pytest
from django.utils import translation

from courses.models import CourseIndexPage
from lms.accounts.forms import ProfileForm, SignupForm
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_the_catalogue_lists_languages_with_the_arabic_comma(client, demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    html = client.get(index.get_url()).content.decode()
    facts = html[html.index("course-card__facts") :]
    # Each name isolated: two Latin names and the comma between them do not make one left-to-right run.
    assert '<bdi lang="ar">العربية</bdi>، <bdi lang="en">English</bdi>، <bdi lang="fr">Français</bdi>' in facts
    assert '</bdi>, <bdi lang="' not in html


@pytest.mark.parametrize("form_class", [ProfileForm, SignupForm])
def test_the_country_select_offers_the_sites_blank_choice(form_class):
    kwargs = {"instance": make_user("blank-country@example.org")} if form_class is ProfileForm else {}
    with translation.override("ar"):
        value, blank = next(iter(form_class(**kwargs).fields["country"].choices))
        assert (value, str(blank)) == ("", "- يُرجى الاختيار -")
