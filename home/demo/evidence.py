"""Demo knowledge checks: the Foundation course's pre/post check in Arabic, English and French.

Everything comes from ``home/demo/data/knowledge_checks/``: ``structure.json`` (per check: the course's
slug, the questions with their topic, kind and which options are right, the confidence statements, all by
key) and ``ar.json``, ``en.json``, ``fr.json`` (the texts, by the same keys, for translators). Block ids are
derived from the keys, the same in every language, as wagtail-localize keeps an editor's.

``attempts.json`` has the checks the demo learners took (which questions each got right, their confidence
ratings, before and after), one more demo cohort whose learners all finished the course, a skipped
pre-check and a few surveys: so that the programme report shows a gain with its interval, and cells too
small to show. Loading twice creates nothing new.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.contrib.auth.hashers import make_password

from courses.evidence import checks, services
from courses.evidence.models import CheckAttempt, CheckSkip, KnowledgeCheck, Phase, SurveyResponse
from courses.models import CoursePage
from courses.progress import quizzes
from courses.progress.models import Enrolment, LessonProgress
from courses.progress.services import recheck_course_completion
from home.demo import cohorts
from home.demo.catalogue import _locales
from home.demo.cities import LANGUAGES, SOURCE_LANGUAGE, stable_id
from lms.accounts.models import User

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


# The demo cohort that took the Foundation course's check before and after, and the attempts of every
# demo learner: see load_demo_evidence.
ATTEMPTS = "attempts.json"


def _alumni(spec: dict, course: CoursePage) -> list[User]:
    """The cohort whose learners all finished the Foundation course, made like the other demo cohorts."""
    place = spec["cohort"]
    names = place["names"]
    cohort = cohorts._cohort(
        cohorts.DemoCohort(
            names["en"], place["country"], place["city"], (spec["course"],), (names["ar"], names["en"], names["fr"])
        ),
        trainer=None,
    )
    password = make_password(cohorts.LEARNER_PASSWORD)
    for row in spec["learners"]:
        learner = cohorts.DemoLearner(
            row["email"],
            row["latin"],
            row["arabic"],
            row["language"],
            cohort.name,
            row["municipality"],
            (6,),
            row["days_ago"],
        )
        cohorts._learner(learner, cohort, [course], password)
        # Self-reported in the profile: the demo learners chose to say; their role is their own.
        User.objects.filter(email=row["email"]).update(role=row["role"], gender=row["gender"])
    return list(User.objects.filter(email__in=[row["email"] for row in spec["learners"]]))


def _attempt(check: KnowledgeCheck, check_key: str, user: User, phase: str, given: dict) -> CheckAttempt:
    """The attempt a learner who got ``given["right"]`` right (and the first wrong option elsewhere) makes,
    scored as ``services.submit_check`` scores it."""
    right = {stable_id("check-question", check_key, key) for key in given["right"]}
    asked = checks.questions(check)
    answers = {}
    for question_id, _question, options in asked:
        wanted = [option_id for option_id, option in options if option["correct"] == (question_id in right)]
        answers[question_id] = wanted if question_id in right else wanted[:1]
    results = quizzes.score_questions(asked, answers)
    topic_of = checks.topics(check)
    by_topic: dict[str, list] = {}
    for result in results:
        by_topic.setdefault(topic_of[result.question_id], []).append(result)
    statements = [statement.id for statement in checks.statements(check)]
    return CheckAttempt(
        user=user,
        course_key=check.course.translation_key,
        phase=phase,
        score=quizzes.percent_correct(results),
        topic_scores={topic: quizzes.percent_correct(rows) for topic, rows in by_topic.items()},
        answers={result.question_id: list(result.chosen) for result in results},
        correct_question_ids=[result.question_id for result in results if result.correct],
        confidence=dict(zip(statements, given["confidence"], strict=True)),
        question_ids=[question_id for question_id, _question, _options in asked],
        language=check.locale.language_code,
    )


def _lessons_finished(user: User, course_key, enrolment: Enrolment):
    """When the learner completed the course, or else finished its last lesson (the course then waits for the
    final check)."""
    if enrolment.completed_at is not None:
        return enrolment.completed_at
    last = (
        LessonProgress.objects.filter(user=user, course_key=course_key, completed_at__isnull=False)
        .order_by("-completed_at")
        .values_list("completed_at", flat=True)
        .first()
    )
    return last or enrolment.enrolled_at


def load_demo_evidence() -> int:
    """The Foundation course's checks taken: the Zarqa cohort (all finished, all checked twice), the
    pre-checks of the Rabat and Irbid learners and the post-checks of those who finished, one skipped
    pre-check, and a few end-of-course surveys. Enough learners for a gain with an interval, few enough in
    some cells (a cohort, a gender, a role) for the report to hide them. Returns the attempts made; 0 the
    second time. Run after load_knowledge_checks and load_demo_cohorts."""
    spec = _read(ATTEMPTS)
    structure = {check["key"]: check for check in _read("structure.json")["checks"]}[spec["check"]]
    course = CoursePage.objects.filter(slug=spec["course"], locale__language_code=SOURCE_LANGUAGE).first()
    if course is None or structure["course"] != spec["course"]:
        return 0
    check = checks.check_for(course.translation_key, language=SOURCE_LANGUAGE)
    if check is None:
        return 0
    _alumni(spec, course)
    users = {user.email: user for user in User.objects.filter(email__in=[*spec["attempts"], *spec["skipped"]])}
    key = course.translation_key
    enrolments = {e.user_id: e for e in Enrolment.objects.filter(course_key=key, user__in=users.values())}
    taken = set(CheckAttempt.objects.filter(course_key=key, user__in=users.values()).values_list("user_id", "phase"))
    made = []
    moments = []
    for email, phases in spec["attempts"].items():
        user, enrolment = users.get(email), enrolments.get(getattr(users.get(email), "pk", None))
        if user is None or enrolment is None:
            continue
        for phase in (Phase.PRE, Phase.POST):
            # A post-check only after the last lesson, as the learner's page allows it.
            if phase not in phases or (user.pk, phase) in taken:
                continue
            if phase == Phase.POST and not services.post_check_open(user=user, course_key=key):
                continue
            made.append(_attempt(check, spec["check"], user, phase, phases[phase]))
            moment = enrolment.enrolled_at if phase == Phase.PRE else _lessons_finished(user, key, enrolment)
            moments.append(moment + timedelta(minutes=10))
    created = CheckAttempt.objects.bulk_create(made)
    for attempt, moment in zip(created, moments, strict=True):
        # submitted_at is set on creation: moved back to when the learner would have taken it.
        CheckAttempt.objects.filter(pk=attempt.pk).update(submitted_at=moment)
        if attempt.phase == Phase.POST and enrolments[attempt.user_id].completed_at is None:
            # The final check is what the course waited for: it completes now (the certificate issues), at
            # the moment the learner would have taken it.
            recheck_course_completion(user=attempt.user, course=course)
            Enrolment.objects.filter(pk=enrolments[attempt.user_id].pk, completed_at__isnull=False).update(
                completed_at=moment + timedelta(minutes=5)
            )
            enrolments[attempt.user_id].refresh_from_db()
    for email in spec["skipped"]:
        if email in users and (users[email].pk, Phase.PRE) not in taken:
            CheckSkip.objects.get_or_create(user=users[email], course_key=key, phase=Phase.PRE)
    for email, answer in spec["surveys"].items():
        enrolment = enrolments.get(getattr(users.get(email), "pk", None))
        if enrolment is None or enrolment.completed_at is None:
            continue
        relevance, usefulness, likely = answer["ratings"]
        response, new = SurveyResponse.objects.get_or_create(
            user=users[email],
            course_key=key,
            defaults={
                "relevance": relevance,
                "usefulness": usefulness,
                "likely_to_apply": likely,
                "comment": answer["comment"],
                "language": users[email].preferred_language,
            },
        )
        if new:
            SurveyResponse.objects.filter(pk=response.pk).update(
                submitted_at=enrolment.completed_at + timedelta(minutes=20)
            )
    return len(created)
