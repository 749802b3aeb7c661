"""The programme report: counts, gain and confidence on known data, the period, the place, suppression, queries."""

from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from courses.certificates.models import Certificate
from courses.cities.models import City, CityKind
from courses.cohorts.models import Cohort, CohortMembership, CohortStatus, MembershipSource
from courses.evidence.models import CheckAttempt, Phase, SurveyResponse
from courses.evidence.report import ReportScope, programme_report
from courses.evidence.statistics import GroupSummary, is_suppressed
from courses.evidence.suppression import COMPLEMENTARY, SMALL
from courses.progress.models import Enrolment, LessonProgress, LessonStatus
from lms.accounts.models import CityContext, User

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)
COURSE = uuid.uuid4()


def make_city(name="Reykjavik", country="IS", **fields) -> City:
    return City.objects.create(name_en=name, name_ar=name, name_fr=name, country=country, **fields)


def make_cohort(city: City | None = None, country="IS") -> Cohort:
    return Cohort.objects.create(
        name=f"Evidence cohort {next(_numbers)}",
        country=country,
        city=city,
        start_date=timezone.localdate() - timedelta(days=60),
        status=CohortStatus.ACTIVE,
    )


def learners(cohort: Cohort, count: int, **profile) -> list[User]:
    """`count` members of `cohort`, each enrolled in COURSE today."""
    batch = next(_numbers)
    users = User.objects.bulk_create(
        [User(email=f"ev-{batch}-{n}@example.org", full_name=f"L{n}", password="!", **profile) for n in range(count)]
    )
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=user, source=MembershipSource.TRAINER) for user in users]
    )
    Enrolment.objects.bulk_create([Enrolment(user=user, course_key=COURSE) for user in users])
    return users


def checks(user: User, pre: int, post: int | None, *, course_key=COURSE, **fields):
    pre_fields = {k.removeprefix("pre_"): v for k, v in fields.items() if k.startswith("pre_")}
    post_fields = {k.removeprefix("post_"): v for k, v in fields.items() if k.startswith("post_")}
    CheckAttempt.objects.create(user=user, course_key=course_key, phase=Phase.PRE, score=pre, **pre_fields)
    if post is not None:
        CheckAttempt.objects.create(user=user, course_key=course_key, phase=Phase.POST, score=post, **post_fields)


def test_counts_and_gain_of_a_cohort_on_known_data():
    """Six learners. Pre 20, 40, 50, 60, 80, 100; post 50, 60, 70, 60, 90, 90.
    Differences 30, 20, 20, 0, 10, −10: mean 70 / 6 = 11.667, median (10 + 20) / 2 = 15.
    The sixth scored 100 before: no normalised gain (at the ceiling); the other five's normalised
    gains 0.375, 0.333, 0.4, 0, 0.5 have mean 0.32167."""
    city = make_city(kind=CityKind.BORDER, context=CityContext.FRAGILE)
    cohort = make_cohort(city)
    users = learners(cohort, 6, role="mayor")
    for user, (pre, post) in zip(users, [(20, 50), (40, 60), (50, 70), (60, 60), (80, 90), (100, 90)], strict=True):
        checks(user, pre, post)
    Enrolment.objects.filter(user__in=users[:5]).update(completed_at=timezone.now())
    for user in users[:5]:
        LessonProgress.objects.create(user=user, lesson_key=uuid.uuid4(), course_key=COURSE)
    LessonProgress.objects.create(
        user=users[0],
        lesson_key=uuid.uuid4(),
        course_key=COURSE,
        status=LessonStatus.COMPLETED,
        completed_at=timezone.now(),
    )
    for n, user in enumerate(users[:5]):
        Certificate.objects.create(
            code=f"EV{n}{next(_numbers)}",
            user=user,
            course_key=COURSE,
            course_titles={},
            second_language="en",
            issuer={},
        )
    Certificate.objects.create(
        code=f"EVR{next(_numbers)}",
        user=users[5],
        course_key=COURSE,
        course_titles={},
        second_language="en",
        issuer={},
        revoked_at=timezone.now(),
    )

    report = programme_report(ReportScope(cohort_id=cohort.pk))

    assert report.learners == 6
    assert report.enrolments == 6
    assert report.completions == 5
    assert report.active_learners == 5
    assert report.certificates == 5  # the revoked one does not count
    assert report.gain.n == 6
    assert report.gain.at_ceiling == 1
    assert report.gain.difference.mean == pytest.approx(70 / 6)
    assert report.gain.difference.median == pytest.approx(15)
    assert report.gain.normalised.n == 5
    assert report.gain.normalised.mean == pytest.approx((0.375 + 1 / 3 + 0.4 + 0 + 0.5) / 5)
    assert [g.gain.n for g in report.gain_by_cohort] == [6]
    assert [(g.city, g.gain.n) for g in report.gain_by_city] == [(city, 6)]
    assert [g.course_key for g in report.gain_by_course] == [COURSE]
    kinds = {cell.key: cell.count for cell in report.disaggregations["city_kind"].cells}
    assert kinds[CityKind.BORDER] == 6 and kinds[CityKind.TOWN] == 0


