"""Editors keep a course's knowledge check in the admin, as a translatable snippet: its listing, its editor
(the quiz question block with a topic) and wagtail-localize's translation of it all answer."""

import pytest

from courses.evidence.models import KnowledgeCheck
from courses.models import CoursePage
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, demo_site):
    admin = make_user("evidence-admin@example.org", is_staff=True, is_superuser=True)
    give_mfa(admin)
    client.force_login(admin)
    return admin


def test_the_knowledge_checks_are_listed_and_edited_in_the_admin(client, editor):
    foundation = CoursePage.objects.get(slug="city-role-in-prevention", locale__language_code="ar")
    check = KnowledgeCheck.objects.get(course=foundation)
    listing = client.get("/admin/snippets/evidence/knowledgecheck/")
    assert listing.status_code == 200 and check.title in listing.content.decode()
    edit = client.get(f"/admin/snippets/evidence/knowledgecheck/edit/{check.pk}/")
    assert edit.status_code == 200
    assert "topic" in edit.content.decode()
    assert client.get("/admin/snippets/evidence/knowledgecheck/add/").status_code == 200


def test_a_check_is_translated_through_wagtail_localize_keeping_its_block_ids(editor):
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    foundation = CoursePage.objects.get(slug="city-role-in-prevention", locale__language_code="ar")
    source = KnowledgeCheck.objects.get(course=foundation)
    KnowledgeCheck.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk).delete()
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation_source.create_or_update_translation(Locale.objects.get(language_code="en"), fallback=True)
    english = KnowledgeCheck.objects.get(translation_key=source.translation_key, locale__language_code="en")
    assert [child.id for child in english.questions] == [child.id for child in source.questions]
    assert english.course.translation_key == foundation.translation_key, english.course.locale
