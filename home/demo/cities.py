"""Demo cities: ten cities across the programme's seven countries, the needs-assessment questionnaire
in Arabic, English and French, the Rabat and Irbid teams, and their submitted assessments (Rabat's
re-assessed a year later).

Everything comes from data files in ``home/demo/data/``: ``cities.json`` (cities, teams, answers) and
``needs_assessment/`` (``structure.json``: the questions, options and their tags, by key; ``ar.json``,
``en.json``, ``fr.json``: the texts, by the same keys, for translators). Question and option ids are
derived from the keys, the same in every language, as an editor's block ids would be. Answers are
recorded through ``courses.cities.services`` as the team would, then dated in the past. Every step
looks up what exists first, so loading twice creates nothing new.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.utils import timezone

from courses.cities import services
from courses.cities.models import City, CityAssessment, CityMembership, NeedsAssessmentPage
from courses.cities.questionnaire import MULTIPLE, SCALE, SINGLE, TEXT
from courses.models import CoursePage, ModulePage, Track
from home.demo.catalogue import _add_or_get, _translate
from home.models import HomePage
from lms.accounts.models import User

DATA = Path(__file__).parent / "data"
LANGUAGES = ("ar", "en", "fr")
SOURCE_LANGUAGE = "ar"
ID_NAMESPACE = uuid.UUID("0b6f4c1e-3c2a-4d8e-9f71-5a2e8c9d1b47")
KINDS = (SINGLE, MULTIPLE, SCALE, TEXT)


def _read(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def stable_id(*parts: str) -> str:
    """A question's, option's or tag's block id, from its keys: the same in every language and every load."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


def load_demo_cities() -> list[City]:
    cities = []
    for row in _read("cities.json")["cities"]:
        city, _created = City.objects.get_or_create(
            country=row["country"],
            name_en=row["name"]["en"],
            defaults={
                "name_ar": row["name"]["ar"],
                "name_fr": row["name"]["fr"],
                **{f"region_{language}": row["region"][language] for language in LANGUAGES},
                "kind": row["kind"],
                "context": row["context"],
            },
        )
        cities.append(city)
    return cities


def validate_questionnaire(structure: dict, texts: dict[str, dict]) -> None:
    """Every key of the structure has its text in every language (a translator's slip fails loudly)."""
    for language in LANGUAGES:
        sections = texts[language]["sections"]
        for section in structure["sections"]:
            where = f"needs_assessment/{language}.json: section {section['key']}"
            if section["key"] not in sections:
                raise ValueError(f"{where} is missing")
            for question in section["questions"]:
                if question["kind"] not in KINDS:
                    raise ValueError(f"structure.json: question {question['key']} has kind {question['kind']}")
                text = sections[section["key"]]["questions"].get(question["key"])
                if text is None:
                    raise ValueError(f"{where}: question {question['key']} is missing")
                missing = {option["key"] for option in question.get("options", [])} - set(text.get("options", {}))
                if missing:
                    raise ValueError(f"{where}: question {question['key']} lacks options {sorted(missing)}")


def _page_pk(path: str, language: str) -> int:
    course_slug, _, module_slug = path.partition("/")
    course = CoursePage.objects.get(slug=course_slug, locale__language_code=language)
    if not module_slug:
        return course.pk
    return ModulePage.objects.child_of(course).get(slug=module_slug).pk


def _tags(tags: list[dict], language: str, *keys: str) -> list[dict]:
    items = []
    for number, tag in enumerate(tags):
        page = _page_pk(tag.get("course") or tag["module"], language) if "track" not in tag else None
        track = (
            Track.objects.values_list("pk", flat=True).get(slug=tag["track"], locale__language_code=language)
            if "track" in tag
            else None
        )
        items.append(
            {
                "type": "item",
                "id": stable_id("tag", *keys, str(number)),
                "value": {"page": page, "track": track, "weight": tag["weight"]},
            }
        )
    return items


