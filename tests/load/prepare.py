"""Load test, step 1: the load learners and the plan Locust follows (run by tests/load/run.py).

Creates ``load-0001@example.org`` … (one password, a verified address, a name for the certificate, a
language: Arabic first), enrolled through ``courses.progress.services.enrol`` in every demo course that
has no prerequisite. Learners of an earlier run are deleted first (through the account deletion service,
as a learner deleting their account would: their certificates stay, without a learner), so each run
starts from nothing and the exactly-once check counts this run's writes only.

The plan (JSON) tells Locust what a learner can do on each lesson and how to pass it: the quizzes'
correct options (a learner who read the lesson) and the H5P blocks' pass marks. Everything else
(URLs of the forms, CSRF tokens, submission ids, signed frame URLs, activity IRIs) Locust reads from
the pages themselves, as the browser does.

    python tests/load/prepare.py --users 50 --plan .stack/load/plan.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

EMAIL_PATTERN = "load-{:04d}@example.org"
EMAIL_PREFIX, EMAIL_DOMAIN = "load-", "@example.org"
PASSWORD = "load-test-learner-2026"
# Arabic first, as the programme's learners are; English and French after.
LANGUAGES = ("ar", "ar", "en", "fr")


def _setup_django() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
    import django

    django.setup()


def load_learners():
    from lms.accounts.models import User

    return User.objects.filter(email__startswith=EMAIL_PREFIX, email__endswith=EMAIL_DOMAIN)


def _delete_previous() -> int:
    from lms.accounts.services import delete_account

    count = 0
    for user in load_learners():
        delete_account(user=user)
        count += 1
    return count


def _create_learners(count: int) -> list:
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password

    from lms.accounts.models import User

    # One hash for all: the same password, hashed once instead of once per learner.
    password = make_password(PASSWORD)
    users = []
    for number in range(1, count + 1):
        email = EMAIL_PATTERN.format(number)
        user = User.objects.create(
            email=email,
            password=password,
            full_name=f"Load Learner {number:04d}",
            preferred_language=LANGUAGES[(number - 1) % len(LANGUAGES)],
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        users.append(user)
    return users


def _lesson_plan(lesson, course) -> dict:
    from courses.progress import activities, quizzes

    required_h5p = activities.required_h5p_ids(lesson.body, course)
    required_quizzes = quizzes.required_quiz_ids(lesson.body)
    plan_quizzes = {}
    for _index, raw in quizzes.raw_blocks(lesson.body, "quiz"):
        quiz = quizzes.find_quiz(lesson.body, raw["id"])
        right, wrong = {}, {}
        for question_id, _question, options in quizzes.questions_with_ids(quiz):
            right[f"q-{question_id}"] = [option_id for option_id, option in options if option["correct"]]
            wrong[f"q-{question_id}"] = [next(option_id for option_id, option in options if not option["correct"])]
        plan_quizzes[raw["id"]] = {"right": right, "wrong": wrong, "required": raw["id"] in required_quizzes}
    h5p = {}
    for _index, raw in quizzes.raw_blocks(lesson.body, "h5p"):
        block = activities.find_h5p_block(lesson.body, raw["id"])
        h5p[raw["id"]] = {"pass_mark": block["pass_mark"], "required": raw["id"] in required_h5p}
    return {
        "id": lesson.pk,
        "url": lesson.url,
        "key": str(lesson.translation_key),
        "quizzes": plan_quizzes,
        "h5p": h5p,
        "reflections": [raw["id"] for _index, raw in quizzes.raw_blocks(lesson.body, "reflection")],
        "button": not activities.required_activity_ids(lesson.body, course),
    }


def _course_plan(course) -> dict:
    from courses import course_tree

    tree = course_tree.tree_of(course)
    return {
        "id": course.pk,
        "url": course.url,
        "lessons": [_lesson_plan(lesson.specific, course) for lesson in tree.lessons],
    }


def build_plan(users: list) -> dict:
    from django.urls import reverse
    from django.utils import translation

    from courses import selectors
    from courses.models import CoursePage

    courses = [course for course in CoursePage.objects.live().public() if not selectors.prerequisite_courses(course)]
    by_key: dict[str, dict] = {}
    for course in courses:
        entry = by_key.setdefault(
            str(course.translation_key), {"key": str(course.translation_key), "awards": course.awards_certificate}
        )
        entry.setdefault("pages", {})[course.locale.language_code] = _course_plan(course)
    languages = sorted({language for entry in by_key.values() for language in entry["pages"]})
    urls = {}
    for language in languages:
        with translation.override(language):
            urls[language] = {"dashboard": reverse("my_learning")}
    return {
        "password": PASSWORD,
        "login_url": reverse("account_login"),
        "users": [{"email": user.email, "language": user.preferred_language} for user in users],
        "courses": list(by_key.values()),
        "urls": urls,
    }


def _enrol(users: list, plan: dict) -> int:
    from courses.models import CoursePage
    from courses.progress import services

    courses = [CoursePage.objects.get(pk=next(iter(entry["pages"].values()))["id"]) for entry in plan["courses"]]
    for user in users:
        for course in courses:
            services.enrol(user=user, course=course)
    return len(users) * len(courses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--plan", type=Path, required=True)
    args = parser.parse_args(argv)
    _setup_django()
    started = time.monotonic()
    deleted = _delete_previous()
    users = _create_learners(args.users)
    plan = build_plan(users)
    enrolments = _enrol(users, plan)
    args.plan.parent.mkdir(parents=True, exist_ok=True)
    args.plan.write_text(json.dumps(plan, indent=1))
    print(
        f"prepare: {deleted} earlier load learners deleted, {len(users)} created, {enrolments} enrolments "
        f"in {len(plan['courses'])} course(s), plan in {args.plan} ({time.monotonic() - started:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
