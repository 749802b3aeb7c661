"""The trainer's matrix: learners × modules with status and percentage, quiz average, last activity,
stalled learners highlighted, filters and sorting; the drill-down; the dashboard (the roll-up: test_rollups)."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from courses.cohorts import selectors
from courses.cohorts.models import Cohort, CohortCourse
from courses.models import LessonPage
from courses.progress import services
from courses.progress.models import LessonProgress
from tests.cohorts.conftest import add_member
from tests.factories import QUIZ_ID, RIGHT_ANSWERS, WRONG_ANSWERS, make_course, make_user, translate_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def _backdate(user, days):
    moment = timezone.now() - timedelta(days=days)
    LessonProgress.objects.filter(user=user).update(last_visited_at=moment, first_visited_at=moment)


@pytest.fixture
def people(cohort, course, lessons):
    """Busy finished module 1 (quiz 0% then 100%), Stalled did one lesson 30 days ago, Fresh joined today."""
    busy = make_user("busy@example.org", full_name="Busy Bee")
    stalled = make_user("stalled@example.org", full_name="Stalled Sam")
    fresh = make_user("fresh@example.org", full_name="Fresh Fay")
    for user in (busy, stalled):
        add_member(cohort, user, joined_days_ago=40)
        services.enrol(user=user, course=course)
    add_member(cohort, fresh, joined_days_ago=0)
    services.mark_lesson_complete(user=busy, lesson=lessons[0])
    for answers in (WRONG_ANSWERS, RIGHT_ANSWERS):
        services.submit_quiz(user=busy, lesson=lessons[1], quiz_id=QUIZ_ID, answers=answers, submission_id=_uuid())
    services.mark_lesson_complete(user=stalled, lesson=lessons[0])
    _backdate(stalled, 30)
    return busy, stalled, fresh


def _uuid():
    import uuid

    return uuid.uuid4()


def _rows(matrix):
    return {row.email: row for row in matrix.rows}


def test_matrix_has_status_percent_quiz_average_and_last_activity(cohort, people):
    busy, stalled, fresh = people
    matrix = selectors.cohort_matrix(cohort)
    assert [module.title for module in matrix.structure.modules] == ["Module 1", "Module 2"]
    rows = _rows(matrix)
    assert [(cell.status, cell.percent) for cell in rows[busy.email].modules] == [
        ("completed", 100),
        ("not_started", 0),
    ]
    assert rows[busy.email].percent == 50 and rows[busy.email].quiz_average == 100
    assert rows[busy.email].status == "active"
    assert rows[stalled.email].status == "stalled" and rows[stalled.email].days_inactive == 30
    assert rows[stalled.email].modules[0].status == "in_progress" and rows[stalled.email].modules[0].percent == 50
    assert rows[stalled.email].quiz_average is None
    assert rows[fresh.email].status == "not_started"
    assert [cell.status for cell in rows[fresh.email].modules] == ["not_enrolled", "not_enrolled"]
    assert matrix.counts == {"active": 1, "stalled": 1, "not_started": 1, "completed": 0}


def test_progress_made_in_another_language_counts(cohort, course, trainer):
    english = translate_course(course, "en")
    user = make_user("english-reader@example.org")
    add_member(cohort, user)
    services.enrol(user=user, course=english)
    first_english = LessonPage.objects.live().descendant_of(english).order_by("path").first()
    services.mark_lesson_complete(user=user, lesson=first_english)
    row = _rows(selectors.cohort_matrix(cohort))[user.email]
    assert row.modules[0].percent == 50


def test_a_completed_course_marks_the_learner_completed(cohort, course, lessons):
    user = make_user("finisher@example.org")
    add_member(cohort, user)
    services.enrol(user=user, course=course)
    for lesson in lessons:
        if lesson == lessons[1]:
            services.submit_quiz(
                user=user, lesson=lesson, quiz_id=QUIZ_ID, answers=RIGHT_ANSWERS, submission_id=_uuid()
            )
        else:
            services.mark_lesson_complete(user=user, lesson=lesson)
    row = _rows(selectors.cohort_matrix(cohort))[user.email]
    assert row.status == "completed" and row.percent == 100 and row.courses[0].status == "completed"


def test_the_stalled_threshold_follows_the_days_asked(cohort, people):
    busy, stalled, _fresh = people
    assert _rows(selectors.cohort_matrix(cohort, stalled_days=31))[stalled.email].status == "active"
    _backdate(busy, 8)
    assert _rows(selectors.cohort_matrix(cohort, stalled_days=7))[busy.email].status == "stalled"


def test_filters_and_sorting(cohort, people):
    busy, stalled, fresh = people
    assert [row.email for row in selectors.cohort_matrix(cohort, status="stalled").rows] == [stalled.email]
    assert [row.email for row in selectors.cohort_matrix(cohort, search="FAY").rows] == [fresh.email]
    by_progress = [row.email for row in selectors.cohort_matrix(cohort, sort="-progress").rows]
    assert by_progress == [busy.email, stalled.email, fresh.email]
    by_name = [row.email for row in selectors.cohort_matrix(cohort).rows]
    assert by_name == [busy.email, fresh.email, stalled.email]
    by_inactivity = [row.email for row in selectors.cohort_matrix(cohort, sort="inactive").rows]
    assert by_inactivity[0] == stalled.email


def test_matrix_page_highlights_stalled_learners_and_keeps_a_certificate_column(client, trainer, cohort, people):
    _busy, stalled, _fresh = people
    client.force_login(trainer)
    html = client.get(reverse("trainer_cohort", args=[cohort.pk])).content.decode()
    assert html.count('class="matrix__row is-stalled"') == 1
    stalled_row = html.split('class="matrix__row is-stalled"')[1].split("</tr>")[0]
    assert "Stalled Sam" in stalled_row and f'value="{stalled.pk}" id="learner-{stalled.pk}" checked' in stalled_row
    assert 'class="matrix__certificate"' in html
    assert 'lang="ar" dir="rtl"' in html
    filtered = client.get(reverse("trainer_cohort", args=[cohort.pk]), {"status": "stalled", "stalled_days": "60"})
    assert "Stalled Sam" not in filtered.content.decode()


def test_the_chosen_status_is_marked_and_a_bad_filter_value_is_said(client, trainer, cohort, people):
    client.force_login(trainer)
    page = reverse("trainer_cohort", args=[cohort.pk])
    html = client.get(page).content.decode()
    assert re.search(r'<a href="\?stalled_days=14" aria-current="true">', html)
    html = client.get(page, {"status": "stalled"}).content.decode()
    assert html.count('aria-current="true"') == 2  # the cohort's tab, and the status chosen
    assert re.search(r'<a href="\?status=stalled&amp;stalled_days=14" aria-current="true">', html)
    # A value that cannot be used is said next to its field, which the filters open on; the table uses the default.
    html = client.get(page, {"stalled_days": "abc"}).content.decode()
    assert '<details class="matrix-filters-box" open>' in html
    assert 'id="id_stalled_days_error"' in html and 'aria-invalid="true"' in html
    assert 'id="id_stalled_days_helptext"' in html
    assert html.count('class="matrix__row') == 3


def test_matrix_page_in_arabic_shows_the_demo_cohort_with_arabic_titles(client):
    cohort = Cohort.objects.get(name="Rabat municipal staff")
    client.force_login(cohort.trainers.get())
    html = client.get(reverse("trainer_cohort", args=[cohort.pk])).content.decode()
    assert 'lang="ar" dir="rtl"' in html
    assert "الأساس: دور المدينة في الوقاية" in html and "سلمى بناني" in html
    assert 'class="matrix__row is-stalled"' in html


def test_drill_down_lists_lessons_and_quiz_attempts(client, trainer, cohort, people, lessons):
    busy, _stalled, _fresh = people
    client.force_login(trainer)
    response = client.get(reverse("trainer_learner", args=[cohort.pk, busy.pk]))
    report = response.context["report"]
    module = report.courses[0].modules[0]
    assert [line.status for line in module.lessons] == ["completed", "completed"]
    assert module.lessons[1].best_score == 100
    assert [(attempt.number, attempt.score, attempt.passed) for attempt in report.attempts] == [
        (2, 100, True),
        (1, 0, False),
    ]
    html = response.content.decode()
    assert "Lesson 1.2" in html and "busy@example.org" in html


def test_dashboard_shows_completion_rate_and_recent_activity(client, trainer, cohort, people):
    client.force_login(trainer)
    summary = client.get(reverse("trainer_dashboard")).context["summaries"][0]
    assert summary.cohort == cohort
    assert (summary.counts.learners, summary.counts.active, summary.counts.stalled) == (3, 1, 1)
    assert summary.counts.completion_rate == 0


def test_matrix_shows_the_learners_certificates(demo_site, client):
    """The certificate column shows what courses.certificates issued, in the reader's language."""
    from courses.certificates.models import Certificate
    from courses.cohorts.models import Cohort, CohortMembership

    holders = Certificate.objects.filter(user__isnull=False).values("user")
    assert holders, "the demo issues certificates to learners who finished the foundation course"
    membership = (
        CohortMembership.objects.filter(user__in=holders, cohort__trainers__isnull=False)
        .select_related("cohort")
        .order_by("pk")
        .first()
    )
    cohort: Cohort = membership.cohort
    trainer = cohort.trainers.first()
    client.force_login(trainer)
    html = client.get(f"/en/trainer/cohorts/{cohort.pk}/").content.decode()
    assert "1 valid certificate" in html
    arabic = client.get(f"/ar/trainer/cohorts/{cohort.pk}/").content.decode()
    with translation.override("ar"):
        phrase = translation.ngettext("%(count)s valid certificate", "%(count)s valid certificates", 1) % {"count": 1}
    assert phrase in arabic and "×" not in phrase, "one phrase the language can agree with its number"


