"""A published practice is translated like any case study, through wagtail-localize; every translation says
"Shared by a city". A lesson never shows a practice that is not published."""

import pytest
from django.template.loader import render_to_string
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from courses.models import CaseStudy
from courses.practices.models import PracticeSubmission
from tests.practices.conftest import practice_post

pytestmark = pytest.mark.django_db


def _published(client, learner, moderator) -> CaseStudy:
    from django.urls import reverse

    client.force_login(learner)
    client.post("/en/practices/new/", practice_post(title="Translated practice"))
    case = PracticeSubmission.objects.get(submitter=learner).case_study
    client.force_login(moderator)
    state = case.current_workflow_state
    client.post(
        reverse(
            "wagtailsnippets_courses_casestudy:workflow_action", args=[case.pk, "approve", state.current_task_state.pk]
        )
    )
    case.refresh_from_db()
    assert case.live
    return case


def test_a_published_practice_is_translated_through_wagtail_localize(client, learner, moderator):
    case = _published(client, learner, moderator)
    source, _created = TranslationSource.get_or_create_from_instance(case)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="ar"), enabled=True
    )
    translation.save_target(user=moderator, publish=True)
    arabic = CaseStudy.objects.get(translation_key=case.translation_key, locale__language_code="ar")
    assert arabic.live and arabic.slug == case.slug
    client.logout()
    listing = client.get("/ar/case-studies/").content.decode()
    assert arabic.get_absolute_url() in listing
    assert listing.count('class="shared-by"') == 1
    assert "Salma Idrissi" in listing


def test_a_lesson_does_not_show_a_practice_still_in_moderation(client, learner):
    client.force_login(learner)
    client.post("/en/practices/new/", practice_post(title="Not yet published"))
    draft = PracticeSubmission.objects.get(submitter=learner).case_study
    live = CaseStudy.objects.live().first()
    assert "case-card" not in render_to_string("blocks/case_study.html", {"value": {"case_study": draft}})
    assert "case-card" in render_to_string("blocks/case_study.html", {"value": {"case_study": live}})
