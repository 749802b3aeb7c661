"""No English inside Arabic or French pages: Django's blank choice label and the admin's snippet choosers."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from courses.blocks import H5PActivityBlock
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_profile_menus_have_no_english_blank_choice(client, language):
    client.force_login(make_user(f"blank-{language}@example.org"))
    html = client.get("/accounts/profile/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert "<select" in html
    assert "Select an option" not in html
    with translation.override(language):
        assert str(translation.gettext("- Select an option -")) in html


def _admin(email: str, language: str):
    user = make_user(email, is_staff=True, is_superuser=True)
    give_mfa(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_snippet_chooser_modal_follows_the_admin_users_language(client, language):
    client.force_login(_admin(f"chooser-{language}@example.org", language))
    response = client.get(reverse("wagtailsnippetchoosers_h5p_h5ppackage:choose"))
    assert response.status_code == 200
    html = response.json()["html"]
    with translation.override(language):
        title, model = translation.gettext("Choose"), translation.gettext("H5P package")
    assert title != "Choose" and model != "H5P package"
    assert title in html and model in html
    assert "Choose" not in html.replace(title, "")


def test_snippet_chooser_widget_texts_follow_the_language_of_each_request():
    """The widget is built once per process; its texts must still be translated per request."""
    block = H5PActivityBlock()
    with translation.override("ar"):
        widget = block.child_blocks["package"].widget
        assert str(widget.choose_one_text) == "اختر حزمة H5P"
    with translation.override("fr"):
        assert str(widget.choose_one_text) == "Choisir Paquet H5P"
        assert str(block.child_blocks["package"].field.widget.choose_another_text).startswith("Choisir ")
