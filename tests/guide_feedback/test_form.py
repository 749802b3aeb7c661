"""The learner's side: the form under a module based on a guidebook, for logged-in learners only; one answer
per learner per module, changed by answering again; CSRF; errors in the learner's language with nothing
stored; the Arabic form right to left; pages that know nothing of this app."""

import re
from pathlib import Path

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from courses.guide_feedback.models import GuideFeedback
from courses.guide_feedback.panel import feedback_panel
from lms.accounts.models import CityContext
from tests.guide_feedback.conftest import course_with_guide, make_learner

pytestmark = pytest.mark.django_db

QUESTION = "Was this part of the guide useful for your city?"


def answer_url(module, language="en"):
    with translation.override(language):
        return reverse("guide_feedback_answer", args=[module.pk])


def test_the_form_is_on_a_module_based_on_a_guide_for_a_logged_in_learner(client, module, learner):
    client.force_login(learner)
    html = client.get(module.url).content.decode()
    assert QUESTION in html
    assert 'id="guide-feedback"' in html
    assert "<fieldset" in html and "<legend>" in html
    assert html.count('name="rating"') == 5
    assert "What is missing for a city like mine?" in html
    assert f'action="{answer_url(module)}"' in html


def test_no_form_for_a_visitor_who_is_not_logged_in(client, module):
    response = client.get(module.url)
    assert response.status_code == 200
    assert QUESTION not in response.content.decode()


def test_no_form_on_a_module_without_a_guide(client, plain_module, learner):
    client.force_login(learner)
    response = client.get(plain_module.url)
    assert response.status_code == 200 and QUESTION not in response.content.decode()
    assert client.get(answer_url(plain_module)).status_code == 404
    assert client.post(answer_url(plain_module), {"rating": "4"}).status_code == 404
    assert not GuideFeedback.objects.filter(user=learner).exists()


def test_an_answer_keeps_the_guide_the_chapter_the_city_and_the_language(client, module, learner, guidebook, rabat):
    client.force_login(learner)
    response = client.post(answer_url(module), {"rating": "4", "comment": " Useful maps ", "missing": "Budgets"})
    assert response.status_code == 302 and response["Location"].endswith("#guide-feedback")
    feedback = GuideFeedback.objects.get(user=learner)
    assert (feedback.module_key, feedback.guidebook_key) == (module.translation_key, guidebook.translation_key)
    assert feedback.chapter == "Chapter 2: Mapping the city"
    assert (feedback.rating, feedback.comment, feedback.missing) == (4, "Useful maps", "Budgets")
    assert (feedback.country, feedback.city_kind, feedback.city_context) == ("MA", rabat.kind, rabat.context)
    assert feedback.language == "en"


def test_without_a_city_the_profile_country_and_context_are_kept(client, module):
    user = make_learner(None, country="TN", city_context=CityContext.POST_CONFLICT)
    client.force_login(user)
    client.post(answer_url(module, "fr"), {"rating": "2"})
    feedback = GuideFeedback.objects.get(user=user)
    assert (feedback.country, feedback.city_kind, feedback.city_context, feedback.language) == (
        "TN",
        "",
        CityContext.POST_CONFLICT,
        "fr",
    )


def test_answering_again_changes_the_one_answer_and_the_page_says_so(client, module, learner):
    client.force_login(learner)
    client.post(answer_url(module), {"rating": "2", "comment": "First"})
    client.post(answer_url(module), {"rating": "2", "comment": "First"})  # a retry
    assert GuideFeedback.objects.filter(user=learner).count() == 1
    client.post(answer_url(module), {"rating": "5", "comment": "Second thoughts"})
    feedback = GuideFeedback.objects.get(user=learner)
    assert (feedback.rating, feedback.comment) == (5, "Second thoughts")
    html = client.get(module.url).content.decode()
    assert "Thank you for your answer. You can change it below at any time." in html
    assert "Second thoughts" in html
    assert re.search(r'<input type="radio" name="rating" value="5"[^>]* checked', html)
    assert "Change my answer" in html


def test_one_answer_per_module_across_its_languages(client, module, learner, guidebook):
    """The Arabic copy of a module shares its translation key: answering there changes the same answer."""
    from tests.factories import translate_course

    arabic_course = translate_course(module.get_parent().specific, "ar")
    arabic_module = type(module).objects.get(translation_key=module.translation_key, locale=arabic_course.locale)
    client.force_login(learner)
    client.post(answer_url(module), {"rating": "2"})
    client.post(answer_url(arabic_module, "ar"), {"rating": "4", "comment": "مفيد"})
    feedback = GuideFeedback.objects.get(user=learner)
    assert (feedback.rating, feedback.language, feedback.comment) == (4, "ar", "مفيد")


