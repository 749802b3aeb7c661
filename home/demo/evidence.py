"""Demo knowledge checks: the Foundation course's pre/post check in Arabic, English and French.

Everything comes from ``home/demo/data/knowledge_checks/``: ``structure.json`` (per check: the course's
slug, the questions with their topic, kind and which options are right, the confidence statements, all by
key) and ``ar.json``, ``en.json``, ``fr.json`` (the texts, by the same keys, for translators). Block ids are
derived from the keys, the same in every language, as wagtail-localize keeps an editor's. Loading twice
creates nothing new.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from courses.evidence.models import KnowledgeCheck
from courses.models import CoursePage
from home.demo.catalogue import _locales
from home.demo.cities import LANGUAGES, SOURCE_LANGUAGE, stable_id

DATA = Path(__file__).parent / "data" / "knowledge_checks"


def _read(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _fields(check: dict, texts: dict) -> dict[str, Any]:
    """A check's fields in one language: raw stream data with ids from the keys."""
    questions = []
    for question in check["questions"]:
        text = texts["questions"][question["key"]]
        options = [
            {
                "type": "item",
                "id": stable_id("check-option", check["key"], question["key"], option["key"]),
                "value": {"text": text["options"][option["key"]], "correct": option["correct"], "feedback": ""},
            }
            for option in question["options"]
        ]
        questions.append(
            {
                "type": "question",
                "id": stable_id("check-question", check["key"], question["key"]),
                "value": {
                    "kind": question["kind"],
                    "prompt": text["prompt"],
                    "options": options,
                    "topic": texts["topics"][question["topic"]],
                },
            }
        )
    statements = [
        {"type": "statement", "id": stable_id("check-statement", check["key"], key), "value": texts["statements"][key]}
        for key in check["statements"]
    ]
    return {"title": texts["title"], "questions": questions, "confidence_statements": statements}


def validate_checks(structure: dict, texts: dict[str, dict]) -> None:
    """Every key of the structure has its text in every language: a translator's slip fails loudly."""
    for check in structure["checks"]:
        for language in LANGUAGES:
            text = texts[language][check["key"]]
            for question in check["questions"]:
                where = f"knowledge_checks/{language}.json: {check['key']}/{question['key']}"
                if question["key"] not in text["questions"] or question["topic"] not in text["topics"]:
                    raise ValueError(f"{where}: missing question or topic")
                missing = {option["key"] for option in question["options"]} - set(
                    text["questions"][question["key"]]["options"]
                )
                if missing:
                    raise ValueError(f"{where}: missing options {sorted(missing)}")
            if set(check["statements"]) - set(text["statements"]):
                raise ValueError(f"knowledge_checks/{language}.json: {check['key']}: missing statements")


def load_knowledge_checks() -> list[KnowledgeCheck]:
    structure = _read("structure.json")
    texts = {language: _read(f"{language}.json") for language in LANGUAGES}
    validate_checks(structure, texts)
    locales = _locales()
    loaded = []
    for check in structure["checks"]:
        courses = {course.locale_id: course for course in CoursePage.objects.filter(slug=check["course"])}
        source_course = courses.get(locales[SOURCE_LANGUAGE].pk)
        if source_course is None:
            continue
        existing = KnowledgeCheck.objects.filter(course__translation_key=source_course.translation_key)
        if existing.exists():
            loaded.append(existing.first())
            continue
        source = KnowledgeCheck.objects.create(
            locale=locales[SOURCE_LANGUAGE],
            course=source_course,
            **_fields(check, texts[SOURCE_LANGUAGE][check["key"]]),
        )
        for language in LANGUAGES:
            if language == SOURCE_LANGUAGE:
                continue
            KnowledgeCheck.objects.create(
                locale=locales[language],
                translation_key=source.translation_key,
                course=courses.get(locales[language].pk, source_course),
                **_fields(check, texts[language][check["key"]]),
            )
        loaded.append(source)
    return loaded
