"""The matrix reads one grouped row per member and counts, filters, sorts and pages them: each page shows the
same learners, in the same order and with the same values, as computing every member's row from their progress
grouped per module (as the exports do) and sorting them here (the rules of ``selectors._summary_rows``, names
folded as ``selectors.fold`` does)."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from courses.cohorts import selectors
from courses.cohorts.models import CohortMembership, MembershipSource
from courses.cohorts.selectors import LearnerStatus, MatrixSort
from courses.models import LessonPage
from courses.progress.models import Enrolment, LessonProgress, LessonStatus
from tests.cohorts.conftest import make_cohort
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(hour=10, minute=30, second=0, microsecond=0)
PER_PAGE = 4

# (e-mail, name, days since joining, lessons done, days since last visit or None, best scores, course done)
PEOPLE = [
    ("ali@example.org", "ali", 40, 1, 2, (84, 85), False),  # quiz 84.5 → 84; progress 1/8 = 12.5% → 12
    ("ALI2@example.org", "Ali", 40, 3, 2.2, (85, 86), False),  # quiz 85.5 → 86; 3/8 = 37.5% → 38
    ("baba@example.org", "ALI BABA", 40, 5, 14, (), False),  # exactly 14 days: stalled; 62.5% → 62
    ("ali.m@example.org", "علي محمد", 40, 2, 13.99, (90,), False),  # 13 days and some hours: active
    ("ali.h@example.org", "عَلي حسن", 20, 0, None, (), False),  # joined 20 days ago, never came: stalled
    ("fresh@example.org", "فاطمة", 1, 0, None, (), False),  # not started
    ("noname@example.org", "", 3, 8, 1, (100, 0), True),  # course completed; shown by e-mail
    ("zoe@example.org", "Zoë Martin", 5, 4, 0.5, (70,), False),
    ("zed@example.org", "zoë martin", 5, 4, 0.4, (71,), False),
    ("OMAR@example.org", "Omar", 60, 6, 30, (50, 51), False),  # 50.5 → 50
    ("samir@example.org", "Samir", 60, 8, 45, (), True),  # completed long ago: completed, not stalled
    ("yasmine@example.org", "yasmine", 2, 1, 1.5, (12,), False),
]


@pytest.fixture
def scene(index):
    course = make_course(index, slug="paging-course", modules=2, lessons_per_module=4)
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    cohort = make_cohort(name="Paging", courses=[course])
    progress = []
    for email, name, joined, done, last, scores, completed in PEOPLE:
        user = make_user(email, full_name=name)
        CohortMembership.objects.create(
            cohort=cohort, user=user, source=MembershipSource.TRAINER, joined_at=NOW - timedelta(days=joined)
        )
        Enrolment.objects.create(
            user=user, course_key=course.translation_key, completed_at=NOW - timedelta(days=last) if completed else None
        )
        for number, lesson in enumerate(lessons[: max(done, len(scores))]):
            visited = NOW - timedelta(days=last + number * 0.01)
            progress.append(
                LessonProgress(
                    user=user,
                    lesson_key=lesson.translation_key,
                    course_key=course.translation_key,
                    status=LessonStatus.COMPLETED if number < done else LessonStatus.IN_PROGRESS,
                    last_visited_at=visited,
                    completed_at=visited if number < done else None,
                    best_score=scores[number] if number < len(scores) else None,
                )
            )
    LessonProgress.objects.bulk_create(progress)
    # Progress in another course does not count.
    LessonProgress.objects.create(
        user=user,
        lesson_key=uuid.uuid4(),
        course_key=uuid.uuid4(),
        status=LessonStatus.COMPLETED,
        completed_at=NOW,
        best_score=1,
    )
    return cohort


def _expected(cohort, *, status="", search="", sort=MatrixSort.NAME, stalled_days=14):
    """Every member's row computed in Python, filtered and sorted there."""
    structure = selectors.cohort_structure(cohort)
    memberships = CohortMembership.objects.filter(cohort=cohort).order_by("user_id")
    members = selectors._members(memberships)
    progress = selectors._read_progress(structure, [member.user_id for member in members])
    rows = selectors._summary_rows(structure, members, progress, now=NOW, stalled_days=stalled_days)
    counts = {value: sum(row.status == value for row in rows) for value in LearnerStatus.values}
    if status:
        rows = [row for row in rows if row.status == status]
    needle = selectors.fold(search.strip())
    if needle:
        rows = [row for row in rows if needle in selectors.fold(row.name) or needle in selectors.fold(row.email)]
    name = lambda row: selectors.fold(row.name)  # noqa: E731
    keys = {
        MatrixSort.NAME: lambda row: (name(row), row.email),
        MatrixSort.PROGRESS_DESC: lambda row: (-row.percent, name(row)),
        MatrixSort.PROGRESS: lambda row: (row.percent, name(row)),
        MatrixSort.INACTIVE_LONGEST: lambda row: (-row.days_inactive, name(row)),
        MatrixSort.QUIZ_DESC: lambda row: (-(row.quiz_average if row.quiz_average is not None else -1), name(row)),
    }
    rows.sort(key=keys[sort])
    return rows, counts