def test_a_module_renamed_and_published_shows_its_new_title_in_the_matrix_at_once(
    client, trainer, cohort, people, lessons
):
    """The structure's titles are kept in the cache with the page tree's generation, which a publish renews."""
    client.force_login(trainer)
    url = reverse("trainer_cohort", args=[cohort.pk])
    assert "Module renamed" not in client.get(url).content.decode()
    module = lessons[0].get_parent().specific
    module.title = "Module renamed"
    module.save_revision().publish()
    assert "Module renamed" in client.get(url).content.decode()


def test_the_cached_structure_follows_unpublished_lessons_and_added_courses(
    client, trainer, index, cohort, people, lessons
):
    """The structure is kept with the page tree's generation and the cohort's course paths: a lesson unpublished
    stops counting at once, and a course added to the cohort gets its columns at once."""
    added = make_course(index, slug="added-course", modules=1, lessons_per_module=2)
    busy = _rows(selectors.cohort_matrix(cohort))["busy@example.org"]
    required = sum(course.required for course in selectors.cohort_structure(cohort).courses)
    lessons[-1].unpublish()
    after = _rows(selectors.cohort_matrix(cohort))["busy@example.org"]
    assert sum(course.required for course in selectors.cohort_structure(cohort).courses) == required - 1
    assert after.percent > busy.percent

    CohortCourse.objects.create(cohort=cohort, course=added, sort_order=9)
    client.force_login(trainer)
    url = reverse("trainer_cohort", args=[cohort.pk])
    assert "Course added-course" in client.get(url).content.decode()
