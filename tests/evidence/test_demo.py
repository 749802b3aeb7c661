"""The demo's evidence of learning (home/demo/evidence.py, data in home/demo/data/knowledge_checks/attempts.json):
loaded with the demo site, it makes the programme report show a gain with its interval and cells too small
to show; loading it again creates nothing."""

import pytest

from courses.cohorts.models import Cohort, CohortMembership
from courses.evidence.models import CheckAttempt, CheckSkip, Phase, SurveyResponse
from courses.evidence.report import ReportScope, programme_report
from courses.evidence.statistics import is_suppressed
from courses.models import CoursePage
from courses.progress.models import Enrolment
from home.demo.cohorts import FOUNDATION
from home.demo.evidence import load_demo_evidence, load_knowledge_checks
from lms.accounts.models import User

pytestmark = pytest.mark.django_db


def foundation_key():
    return CoursePage.objects.filter(slug=FOUNDATION).first().translation_key


def test_demo_report_shows_a_gain_with_an_interval_and_a_suppressed_cell(demo_site):
    report = programme_report(ReportScope(course_key=foundation_key()))
    gain = report.gain.difference
    assert not is_suppressed(gain)
    assert gain.n >= 11 and gain.mean > 0
    assert gain.interval.low < gain.mean < gain.interval.high
    by_cohort = {row.cohort.name: row.gain for row in report.gain_by_cohort}
    # The cohort whose learners all took both checks shows; Rabat's and Irbid's two each do not.
    assert by_cohort["Zarqa municipal staff"].n == 7
    assert not is_suppressed(by_cohort["Zarqa municipal staff"].difference)
    assert is_suppressed(by_cohort["Rabat municipal staff"].n)
    assert is_suppressed(by_cohort["Irbid Young Cities"].difference)
    # A disaggregation cell of 1–4 learners, hidden.
    assert sum(table.suppressed_cells for table in report.disaggregations.values()) >= 1
    assert any(cell.suppressed for cell in report.disaggregations["gender"].cells)
    assert report.satisfaction.responses >= 5
    assert not is_suppressed(report.confidence.difference) and report.confidence.difference.mean > 0


def test_demo_cohort_report_with_every_learner_checked_twice(demo_site):
    cohort = Cohort.objects.get(name="Zarqa municipal staff")
    report = programme_report(ReportScope(cohort_id=cohort.pk))
    assert report.gain.n == 7
    assert 0 < report.gain.difference.mean <= 50
    assert report.satisfaction.responses == 5


def test_demo_attempts_are_consistent_with_the_rules(demo_site):
    """Post-checks only for learners who finished the course's lessons, after their pre-check; the course
    complete for each of them (the Zarqa cohort's completed by the final check itself); scores as the check
    scores."""
    from courses.progress.models import LessonProgress

    key = foundation_key()
    attempts = CheckAttempt.objects.filter(course_key=key)
    assert attempts.filter(phase=Phase.PRE).count() >= 14
    for post in attempts.filter(phase=Phase.POST):
        enrolment = Enrolment.objects.get(user=post.user, course_key=key)
        last_lesson = max(
            LessonProgress.objects.filter(user=post.user, course_key=key).values_list("completed_at", flat=True)
        )
        assert enrolment.completed_at is not None and post.submitted_at > last_lesson
        if post.user.email.startswith("learner-zarqa"):
            assert post.submitted_at < enrolment.completed_at
        pre = attempts.get(user=post.user, phase=Phase.PRE)
        assert pre.submitted_at < post.submitted_at
        assert post.score == 25 * len(post.correct_question_ids)
    skipped = CheckSkip.objects.get(course_key=key)
    assert not attempts.filter(user=skipped.user).exists()
    assert set(User.objects.filter(email__startswith="learner-zarqa").values_list("gender", flat=True)) > {
        "prefer_not_to_say"
    }


def test_loading_the_demo_evidence_again_creates_nothing(demo_site):
    models = (CheckAttempt, CheckSkip, SurveyResponse, User, Cohort, CohortMembership, Enrolment)
    counts = [model.objects.count() for model in models]
    load_knowledge_checks()
    assert load_demo_evidence() == 0
    assert [model.objects.count() for model in models] == counts
