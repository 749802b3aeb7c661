"""The demo: cities across the seven countries, the questionnaire in three languages from data files,
Rabat (re-assessed) and Irbid with submitted assessments and pathways; loading again changes nothing."""

import copy
import json
from pathlib import Path

import pytest

from courses.cities import selectors
from courses.cities.models import AssessmentAnswer, City, CityAssessment, CityKind, CityMembership, NeedsAssessmentPage
from courses.cities.questionnaire import questions_of
from home.demo import cities as demo_cities
from home.models import HomePage

DATA = Path(demo_cities.__file__).parent / "data"


def test_the_demo_has_the_programmes_cities_in_three_languages(demo_site):
    names = set(City.objects.values_list("name_en", flat=True))
    assert {"Rabat", "Tripoli", "Irbid", "Zarqa", "Karak", "Saida", "Alexandria", "Ben Guerdane"} <= names
    assert set(City.objects.values_list("country", flat=True)) == {"MA", "TN", "LY", "EG", "JO", "LB", "IQ"}
    border = City.objects.get(name_en="Ben Guerdane")
    assert border.kind == CityKind.BORDER
    assert (border.name_in("ar"), border.name_in("fr")) == ("بن قردان", "Ben Gardane")


def test_the_questionnaire_has_the_same_ids_in_every_language(demo_site):
    pages = {page.locale.language_code: page for page in NeedsAssessmentPage.objects.select_related("locale")}
    assert set(pages) == {"ar", "en", "fr"}
    ids = {language: list(questions_of(page)) for language, page in pages.items()}
    assert ids["ar"] == ids["en"] == ids["fr"] and len(ids["ar"]) == 10
    questions = {language: questions_of(page) for language, page in pages.items()}
    network = demo_cities.stable_id("question", "network")
    assert questions["en"][network].prompt.startswith("Does your city have a local prevention network")
    assert questions["ar"][network].prompt.startswith("هل لدى مدينتك شبكة وقاية محلية")
    assert [o.id for o in questions["fr"][network].options] == [o.id for o in questions["ar"][network].options]
    # Tags point to the same courses (by translation key) in every language.
    assert questions["fr"][network].options[0].tags == questions["ar"][network].options[0].tags != ()


def test_rabat_was_reassessed_and_its_pathway_gives_reasons_in_arabic(demo_site):
    rabat = City.objects.get(name_en="Rabat")
    history = selectors.assessment_history(city=rabat, language="en")
    assert len(history) == 2 and history[0].assessment.submitted_at < history[1].assessment.submitted_at
    changed = {change.question.id for change in history[1].changes}
    assert demo_cities.stable_id("question", "network") in changed
    assert CityAssessment.objects.of_city(City.objects.get(name_en="Irbid")).submitted().count() == 1
    pathway = selectors.city_pathway(city=rabat, language="ar")
    assert len(pathway.entries) >= 3
    first = pathway.entries[0]
    assert first.page.locale.language_code == "ar" and first.reasons
    assert any("\u0600" <= char <= "\u06ff" for char in first.reasons[0].question)
    assert CityMembership.objects.of_city(rabat).leads().count() == 1


def test_loading_the_demo_cities_again_creates_nothing(demo_site):
    models = (City, CityMembership, CityAssessment, AssessmentAnswer, NeedsAssessmentPage)
    counts = [model.objects.count() for model in models]
    demo_cities.load_demo_cities()
    page = demo_cities.load_needs_assessment(HomePage.objects.get(locale__language_code="ar"))
    demo_cities.load_city_teams_and_assessments(page)
    assert [model.objects.count() for model in models] == counts


def test_a_missing_translation_in_the_data_files_fails_loudly():
    structure = json.loads((DATA / "needs_assessment/structure.json").read_text())
    texts = {code: json.loads((DATA / f"needs_assessment/{code}.json").read_text()) for code in ("ar", "en", "fr")}
    demo_cities.validate_questionnaire(structure, texts)
    broken = copy.deepcopy(texts)
    del broken["fr"]["sections"]["youth"]["questions"]["youth-part"]["options"]["labs"]
    with pytest.raises(ValueError, match=r"fr\.json.*youth-part.*labs"):
        demo_cities.validate_questionnaire(structure, broken)


def test_the_current_questionnaire_is_found_in_the_viewers_language(demo_site):
    assert selectors.current_questionnaire("fr").title == "Évaluation des besoins de la ville"
    assert selectors.current_questionnaire("ar").locale.language_code == "ar"
