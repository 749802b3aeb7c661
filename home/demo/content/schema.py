"""The shape of the demo catalogue's content files, and a check that a file follows it.

A course file defines ``COURSE``; the library file defines ``TRACKS``, ``GUIDEBOOKS`` and
``CASE_STUDIES``. Text is given per language under the keys ``ar``, ``en`` and ``fr``.

Lesson bodies are lists of ``{"type": ..., "value": ...}`` blocks, as Wagtail stores them:

- ``heading``: str
- ``rich_text``: HTML str (p, h3, ul/ol/li, strong, em, a)
- ``key_takeaways``: {"title": str, "items": [str, ...]}
- ``callout``: {"kind": "tip" | "caution" | "practice", "title": str, "text": HTML str}
- ``case_study``: {"case_study": <case-study slug>, "note": str}
- ``guidebook_reference``: {"guidebook": <guidebook slug>, "chapter": str, "page": int | None, "url": str}
- ``quote``: {"text": str, "speaker": str, "role": str}
- ``context_variants``: {"intro": str, "stable": HTML, "fragile": HTML, "post_conflict": HTML}
- ``checklist``: {"title": str, "items": [str, ...]}
- ``quiz``: {"title": str, "pass_mark": int, "questions": [{"kind": "single" | "multiple" | "true_false",
  "prompt": str, "options": [{"text": str, "correct": bool, "feedback": str}, ...]}, ...]}
- ``reflection``: {"prompt": str}

Quizzes must have the same questions and options, in the same order, in every language: the
loader gives them stable ids by position so that an answer in Arabic counts in French.
"""

from typing import Any

LANGUAGES = ("ar", "en", "fr")
GUIDEBOOK_SLUGS = {
    "guide-for-mayors",
    "guide-for-cities",
    "toolkit-local-prevention-framework",
    "young-cities-model",
    "gctf-nlc",
    "unesco-urban-inclusion",
    "undp-journey-to-extremism",
}
CASE_STUDY_SLUGS = {
    "rabat-gender-equality-education",
    "tripoli-juvenile-reintegration",
    "iraq-local-prevention-subcommittees",
}
TRACK_SLUGS = {"foundation", "mayors", "local-government-staff", "young-cities"}
BLOCK_TYPES = {
    "heading",
    "rich_text",
    "key_takeaways",
    "callout",
    "case_study",
    "guidebook_reference",
    "quote",
    "context_variants",
    "checklist",
    "quiz",
    "reflection",
}


class ContentError(ValueError):
    pass


def _require(condition: bool, where: str, message: str) -> None:
    if not condition:
        raise ContentError(f"{where}: {message}")


def _check_block(block: dict[str, Any], where: str) -> None:
    _require(block.get("type") in BLOCK_TYPES, where, f"unknown block type {block.get('type')!r}")
    value = block.get("value")
    kind = block["type"]
    if kind in {"heading", "rich_text"}:
        _require(isinstance(value, str) and value.strip() != "", where, f"{kind} needs text")
    elif kind in {"key_takeaways", "checklist"}:
        _require(isinstance(value.get("items"), list) and len(value["items"]) >= 2, where, "needs 2+ items")
    elif kind == "callout":
        _require(value.get("kind") in {"tip", "caution", "practice"}, where, "callout kind")
        _require(bool(value.get("text")), where, "callout text")
    elif kind == "case_study":
        _require(value.get("case_study") in CASE_STUDY_SLUGS, where, "unknown case study slug")
    elif kind == "guidebook_reference":
        _require(value.get("guidebook") in GUIDEBOOK_SLUGS, where, "unknown guidebook slug")
    elif kind == "quote":
        _require(bool(value.get("text")) and bool(value.get("speaker")), where, "quote text and speaker")
    elif kind == "context_variants":
        for key in ("stable", "fragile", "post_conflict"):
            _require(bool(value.get(key)), where, f"context variant {key!r} missing")
    elif kind == "quiz":
        questions = value.get("questions") or []
        _require(len(questions) >= 1, where, "quiz needs questions")
        _require(0 < int(value.get("pass_mark", 0)) <= 100, where, "pass_mark 1..100")
        for number, question in enumerate(questions, 1):
            options = question.get("options") or []
            correct = sum(1 for option in options if option.get("correct"))
            _require(question.get("kind") in {"single", "multiple", "true_false"}, where, f"q{number} kind")
            _require(len(options) >= 2, where, f"q{number} needs 2+ options")
            if question["kind"] in {"single", "true_false"}:
                _require(correct == 1, where, f"q{number} needs exactly one correct option")
            else:
                _require(correct >= 1, where, f"q{number} needs a correct option")
    elif kind == "reflection":
        _require(bool(value.get("prompt")), where, "reflection prompt")