def test_headline_counts_of_1_to_4_are_hidden_and_0_is_shown():
    cohort = make_cohort()
    users = learners(cohort, 3)
    Enrolment.objects.filter(user__in=users[:1]).update(completed_at=timezone.now())
    report = programme_report(ReportScope(cohort_id=cohort.pk))
    assert report.learners == report.enrolments == report.completions == SMALL
    assert report.certificates == 0 and report.active_learners == 0
    assert not report.is_empty
    assert programme_report(ReportScope(cohort_id=make_cohort().pk)).is_empty


def test_no_gain_from_fewer_than_five_learners():
    cohort = make_cohort()
    for user, pre in zip(learners(cohort, 4), [10, 20, 30, 40], strict=True):
        checks(user, pre, pre + 30)
    report = programme_report(ReportScope(cohort_id=cohort.pk))
    assert report.gain.suppressed
    assert is_suppressed(report.gain.difference)
    assert is_suppressed(report.confidence.difference)


def test_a_learner_with_two_courses_counts_once():
    """Four learners with two courses each: eight pairs of checks but four people, so no figure."""
    cohort = make_cohort()
    other = uuid.uuid4()
    for user in learners(cohort, 4):
        checks(user, 20, 60)
        checks(user, 30, 70, course_key=other)
    report = programme_report(ReportScope(cohort_id=cohort.pk))
    assert report.gain.suppressed


def test_learner_with_only_a_pre_check_is_not_in_the_gain():
    cohort = make_cohort()
    users = learners(cohort, 6)
    for user in users[:5]:
        checks(user, 40, 80)
    checks(users[5], 10, None)
    report = programme_report(ReportScope(cohort_id=cohort.pk))
    assert report.gain.n == 5
    assert report.gain.difference.mean == 40


def test_period_counts_only_what_happened_in_it():
    """Enrolments made and post-checks taken before the period are left out of it."""
    cohort = make_cohort()
    users = learners(cohort, 8)
    long_ago = timezone.now() - timedelta(days=100)
    Enrolment.objects.filter(user__in=users[:3]).update(enrolled_at=long_ago)
    for user in users:
        checks(user, 40, 60)
    CheckAttempt.objects.filter(user__in=users[:3], phase=Phase.POST).update(submitted_at=long_ago)
    today = timezone.localdate()
    report = programme_report(ReportScope(cohort_id=cohort.pk, start=today - timedelta(days=7), end=today))
    assert report.enrolments == 5
    assert report.gain.n == 5
    everything = programme_report(ReportScope(cohort_id=cohort.pk))
    assert everything.enrolments == 8
    assert everything.gain.n == 8


def test_questions_changed_between_checks_compare_on_the_shared_ones():
    """Pre asked q1–q4 and got q1, q2 right (50 %); post asked q2–q5 and got them all right (100 %).
    On the shared q2, q3, q4: pre 1 of 3 (33.3 %), post 3 of 3 (100 %): difference 66.7, not 50.
    A sixth learner's checks share no question: left out, and counted."""
    cohort = make_cohort()
    users = learners(cohort, 6)
    for user in users[:5]:
        checks(
            user,
            50,
            100,
            pre_question_ids=["q1", "q2", "q3", "q4"],
            pre_correct_question_ids=["q1", "q2"],
            post_question_ids=["q2", "q3", "q4", "q5"],
            post_correct_question_ids=["q2", "q3", "q4", "q5"],
        )
    checks(users[5], 0, 100, pre_question_ids=["a"], post_question_ids=["b"], post_correct_question_ids=["b"])
    report = programme_report(ReportScope(cohort_id=cohort.pk))
    assert report.rescored == 5
    assert report.not_comparable == SMALL  # one pair: a count of 1 to 4, hidden like any other
    assert report.gain.n == 5
    assert report.gain.pre.mean == pytest.approx(100 / 3)
    assert report.gain.difference.mean == pytest.approx(200 / 3)
    # The report says so, in its method (the page, the PDF and the exports all print these paragraphs).
    from courses.evidence.report_tables import build

    method = build(report, language="en").method
    assert (
        "Where a check's questions changed between a learner's two attempts, both are scored only on the "
        "questions both attempts shared." in method
    )
    assert (
        "Scored again on shared questions: 5 pairs of checks. Left out because the two checks shared no "
        "question: fewer than 5." in method
    )


def test_confidence_change_on_the_statements_rated_both_times():
    """Before s1 = 2, s2 = 3 (mean 2.5); after s1 = 4, s2 = 4, s3 = 5: s3 was not rated before, so the
    after mean is over s1, s2 = 4, and the change 1.5."""
    cohort = make_cohort()
    for user in learners(cohort, 5):
        checks(user, 40, 60, pre_confidence={"s1": 2, "s2": 3}, post_confidence={"s1": 4, "s2": 4, "s3": 5})
    confidence = programme_report(ReportScope(cohort_id=cohort.pk)).confidence
    assert confidence.pre.mean == pytest.approx(2.5)
    assert confidence.post.mean == pytest.approx(4)
    assert confidence.difference.mean == pytest.approx(1.5)


