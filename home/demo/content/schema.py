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
- ``h5p``: {"activity": <activity slug from ``h5p_activities.py``>, "title": str, "pass_mark": int, "required": bool}

Quizzes must have the same questions and options, in the same order, in every language: the
loader gives them stable ids by position so that an answer in Arabic counts in French. H5P blocks
likewise name the same activities in the same order in every language.

The H5P activities file defines ``ACTIVITIES``: a slug, and per language a title, a scenario, a
question, two to four choices ({"text", "correct", "feedback"}, exactly one correct, at the same
place in every language) and the player's own texts (``l10n``).
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
H5P_ACTIVITY_SLUGS = {"youth-centre-and-the-list"}
H5P_L10N_KEYS = {"check", "retry", "correct", "incorrect", "chooseFirst"}
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
    "h5p",
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
    elif kind == "h5p":
        _require(value.get("activity") in H5P_ACTIVITY_SLUGS, where, "unknown H5P activity slug")
        _require(0 < int(value.get("pass_mark", 0)) <= 100, where, "pass_mark 1..100")


def _activity_shape(body: list[dict[str, Any]]) -> list[list[int] | str]:
    """What must match between languages: each quiz's options per question, and the H5P activities."""
    return [
        [len(question["options"]) for question in block["value"]["questions"]]
        if block["type"] == "quiz"
        else block["value"]["activity"]
        for block in body
        if block["type"] in {"quiz", "h5p"}
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
                shapes.add(repr(_activity_shape(body)))
            _require(len(shapes) == 1, lesson_where, "quizzes or H5P activities differ between languages")


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


def validate_activities(activities: list[dict[str, Any]]) -> None:
    """Raise ContentError unless every H5P activity the courses may use is defined, alike in every language."""
    _require({a["slug"] for a in activities} == H5P_ACTIVITY_SLUGS, "h5p activities", "must define the slugs")
    titles = [activity[language]["title"] for activity in activities for language in LANGUAGES]
    _require(len(set(titles)) == len(titles), "h5p activities", "titles must be unique: they find packages again")
    for activity in activities:
        answers = set()
        for language in LANGUAGES:
            where = f"{activity['slug']}/{language}"
            text = activity.get(language) or {}
            for key in ("title", "scenario", "question"):
                _require(bool(text.get(key)), where, f"missing {key}")
            choices = text.get("choices") or []
            _require(2 <= len(choices) <= 4, where, "needs 2 to 4 choices")
            _require(all(choice.get("text") and choice.get("feedback") for choice in choices), where, "choice texts")
            answers.add(tuple(choice.get("correct") is True for choice in choices))
            _require(set(text.get("l10n", {})) == H5P_L10N_KEYS, where, f"l10n needs exactly {sorted(H5P_L10N_KEYS)}")
        _require(len(answers) == 1, activity["slug"], "choices differ between languages")
        _require(sum(next(iter(answers))) == 1, activity["slug"], "needs exactly one correct choice")