def _summary(row):
    return (
        row.user_id,
        row.name,
        row.email,
        row.status,
        row.percent,
        row.quiz_average,
        row.days_inactive,
        row.last_activity,
    )


def test_the_scene_has_every_status_half_way_averages_and_folded_names(scene):
    """The comparison below means something: every status, rounding halves and names equal once folded."""
    rows, counts = _expected(scene)
    assert all(counts.values()), counts
    by_email = {row.email: row for row in rows}
    assert (by_email["ali@example.org"].quiz_average, by_email["ali@example.org"].percent) == (84, 12)
    assert (by_email["ALI2@example.org"].quiz_average, by_email["ALI2@example.org"].percent) == (86, 38)
    assert by_email["baba@example.org"].status == LearnerStatus.STALLED
    assert by_email["ali.m@example.org"].status == LearnerStatus.ACTIVE
    assert by_email["noname@example.org"].name == "noname@example.org"


@pytest.mark.parametrize("sort", MatrixSort.values)
@pytest.mark.parametrize(
    "status, searches",
    [
        ("", ("", "ali", "ALI", "علي", "عَلي", "example.ORG", "zoë", "Zoë", "nobody")),
        *[(status, ("", "ALI", "a")) for status in LearnerStatus.values],
    ],
)
def test_pages_match_the_full_computation(scene, sort, status, searches):
    for search in searches:
        expected, counts = _expected(scene, status=status, search=search, sort=sort)
        full = selectors.cohort_matrix(scene, status=status, search=search, sort=sort, now=NOW)
        assert [_summary(row) for row in full.rows] == [_summary(row) for row in expected], search
        assert (full.counts, full.total, full.matching) == (counts, len(PEOPLE), len(expected))
        paged = []
        for page in range(1, max(1, -(-len(expected) // PER_PAGE)) + 1):
            matrix = selectors.cohort_matrix(
                scene, status=status, search=search, sort=sort, now=NOW, page=page, per_page=PER_PAGE
            )
            assert matrix.page_obj.number == page
            assert [row.user_id for row in matrix.page_obj] == [row.user_id for row in matrix.rows]
            paged += [_summary(row) for row in matrix.rows]
        assert paged == [_summary(row) for row in expected], search


def test_arabic_and_latin_names_match_as_typed_and_ascii_letters_in_any_case(scene):
    def emails(search):
        return {row.email for row in selectors.cohort_matrix(scene, search=search, now=NOW).rows}

    assert emails("علي") == {"ali.m@example.org"}  # the vowelled name is another spelling
    assert emails("عَلي") == {"ali.h@example.org"}
    assert emails("aLi b") == {"baba@example.org"}
    assert emails("omar@EXAMPLE") == {"OMAR@example.org"}
    assert emails("zoë") == {"zoe@example.org", "zed@example.org"}
    # Only ASCII letters are folded, on both databases: SQLite's lower() knows no others.
    assert emails("ZOË") == set()


def test_stalled_days_move_learners_between_statuses(scene):
    for days in (1, 13, 14, 15, 60):
        expected, counts = _expected(scene, stalled_days=days, sort=MatrixSort.INACTIVE_LONGEST)
        matrix = selectors.cohort_matrix(scene, stalled_days=days, sort=MatrixSort.INACTIVE_LONGEST, now=NOW)
        assert matrix.counts == counts
        assert [_summary(row) for row in matrix.rows] == [_summary(row) for row in expected]
