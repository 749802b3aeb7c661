"""The questionnaire: block ids are the stable question and option ids, kept by wagtail-localize in every
translation; answers are checked against their question's kind; tags name courses by translation key."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from courses.cities.blocks import TagBlock
from courses.cities.models import NeedsAssessmentPage
from courses.cities.questionnaire import MULTIPLE, SCALE, SINGLE, TEXT, clean_value, questions_of, sections_of


def _translate_with_wagtail_localize(page, language: str) -> NeedsAssessmentPage:
    """As a translator would in wagtail-localize's editor: every string translated, then published."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    locale = Locale.objects.get(language_code=language)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=f"[{language}] {segment.string.data}",
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    # The tagged courses have no French version: their tags fall back to the source pages.
    translated, _created = source.create_or_update_translation(locale, fallback=True)
    return NeedsAssessmentPage.objects.get(pk=translated.pk)


def test_translations_keep_every_question_and_option_id(questionnaire, catalogue):
    french = _translate_with_wagtail_localize(questionnaire, "fr")
    assert french.locale.language_code == "fr" and french.translation_key == questionnaire.translation_key
    source, translated = questions_of(questionnaire), questions_of(french)
    assert list(translated) == list(source) == ["q-structure", "q-youth", "q-coordination", "q-notes"]
    for question_id, question in source.items():
        other = translated[question_id]
        assert [o.id for o in other.options] == [o.id for o in question.options]
        assert [o.tags for o in other.options] == [o.tags for o in question.options]
        assert other.tags == question.tags
    assert translated["q-structure"].prompt == "[fr] Does your city have a local prevention network?"
    assert translated["q-structure"].option("o-none").text == "[fr] No"
    assert source["q-structure"].option("o-none").tags[0].page_key == catalogue["course_a"].translation_key


def test_sections_read_each_kind_with_its_tags(questionnaire, catalogue):
    [section] = sections_of(questionnaire)
    assert section.heading == "Existing structures"
    kinds = [question.kind for question in section.questions]
    assert kinds == [SINGLE, MULTIPLE, SCALE, TEXT]
    youth = section.questions[1]
    assert youth.option("o-lab").tags[0].track_key == catalogue["track"].translation_key
    assert youth.option("o-council").tags == ()
    assert section.questions[2].tags[0].weight == 4 and section.questions[2].low_label == "Not at all"


def test_answers_are_checked_against_the_question(questionnaire, english):
    questions = questions_of(questionnaire)
    assert clean_value(questions["q-structure"], "o-none") == "o-none"
    # Multiple choices are kept once each, in the questionnaire's order.
    assert clean_value(questions["q-youth"], ["o-lab", "o-nothing", "o-lab"]) == ["o-nothing", "o-lab"]
    assert clean_value(questions["q-coordination"], "2") == 2
    assert clean_value(questions["q-notes"], "  A note  ") == "A note"
    assert clean_value(questions["q-notes"], "") is None
    for question_id, value in [
        ("q-structure", "o-lab"),
        ("q-structure", ["o-none"]),
        ("q-youth", "o-nothing"),
        ("q-youth", ["o-missing"]),
        ("q-coordination", 6),
        ("q-coordination", True),
        ("q-coordination", "high"),
        ("q-notes", "x" * 1001),
        ("q-notes", 5),
    ]:
        with pytest.raises(ValidationError):
            clean_value(questions[question_id], value)


def test_a_recommendation_names_either_a_course_or_a_track(catalogue):
    block = TagBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "track": None, "weight": 1}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": catalogue["course_a"].pk, "track": catalogue["track"].pk, "weight": 1}))
    assert block.clean(block.to_python({"page": catalogue["course_a"].pk, "track": None, "weight": 2}))["weight"] == 2


def test_the_questionnaire_page_shows_its_questions(client, questionnaire):
    response = client.get(questionnaire.url)
    assert response.status_code == 200
    assert "How well do you coordinate with national agencies?" in response.content.decode()