def questionnaire_body(structure: dict, texts: dict, language: str) -> list[dict]:
    """The questionnaire's StreamField data in one language; tags point to that language's pages."""
    body = []
    for section in structure["sections"]:
        section_text = texts["sections"][section["key"]]
        questions = []
        for question in section["questions"]:
            text = section_text["questions"][question["key"]]
            value: dict[str, Any] = {"prompt": text["prompt"], "help_text": text.get("help_text", "")}
            if question["kind"] in (SINGLE, MULTIPLE):
                value["options"] = [
                    {
                        "type": "item",
                        "id": stable_id("option", question["key"], option["key"]),
                        "value": {
                            "text": text["options"][option["key"]],
                            "tags": _tags(option["tags"], language, question["key"], option["key"]),
                        },
                    }
                    for option in question["options"]
                ]
            elif question["kind"] == SCALE:
                value["low_label"] = text["low_label"]
                value["high_label"] = text["high_label"]
                value["tags"] = _tags(question["tags"], language, question["key"])
            questions.append({"type": question["kind"], "id": stable_id("question", question["key"]), "value": value})
        body.append(
            {
                "type": "section",
                "id": stable_id("section", section["key"]),
                "value": {"heading": section_text["heading"], "intro": section_text["intro"], "questions": questions},
            }
        )
    return body


def load_needs_assessment(home: HomePage) -> NeedsAssessmentPage:
    """The questionnaire under the home page, in Arabic, then translated into English and French."""
    structure = _read("needs_assessment/structure.json")
    texts = {language: _read(f"needs_assessment/{language}.json") for language in LANGUAGES}
    validate_questionnaire(structure, texts)
    fields = {
        language: {
            "title": texts[language]["title"],
            "intro": texts[language]["intro"],
            "body": questionnaire_body(structure, texts[language], language),
        }
        for language in LANGUAGES
    }
    page, _created = _add_or_get(home, NeedsAssessmentPage, structure["slug"], fields[SOURCE_LANGUAGE])
    _translate(page, fields)
    return page


def _answers(values: dict[str, Any], structure: dict) -> dict[str, Any]:
    """Answers by keys (``{"network": "none"}``) → by ids, as a team member's form would post them."""
    kinds = {q["key"]: q["kind"] for section in structure["sections"] for q in section["questions"]}
    answers = {}
    for key, value in values.items():
        if kinds[key] == SINGLE:
            value = stable_id("option", key, value)
        elif kinds[key] == MULTIPLE:
            value = [stable_id("option", key, option) for option in value]
        answers[stable_id("question", key)] = value
    return answers


def load_city_teams_and_assessments(questionnaire: NeedsAssessmentPage) -> int:
    """Teams of the demo learners (when the demo accounts exist) and their assessments. Returns how many
    assessments there are."""
    data = _read("cities.json")
    structure = _read("needs_assessment/structure.json")
    cities = {city.name_en: city for city in City.objects.filter(name_en__in=[t["city"] for t in data["teams"]])}
    users = {user.email: user for user in User.objects.filter(email__contains="@academy.example")}
    for team in data["teams"]:
        for member in team["members"]:
            if member["email"] in users:
                CityMembership.objects.get_or_create(
                    user=users[member["email"]],
                    defaults={
                        "city": cities[team["city"]],
                        "role": member["role"],
                        "is_lead": member.get("lead", False),
                    },
                )
                services.take_city_country(user=users[member["email"]], city=cities[team["city"]])
    now = timezone.now()
    for city_name in {row["city"] for row in data["assessments"]}:
        city = cities[city_name]
        if CityAssessment.objects.of_city(city).exists():
            continue
        lead = CityMembership.objects.of_city(city).leads().select_related("user").first()
        if lead is None:
            continue
        rows = sorted(
            (row for row in data["assessments"] if row["city"] == city_name), key=lambda row: -row["submitted_days_ago"]
        )
        for row in rows:
            assessment = services.start_assessment(city=city, questionnaire=questionnaire, user=lead.user)
            for email, values in row["answers"].items():
                if email in users:
                    services.save_answers(assessment=assessment, user=users[email], answers=_answers(values, structure))
            services.submit_assessment(assessment=assessment, user=lead.user)
            submitted_at = now - timedelta(days=row["submitted_days_ago"])
            CityAssessment.objects.filter(pk=assessment.pk).update(
                created_at=submitted_at - timedelta(days=7), submitted_at=submitted_at
            )
    return CityAssessment.objects.count()
