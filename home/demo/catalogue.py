"""The demo catalogue: the course library (tracks, guidebooks, case studies) and four courses.

Pages are created in Arabic first (the site's source language), then translated into
English and French with `copy_for_translation`, so the three versions share a
translation_key and a slug. Text comes from `home/demo/content/`, written per language.
Every step looks up what exists first, so loading twice creates nothing new. The H5P
packages that lesson blocks point to are built first, one per language (``home/demo/h5p``).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from importlib import import_module
from typing import Any

from django.db import models
from wagtail.models import Locale, Page

from courses.models import (
    CaseStudy,
    CourseIndexPage,
    CoursePage,
    CoursePrerequisite,
    Guidebook,
    LessonPage,
    ModulePage,
    Track,
)
from home.demo.content import library
from home.demo.content.schema import validate_course, validate_library
from home.demo.h5p import load_h5p_packages, package_pk
from home.demo.showcase import showcase_blocks
from home.models import HomePage

LANGUAGES = ("ar", "en", "fr")
SOURCE_LANGUAGE = "ar"
# The Foundation course comes first: the others name it as their prerequisite.
COURSE_MODULES = ("foundation", "mayors", "local_government_staff", "young_cities")
# Quizzes, reflections and H5P activities keep the same block ids in every language (derived from
# the lesson's place in the course), so that an answer given in Arabic counts in English too.
NUMBERED_BLOCKS = ("quiz", "reflection", "h5p")
ID_NAMESPACE = uuid.UUID("6f7c1d2e-8a1b-4c5d-9e0f-a1b2c3d4e5f6")


def _stable_id(*parts: object) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


def _quiz_value(quiz: dict[str, Any], where: str) -> dict[str, Any]:
    return {
        "title": quiz.get("title", ""),
        "pass_mark": quiz["pass_mark"],
        "max_attempts": quiz.get("max_attempts", 0),
        "required": quiz.get("required", True),
        "questions": [
            {
                "type": "item",
                "id": _stable_id(where, "q", q_number),
                "value": {
                    "kind": question["kind"],
                    "prompt": question["prompt"],
                    "options": [
                        {"type": "item", "id": _stable_id(where, "q", q_number, "o", o_number), "value": option}
                        for o_number, option in enumerate(question["options"])
                    ],
                },
            }
            for q_number, question in enumerate(quiz["questions"])
        ],
    }


def _h5p_value(activity: dict[str, Any], language: str) -> dict[str, Any]:
    # Each language plays its own package; the block id, shared, is what results are kept under.
    return {
        "package": package_pk(activity["activity"], language),
        "title": activity.get("title", ""),
        "pass_mark": activity["pass_mark"],
        "required": activity.get("required", True),
    }


CATALOGUE_TEXT = {
    "ar": {
        "title": "الدورات",
        "intro": "دورات قصيرة وعملية مبنية على أدلة شبكة المدن القوية. يُرجى اختيار المسار الذي يناسب دورك.",
    },
    "en": {
        "title": "Courses",
        "intro": "Short, practical courses built on the Strong Cities Network's guides. Pick the track that fits your role.",
    },
    "fr": {
        "title": "Cours",
        "intro": "Des cours courts et pratiques fondés sur les guides du Strong Cities Network. Choisissez le parcours adapté à votre rôle.",
    },
}


def _locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def _translated_snippet(model: type[models.Model], slug: str, fields_by_language: dict[str, dict[str, Any]]):
    """Create a translatable snippet in every language (once), sharing one translation_key."""
    locales = _locales()
    source = model.objects.filter(slug=slug, locale=locales[SOURCE_LANGUAGE]).first()
    if source is None:
        source = model(slug=slug, locale=locales[SOURCE_LANGUAGE], **fields_by_language[SOURCE_LANGUAGE])
        source.save()
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE or model.objects.filter(slug=slug, locale=locales[code]).exists():
            continue
        translation = source.copy_for_translation(locales[code])
        for field, value in fields_by_language[code].items():
            setattr(translation, field, value)
        translation.save()
    return source


def load_library() -> None:
    validate_library(library.TRACKS, library.GUIDEBOOKS, library.CASE_STUDIES)
    for track in library.TRACKS:
        _translated_snippet(
            Track,
            track["slug"],
            {code: {**track[code], "colour": track["colour"]} for code in LANGUAGES},
        )
    for guidebook in library.GUIDEBOOKS:
        _translated_snippet(
            Guidebook,
            guidebook["slug"],
            {code: {**guidebook[code], "year": guidebook["year"], "url": guidebook["url"]} for code in LANGUAGES},
        )
    locales = _locales()
    for case in library.CASE_STUDIES:
        _translated_snippet(
            CaseStudy, case["slug"], {code: {**case[code], "country": case["country"]} for code in LANGUAGES}
        )
        for code in LANGUAGES:
            translated = CaseStudy.objects.get(slug=case["slug"], locale=locales[code])
            if not translated.themes.exists():
                translated.themes.set(case["themes"][code])
                translated.save()


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _add_or_get(parent: Page, model: type[Page], slug: str, fields: dict[str, Any]) -> tuple[Page, bool]:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = parent.add_child(instance=model(slug=slug, **fields))
    _publish(page)
    return page, True


def _translate(source: Page, fields_by_language: dict[str, dict[str, Any]]) -> None:
    locales = _locales()
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE or source.has_translation(locales[code]):
            continue
        translation = source.copy_for_translation(locales[code])
        for field, value in fields_by_language[code].items():
            _keep_child_row_ids(translation, field, value)
            setattr(translation, field, value)
        _publish(translation)


def _keep_child_row_ids(page: Page, field: str, value: Any) -> None:
    """New child rows (a course's prerequisites) take the ids of those ``copy_for_translation`` just saved.

    Publishing then updates those rows instead of deleting them and making new ones: Wagtail queued a
    reference-index task for each saved row, and the db_worker fails a task whose row is gone
    (``CoursePrerequisite.DoesNotExist``).
    """
    if not isinstance(value, list) or not all(isinstance(item, models.Model) for item in value):
        return
    for old, new in zip(getattr(page, field).all(), value, strict=False):
        new.pk = old.pk


def _snippet_pk(model: type[models.Model], slug: str, language: str) -> int:
    return model.objects.values_list("pk", flat=True).get(slug=slug, locale__language_code=language)


def _stream(body: list[dict[str, Any]], language: str, lesson_path: str) -> list[dict[str, Any]]:
    """Content-file blocks → the raw StreamField data Wagtail stores, with slugs resolved to ids."""
    stream = []
    counters: dict[str, int] = {}
    for block in body:
        kind, value = block["type"], block["value"]
        if kind in NUMBERED_BLOCKS:
            number = counters[kind] = counters.get(kind, -1) + 1
            where = f"{lesson_path}/{kind}{number}"
            if kind == "quiz":
                value = _quiz_value(value, where)
            elif kind == "h5p":
                value = _h5p_value(value, language)
            stream.append({"type": kind, "value": value, "id": _stable_id(where)})
            continue
        if kind == "case_study":
            value = {**value, "case_study": _snippet_pk(CaseStudy, value["case_study"], language)}
        elif kind == "guidebook_reference":
            value = {**value, "guidebook": _snippet_pk(Guidebook, value["guidebook"], language)}
        stream.append({"type": kind, "value": value})
    return stream


def _list_stream(kind: str, items: list[str]) -> list[dict[str, str]]:
    return [{"type": kind, "value": item} for item in items]


def _course_fields(course: dict[str, Any], language: str, prerequisite: CoursePage | None) -> dict[str, Any]:
    text = course[language]
    prerequisites = (
        [CoursePrerequisite(prerequisite=prerequisite.get_translation(_locales()[language]))] if prerequisite else []
    )
    return {
        "prerequisites": prerequisites,
        "title": text["title"],
        "audience": text["audience"],
        "summary": text["summary"],
        "learning_outcomes": _list_stream("outcome", text["outcomes"]),
        "track_id": _snippet_pk(Track, course["track"], language),
        "estimated_hours": Decimal(str(course["estimated_hours"])),
        "awards_certificate": course.get("awards_certificate", True),
    }


def _module_fields(module: dict[str, Any], language: str) -> dict[str, Any]:
    source = module["source"]
    return {
        "title": module[language]["title"],
        "objectives": _list_stream("objective", module[language]["objectives"]),
        "estimated_minutes": module["estimated_minutes"],
        "source_guidebook_id": _snippet_pk(Guidebook, source["guidebook"], language),
        "source_chapter": source["chapter"][language],
        "source_url": source.get("url", ""),
    }


def _lesson_fields(
    lesson: dict[str, Any], language: str, extra_blocks: list[dict[str, Any]], lesson_path: str
) -> dict[str, Any]:
    body = _stream(lesson[language]["body"], language, lesson_path)
    return {
        "title": lesson[language]["title"],
        # Media blocks go after the lesson's opening, where they illustrate it.
        "body": body[:2] + extra_blocks + body[2:],
        "estimated_minutes": lesson["estimated_minutes"],
        "is_required": lesson.get("required", True),
    }


def load_catalogue_index(home: HomePage) -> CourseIndexPage:
    index, _created = _add_or_get(home, CourseIndexPage, "courses", CATALOGUE_TEXT[SOURCE_LANGUAGE])
    _translate(index, CATALOGUE_TEXT)
    return index


def load_course(
    index: CourseIndexPage, course: dict[str, Any], *, prerequisite: CoursePage | None = None, showcase: bool = False
) -> CoursePage:
    validate_course(course)
    media_blocks = showcase_blocks() if showcase else {}
    course_page, _ = _add_or_get(
        index, CoursePage, course["slug"], _course_fields(course, SOURCE_LANGUAGE, prerequisite)
    )
    _translate(course_page, {code: _course_fields(course, code, prerequisite) for code in LANGUAGES})
    for module_number, module in enumerate(course["modules"]):
        module_page, _ = _add_or_get(course_page, ModulePage, module["slug"], _module_fields(module, SOURCE_LANGUAGE))
        _translate(module_page, {code: _module_fields(module, code) for code in LANGUAGES})
        for lesson_number, lesson in enumerate(module["lessons"]):
            # The first lesson of the first course also shows the media blocks (image, video, document).
            extra = media_blocks if (module_number, lesson_number) == (0, 0) else {}
            lesson_path = f"{course['slug']}/{module['slug']}/{lesson['slug']}"
            lesson_page, _ = _add_or_get(
                module_page,
                LessonPage,
                lesson["slug"],
                _lesson_fields(lesson, SOURCE_LANGUAGE, extra.get(SOURCE_LANGUAGE, []), lesson_path),
            )
            _translate(
                lesson_page,
                {code: _lesson_fields(lesson, code, extra.get(code, []), lesson_path) for code in LANGUAGES},
            )
    return course_page


def load_catalogue(home: HomePage) -> list[CoursePage]:
    load_library()
    load_h5p_packages()
    index = load_catalogue_index(home)
    courses = [import_module(f"home.demo.content.{name}").COURSE for name in COURSE_MODULES]
    foundation = load_course(index, courses[0], showcase=True)
    return [foundation] + [load_course(index, course, prerequisite=foundation) for course in courses[1:]]
