"""Demo cohorts: Rabat municipal staff and Irbid Young Cities, followed by the demo trainer, with
ten learners at varied progress: some finished the Foundation course, some stalled weeks ago.

Progress is made through ``courses.progress.services`` (enrol, complete, pass quizzes) and H5P answers
through ``courses.h5p.services.record_statement`` (the statements the demo's self-check activity sends,
which then pass the activity), so it is consistent with what learners would produce; only the timestamps
are then moved into the past, so that "stalled" shows. A careless learner who stopped in the middle of a
course got the next lesson's H5P activity wrong once, so that the trainer's matrix shows H5P averages
below 100%. Learners are created once: loading again changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from courses.cities.models import City
from courses.cohorts.models import Cohort, CohortCourse, CohortMembership, CohortStatus, MembershipSource
from courses.h5p import services as h5p
from courses.h5p.models import H5PStatement
from courses.models import CoursePage, LessonPage
from courses.progress import activities, quizzes, services
from courses.progress.models import ActivityResult, Enrolment, LessonProgress, QuizAttempt
from lms.accounts.models import Role, User

TRAINER_EMAIL = "trainer@academy.example"
LEARNER_PASSWORD = "demo-learner-2026"
FOUNDATION = "city-role-in-prevention"


@dataclass(frozen=True)
class DemoCohort:
    name: str
    country: str
    # The English name of one of the demo cities (home/demo/data/cities.json).
    city: str
    courses: tuple[str, ...]
    # The name in Arabic, English and French (the English one is also the cohort's ``name``).
    names: tuple[str, str, str] = ("", "", "")


@dataclass(frozen=True)
class DemoLearner:
    email: str
    latin: str
    arabic: str
    language: str
    cohort: str
    municipality: str
    # Lessons done in each course of the cohort, in the cohort's order.
    lessons: tuple[int, ...]
    # Days since the last lesson (or since joining, for a learner who has done none).
    days_ago: int
    # Careful learners pass every quiz and H5P activity at the first try with every answer right;
    # the others fail once, then pass with one answer wrong where the pass mark allows it.
    careful: bool = True


COHORTS = (
    DemoCohort(
        "Rabat municipal staff",
        "MA",
        "Rabat",
        (FOUNDATION, "local-prevention-in-practice"),
        ("موظفو بلدية الرباط", "Rabat municipal staff", "Personnel municipal de Rabat"),
    ),
    DemoCohort(
        "Irbid Young Cities",
        "JO",
        "Irbid",
        (FOUNDATION, "engaging-young-people"),
        ("المدن الشابة في إربد", "Irbid Young Cities", "Villes jeunes d’Irbid"),
    ),
)

RABAT, IRBID = (cohort.name for cohort in COHORTS)
LEARNERS = (
    DemoLearner("learner-rabat-1@academy.example", "Salma Bennani", "سلمى بناني", "ar", RABAT, "الرباط", (6, 3), 1),
    DemoLearner(
        "learner-rabat-2@academy.example", "Youssef El Idrissi", "يوسف الإدريسي", "fr", RABAT, "Rabat", (6, 8), 3
    ),
    DemoLearner(
        "learner-rabat-3@academy.example",
        "Khadija Amrani",
        "خديجة العمراني",
        "ar",
        RABAT,
        "الرباط",
        (2, 0),
        26,
        careful=False,
    ),
    DemoLearner(
        "learner-rabat-4@academy.example", "Mehdi Tazi", "مهدي التازي", "en", RABAT, "Salé", (4, 0), 3, careful=False
    ),
    DemoLearner(
        "learner-rabat-5@academy.example",
        "Imane Alaoui",
        "إيمان العلوي",
        "fr",
        RABAT,
        "Rabat",
        (1, 0),
        40,
        careful=False,
    ),
    DemoLearner("learner-irbid-1@academy.example", "Rania Al-Momani", "رانيا المومني", "ar", IRBID, "إربد", (6, 5), 2),
    DemoLearner("learner-irbid-2@academy.example", "Omar Haddad", "عمر حداد", "en", IRBID, "Irbid", (6, 0), 20),
    DemoLearner(
        "learner-irbid-3@academy.example",
        "Lina Obeidat",
        "لينا العبيدات",
        "ar",
        IRBID,
        "إربد",
        (3, 0),
        18,
        careful=False,
    ),
    DemoLearner(
        "learner-irbid-4@academy.example",
        "Zaid Khasawneh",
        "زيد الخصاونة",
        "en",
        IRBID,
        "Irbid",
        (5, 0),
        1,
        careful=False,
    ),
    DemoLearner("learner-irbid-5@academy.example", "Hala Rawashdeh", "هالة الرواشدة", "fr", IRBID, "Irbid", (0, 0), 5),
)


def _right_answers(quiz) -> dict[str, list[str]]:
    return {
        question_id: [option_id for option_id, option in options if option["correct"]]
        for question_id, _question, options in quizzes.questions_with_ids(quiz)
    }


def _passing_answers(quiz, *, careful: bool) -> dict[str, list[str]]:
    right = _right_answers(quiz)
    if careful:
        return right
    one_wrong = {**right, next(iter(right)): []}
    return one_wrong if quizzes.score_quiz(quiz, one_wrong).passed else right


def _answer_h5p(user: User, lesson: LessonPage, block_id: str, *, correct: bool) -> None:
    """The statement the demo's self-check activity (H5P.YCASelfCheck) sends when the learner checks an answer."""
    home_page = h5p.home_page()
    statement = {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "account": {"homePage": home_page, "name": "demo"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
        "object": {
            "objectType": "Activity",
            "id": h5p.activity_iri(home_page=home_page, lesson_key=lesson.translation_key, block_id=block_id),
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "interactionType": "choice",
                "correctResponsesPattern": ["1"],
            },
        },
        "result": {
            "score": {"min": 0, "max": 1, "raw": int(correct), "scaled": int(correct)},
            "completion": True,
            "success": correct,
            "response": "1" if correct else "0",
        },
        "context": {
            "contextActivities": {
                "category": [{"objectType": "Activity", "id": "http://h5p.org/libraries/H5P.YCASelfCheck-1.0"}]
            }
        },
    }
    h5p.record_statement(user=user, lesson=lesson, block_id=block_id, statement=statement, home_page=home_page)