def test_a_post_without_the_csrf_token_is_refused(module, learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = client.post(answer_url(module), {"rating": "4"})
    assert response.status_code == 403
    assert not GuideFeedback.objects.filter(user=learner).exists()


def test_the_forms_token_is_accepted_on_the_module_page_and_on_the_forms_own_page(module, learner):
    """With CSRF checks on, as in a browser: the token the page renders lets the answer through."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    for page_url, rating in ((module.url, "3"), (answer_url(module), "4")):
        html = client.get(page_url).content.decode()
        token = re.search(
            r'<form method="post" action="[^"]+" class="guide-feedback__form"[^>]*>\s*'
            r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"',
            html,
        )
        assert token, page_url
        response = client.post(answer_url(module), {"rating": rating, "csrfmiddlewaretoken": token.group(1)})
        assert response.status_code == 302
        assert GuideFeedback.objects.get(user=learner).rating == int(rating)


def test_a_visitor_who_is_not_logged_in_cannot_answer(client, module):
    response = client.post(answer_url(module), {"rating": "4"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not GuideFeedback.objects.filter(module_key=module.translation_key).exists()


def test_a_wrong_answer_is_refused_in_the_learners_language_and_nothing_is_stored(client, module, learner):
    client.force_login(learner)
    response = client.post(answer_url(module, "fr"), {"rating": "9", "comment": "x" * 10})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'lang="fr"' in html
    assert "Sélectionnez un choix valide" in html  # Django's own French message
    assert 'aria-invalid="true"' in html and 'role="alert"' in html
    assert "xxxxxxxxxx</textarea>" in html  # what they typed is kept
    too_long = client.post(answer_url(module, "fr"), {"rating": "3", "comment": "x" * 2001})
    assert too_long.status_code == 400
    assert not GuideFeedback.objects.filter(user=learner).exists()


def _described_but_missing(html: str) -> set[str]:
    """Ids that an aria-describedby names and no element of the page has: help or errors never read out."""
    named = {name for value in re.findall(r'aria-describedby="([^"]*)"', html) for name in value.split()}
    return named - set(re.findall(r'\sid="([^"]*)"', html))


def test_the_help_of_each_comment_box_is_the_one_its_description_names(client, module, learner):
    client.force_login(learner)
    html = client.get(module.url).content.decode()
    for name in ("comment", "missing"):
        assert f'aria-describedby="id_{name}_helptext"' in html
        assert re.search(rf'<p class="help-text" id="id_{name}_helptext">[^<]+</p>', html)
    assert _described_but_missing(html) == set()


def test_an_empty_answer_shows_its_error_as_the_shared_form_fields_do(client, module, learner):
    """In the learner's language, in an error list with the id the radios' fieldset names (red, as .errorlist)."""
    client.force_login(learner)
    response = client.post(answer_url(module, "ar"), {"comment": "x" * 2001})
    assert response.status_code == 400
    html = response.content.decode()
    with translation.override("ar"):
        required = translation.gettext("Choose how useful it was, from 1 to 5.")
    assert '<fieldset class="question confidence field--error" aria-describedby="id_rating_error">' in html
    assert f'<ul class="errorlist" id="id_rating_error" role="alert"><li>{required}</li></ul>' in html
    assert "يُرجى تحديد مدى الفائدة" in required
    # The text box in error: its error list has the id Django's aria-describedby names, after the help's.
    assert '<div class="field field--error">' in html
    assert re.search(r'<ul class="errorlist" id="id_comment_error" role="alert"><li>[^<]+</li></ul>', html)
    assert 'aria-invalid="true" aria-describedby="id_comment_helptext id_comment_error"' in html
    assert _described_but_missing(html) == set()
    assert 'class="error"' not in html


def test_an_answer_changes_only_the_learners_own(client, module, learner):
    """Another learner answering leaves this learner's answer as it was (the answer is found by the user)."""
    client.force_login(learner)
    client.post(answer_url(module), {"rating": "1", "comment": "Mine"})
    other = make_learner(None)
    client.force_login(other)
    client.post(answer_url(module), {"rating": "5", "comment": "Theirs"})
    assert GuideFeedback.objects.get(user=learner).comment == "Mine"
    assert "Mine" not in client.get(module.url).content.decode()


def test_the_arabic_form_is_right_to_left(client, guidebook, learner):
    module = course_with_guide("ar", guidebook, slug="guide-course-ar")
    client.force_login(learner)
    with translation.override("ar"):
        html = client.get(module.url).content.decode()
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    assert 'id="guide-feedback"' in html and "<legend>" in html and html.count('name="rating"') == 5


def test_the_panel_reads_one_query(module, learner, django_assert_num_queries):
    request = RequestFactory().get(module.url)
    request.user = learner
    with django_assert_num_queries(1):
        assert "guide-feedback" in feedback_panel(request, module)
    GuideFeedback.objects.create(
        user=learner, module_key=module.translation_key, guidebook_key=module.translation_key, rating=3
    )
    with django_assert_num_queries(1), translation.override("en"):
        assert "Change my answer" in feedback_panel(request, module)


def test_courses_do_not_know_this_app():
    """The dependency points one way: nothing in courses outside this app names it."""
    courses = Path(__file__).resolve().parents[2] / "courses"
    offenders = [
        str(path.relative_to(courses))
        for path in courses.rglob("*")
        if path.is_file()
        and path.suffix in {".py", ".html"}
        and "guide_feedback" not in path.relative_to(courses).parts
        and "guide_feedback" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