def _quiz_shape(body: list[dict[str, Any]]) -> list[list[int]]:
    return [
        [len(question["options"]) for question in block["value"]["questions"]]
        for block in body
        if block["type"] == "quiz"
    ]


def validate_course(course: dict[str, Any]) -> None:
    """Raise ContentError naming the first place where `course` does not follow the schema."""
    where = course.get("slug", "?")
    _require(course.get("track") in TRACK_SLUGS, where, "unknown track")
    _require(len(course.get("modules", [])) >= 3, where, "needs 3+ modules")
    for language in LANGUAGES:
        text = course.get(language) or {}
        for key in ("title", "summary", "audience"):
            _require(bool(text.get(key)), f"{where}/{language}", f"missing {key}")
        _require(len(text.get("outcomes", [])) >= 2, f"{where}/{language}", "needs 2+ outcomes")
    for module in course["modules"]:
        module_where = f"{where}/{module.get('slug')}"
        _require(len(module.get("lessons", [])) >= 2, module_where, "needs 2+ lessons")
        source = module.get("source") or {}
        _require(source.get("guidebook") in GUIDEBOOK_SLUGS, module_where, "unknown source guidebook")
        for language in LANGUAGES:
            text = module.get(language) or {}
            _require(bool(text.get("title")), f"{module_where}/{language}", "missing title")
            _require(len(text.get("objectives", [])) >= 2, f"{module_where}/{language}", "needs 2+ objectives")
            _require(bool(source.get("chapter", {}).get(language)), module_where, f"chapter in {language}")
        for lesson in module["lessons"]:
            lesson_where = f"{module_where}/{lesson.get('slug')}"
            shapes = set()
            for language in LANGUAGES:
                text = lesson.get(language) or {}
                _require(bool(text.get("title")), f"{lesson_where}/{language}", "missing title")
                body = text.get("body") or []
                _require(len(body) >= 3, f"{lesson_where}/{language}", "body needs 3+ blocks")
                for index, block in enumerate(body):
                    _check_block(block, f"{lesson_where}/{language}[{index}]")
                shapes.add(repr(_quiz_shape(body)))
            _require(len(shapes) == 1, lesson_where, "quizzes differ in shape between languages")


TRACK_COLOURS = {"teal", "blue", "purple", "amber"}
CASE_STUDY_FIELDS = ("title", "city", "summary", "goal", "approach", "impact", "lessons_learned", "sources")


def validate_library(tracks: list, guidebooks: list, case_studies: list) -> None:
    """Raise ContentError unless the library defines every slug the courses may use."""
    _require({t["slug"] for t in tracks} == TRACK_SLUGS, "tracks", "must define exactly the track slugs")
    _require({g["slug"] for g in guidebooks} == GUIDEBOOK_SLUGS, "guidebooks", "must define the slugs")
    _require({c["slug"] for c in case_studies} == CASE_STUDY_SLUGS, "case studies", "must define the slugs")
    for track in tracks:
        _require(track.get("colour") in TRACK_COLOURS, track["slug"], "colour")
        for language in LANGUAGES:
            _require(bool(track[language].get("name")), track["slug"], f"name in {language}")
            _require(bool(track[language].get("description")), track["slug"], f"description in {language}")
    for guidebook in guidebooks:
        _require(isinstance(guidebook.get("year"), int), guidebook["slug"], "year")
        for language in LANGUAGES:
            _require(bool(guidebook[language].get("title")), guidebook["slug"], f"title in {language}")
            _require(bool(guidebook[language].get("publisher")), guidebook["slug"], f"publisher in {language}")
    for case in case_studies:
        _require(len(case.get("country", "")) == 2, case["slug"], "ISO country code")
        for language in LANGUAGES:
            text = case.get(language) or {}
            for field in CASE_STUDY_FIELDS:
                _require(bool(text.get(field)), case["slug"], f"{field} in {language}")
            _require(len(case.get("themes", {}).get(language, [])) >= 2, case["slug"], f"themes in {language}")