def _pass_h5p(user: User, lesson: LessonPage, block_id: str, *, careful: bool) -> None:
    # The demo's activities are one question each, so a careless learner gets it wrong once (0%) before
    # getting it right (100%, which passes whatever the pass mark).
    for correct in [True] if careful else [False, True]:
        _answer_h5p(user, lesson, block_id, correct=correct)


def _complete(user: User, lesson: LessonPage, course: CoursePage, *, careful: bool) -> None:
    """Pass every required activity (the last pass completes the lesson), or mark a lesson without any complete."""
    quiz_ids = quizzes.required_quiz_ids(lesson.body)
    h5p_ids = activities.required_h5p_ids(lesson.body, course)
    if not quiz_ids and not h5p_ids:
        services.mark_lesson_complete(user=user, lesson=lesson)
        return
    for quiz_id in sorted(quiz_ids):
        quiz = quizzes.find_quiz(lesson.body, quiz_id)
        attempts = [_passing_answers(quiz, careful=True)] if careful else [{}, _passing_answers(quiz, careful=False)]
        for answers in attempts:
            services.submit_quiz(user=user, lesson=lesson, quiz_id=quiz_id, answers=answers, submission_id=uuid.uuid4())
    for block_id in sorted(h5p_ids):
        _pass_h5p(user, lesson, block_id, careful=careful)


def _cohort(spec: DemoCohort, trainer: User | None) -> Cohort:
    today = timezone.localdate()
    city = City.objects.filter(country=spec.country, name_en=spec.city).first()
    cohort, _created = Cohort.objects.get_or_create(
        name=spec.name,
        defaults={
            "country": spec.country,
            "city": city,
            "language": "ar",
            "status": CohortStatus.ACTIVE,
            "start_date": today - timedelta(days=45),
            "end_date": today + timedelta(days=60),
        },
    )
    names = dict(zip(("name_ar", "name_en", "name_fr"), spec.names, strict=True))
    if (cohort.city_id is None and city is not None) or not cohort.name_ar:
        # Loaded before the demo cities or the names in each language existed: add them now.
        cohort.city = cohort.city or city
        for field, value in names.items():
            setattr(cohort, field, value)
        cohort.save(update_fields=["city", *names])
    for order, slug in enumerate(spec.courses):
        course = CoursePage.objects.get(slug=slug, locale__language_code="ar")
        CohortCourse.objects.get_or_create(cohort=cohort, course=course, defaults={"sort_order": order})
    if trainer is not None:
        cohort.trainers.add(trainer)
    return cohort