def test_survey_hidden_below_five_responses_and_anonymous_above():
    cohort = make_cohort()
    users = learners(cohort, 5)
    for user in users[:4]:
        SurveyResponse.objects.create(
            user=user, course_key=COURSE, relevance=4, usefulness=5, likely_to_apply=3, comment="Useful for our council"
        )
    hidden = programme_report(ReportScope(cohort_id=cohort.pk)).satisfaction
    assert hidden.responses == SMALL and hidden.relevance == SMALL and hidden.comments == ()
    SurveyResponse.objects.create(user=users[4], course_key=COURSE, relevance=2, usefulness=5, likely_to_apply=3)
    shown = programme_report(ReportScope(cohort_id=cohort.pk)).satisfaction
    assert shown.responses == 5
    assert isinstance(shown.relevance, GroupSummary)
    assert shown.relevance.mean == pytest.approx((4 * 4 + 2) / 5)
    assert shown.comments == ("Useful for our council",) * 4


def test_disaggregation_by_gender_keeps_prefer_not_to_say_and_suppresses_small_cells():
    """7 women, 3 men, 6 "prefer not to say" (the default, never guessed). The 3 men are hidden; the
    total (16) minus the others would give them back, so the next smallest cell (6) is hidden too."""
    cohort = make_cohort()
    learners(cohort, 7, gender="woman")
    learners(cohort, 3, gender="man")
    learners(cohort, 6)  # the profile's default
    table = programme_report(ReportScope(cohort_id=cohort.pk)).disaggregations["gender"]
    assert {cell.key: cell.count for cell in table.cells} == {
        "prefer_not_to_say": COMPLEMENTARY,
        "woman": 7,
        "man": SMALL,
        "another": 0,
    }
    assert table.total.count == 16


def test_country_report_holds_only_that_countrys_cohorts():
    city = make_city()
    mine = make_cohort(city)
    learners(mine, 5)
    learners(make_cohort(make_city("Tromso", country="NO"), country="NO"), 7)
    report = programme_report(ReportScope(country="IS"))
    assert report.learners == 5
    assert [cohort.pk for cohort in report.cohorts] == [mine.pk]
    assert programme_report(ReportScope(city_id=city.pk)).learners == 5


@pytest.mark.parametrize("cohorts, per_cohort", [(2, 5), (5, 20)])
def test_constant_number_of_queries(django_assert_num_queries, cohorts, per_cohort):
    """Ten learners in two cohorts or a hundred in five: the same ten queries (two for the sessions)."""
    city = make_city()
    for _ in range(cohorts):
        users = learners(make_cohort(city), per_cohort, gender="woman")
        CheckAttempt.objects.bulk_create(
            [CheckAttempt(user=u, course_key=COURSE, phase=phase, score=50) for u in users for phase in Phase.values]
        )
        LessonProgress.objects.bulk_create(
            [LessonProgress(user=u, lesson_key=uuid.uuid4(), course_key=COURSE) for u in users]
        )
        SurveyResponse.objects.bulk_create(
            [SurveyResponse(user=u, course_key=COURSE, relevance=4, usefulness=4, likely_to_apply=4) for u in users]
        )
    with django_assert_num_queries(10):
        report = programme_report(ReportScope(country="IS"))
    assert report.learners == cohorts * per_cohort
    assert report.gain.n == cohorts * per_cohort


def test_a_small_cohorts_gain_cannot_be_worked_out_from_its_citys():
    """A city's two cohorts: 3 learners with both checks and 7. The city's gain (n 10) is published, so
    the 3's mean would be (10 × city mean − 7 × other mean) / 3: the 7-learner cohort's gain is hidden too."""
    city = make_city()
    small, large = make_cohort(city), make_cohort(city)
    for user in learners(small, 3):
        checks(user, 10, 90)
    for user in learners(large, 7):
        checks(user, 50, 60)
    report = programme_report(ReportScope(city_id=city.pk))
    assert report.gain.n == 10
    assert report.gain.difference.mean == pytest.approx((3 * 80 + 7 * 10) / 10)
    by_cohort = {g.cohort.pk: g.gain for g in report.gain_by_cohort}
    assert by_cohort[small.pk].n == SMALL
    assert by_cohort[large.pk].n == COMPLEMENTARY
    assert is_suppressed(by_cohort[large.pk].difference)
    # One city, one course: the whole group, shown.
    assert [g.gain.n for g in report.gain_by_city] == [10]
    assert [g.gain.n for g in report.gain_by_course] == [10]


def test_programme_wide_report_and_course_filter(django_assert_num_queries):
    """Without a place, every enrolled learner is in scope (the demo's too); a course narrows it to that course."""
    course = uuid.uuid4()
    users = learners(make_cohort(), 5)
    Enrolment.objects.bulk_create([Enrolment(user=user, course_key=course) for user in users])
    for user in users:
        checks(user, 30, 80, course_key=course)
    with django_assert_num_queries(10):
        everyone = programme_report(ReportScope())
    assert everyone.learners >= 5
    one_course = programme_report(ReportScope(course_key=course))
    assert one_course.learners == 5
    assert one_course.enrolments == 5
    assert one_course.gain.difference.mean == 50