def _learner(spec: DemoLearner, cohort: Cohort, courses: list[CoursePage], password: str) -> None:
    user, created = User.objects.get_or_create(
        email=spec.email,
        defaults={
            "full_name": spec.latin if spec.language != "ar" else spec.arabic,
            "certificate_name_latin": spec.latin,
            "certificate_name_arabic": spec.arabic,
            "preferred_language": spec.language,
            "municipality": spec.municipality,
            "country": cohort.country,
            "role": Role.MUNICIPAL_STAFF,
        },
    )
    if not created:
        return
    user.password = password
    user.save(update_fields=["password"])
    EmailAddress.objects.create(user=user, email=spec.email, verified=True, primary=True)
    CohortMembership.objects.create(cohort=cohort, user=user, source=MembershipSource.LINK)

    done: list[tuple[CoursePage, LessonPage]] = []
    tried: list[LessonPage] = []
    for course, count in zip(courses, spec.lessons, strict=True):
        try:
            services.enrol(user=user, course=course)
        except services.EnrolmentRefused:
            break  # the Foundation course is not finished yet
        lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
        for lesson in lessons[:count]:
            _complete(user, lesson, course, careful=spec.careful)
            done.append((course, lesson))
        if not spec.careful and 0 < count < len(lessons):
            # Stopped here: the next lesson's H5P activity was tried once, and got wrong.
            following = lessons[count]
            for block in activities.h5p_blocks(following.body):
                _answer_h5p(user, following, block.id, correct=False)
                tried.append(following)
    _backdate(user, cohort, done, days_ago=spec.days_ago, tried=tried)


def _backdate(
    user: User,
    cohort: Cohort,
    done: list[tuple[CoursePage, LessonPage]],
    *,
    days_ago: int,
    tried: Sequence[LessonPage] = (),
) -> None:
    """One lesson a day, the last one `days_ago` days ago; joined and enrolled the day before the first.
    An H5P activity tried without finishing its lesson was tried an hour after the last lesson."""
    now = timezone.now()
    last = now - timedelta(days=days_ago, hours=2)
    first = last - timedelta(days=max(len(done) - 1, 0))
    for number, (_course, lesson) in enumerate(done):
        moment = first + timedelta(days=number)
        LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).update(
            first_visited_at=moment - timedelta(minutes=12), last_visited_at=moment, completed_at=moment
        )
        QuizAttempt.objects.filter(user=user, lesson_key=lesson.translation_key).update(submitted_at=moment)
        results = ActivityResult.objects.filter(user=user, lesson_key=lesson.translation_key)
        results.update(updated_at=moment)
        results.filter(passed_at__isnull=False).update(passed_at=moment)
        _backdate_statements(user, lesson, moment)
    for lesson in tried:
        ActivityResult.objects.filter(user=user, lesson_key=lesson.translation_key).update(
            updated_at=last + timedelta(hours=1)
        )
        _backdate_statements(user, lesson, last + timedelta(hours=1))
    for course in {course for course, _lesson in done}:
        moments = [first + timedelta(days=number) for number, (c, _l) in enumerate(done) if c == course]
        Enrolment.objects.filter(user=user, course_key=course.translation_key, completed_at__isnull=False).update(
            completed_at=max(moments)
        )
    joined = first - timedelta(days=1) if done else now - timedelta(days=days_ago)
    Enrolment.objects.filter(user=user).update(enrolled_at=joined + timedelta(minutes=5))
    CohortMembership.objects.filter(user=user, cohort=cohort).update(joined_at=joined)


def _backdate_statements(user: User, lesson: LessonPage, moment) -> None:
    """The lesson's H5P statements, a minute apart in the order they were sent, the last at `moment`."""
    statements = list(
        H5PStatement.objects.filter(user=user, lesson_key=lesson.translation_key).order_by("-stored_at", "-pk")
    )
    for number, statement in enumerate(statements):
        stored = moment - timedelta(minutes=number)
        stamp = stored.isoformat().replace("+00:00", "Z")
        statement.stored_at = stored
        statement.statement = {**statement.statement, "timestamp": stamp, "stored": stamp}
    H5PStatement.objects.bulk_update(statements, ["stored_at", "statement"])


def load_demo_cohorts() -> list[Cohort]:
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    cohorts = {spec.name: _cohort(spec, trainer) for spec in COHORTS}
    password = make_password(LEARNER_PASSWORD)  # hashed once: the same demo password for every learner
    for spec in LEARNERS:
        cohort = cohorts[spec.cohort]
        courses = [row.course for row in cohort.cohort_courses.select_related("course").order_by("sort_order")]
        _learner(spec, cohort, courses, password)
    return list(cohorts.values())
