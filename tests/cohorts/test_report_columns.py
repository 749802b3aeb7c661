"""The report columns other apps register (courses.cohorts.report_columns): the H5P average and sessions attended
in the matrix, the learner report and both exports. Values come from real H5P statements (recorded through
courses.h5p.services) and attendance rows; trainers see only their own cohorts; costs stay constant."""

from __future__ import annotations

import ast
import csv
import io
import re
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from openpyxl import load_workbook

from courses.cohorts import exports, selectors
from courses.cohorts.report_columns import report_columns
from courses.convenings.models import Attendance, AttendanceStatus
from courses.h5p import services as h5p
from courses.h5p.models import H5PPackage, H5PStatement
from courses.models import LessonPage
from courses.progress import services as progress
from courses.progress.models import ActivityResult
from tests.cohorts.conftest import add_member, bulk_learners, make_cohort, url
from tests.convenings.conftest import make_session
from tests.factories import make_course, make_user
from tests.h5p.helpers import add_h5p_blocks, h5p_block

pytestmark = pytest.mark.django_db

HOME = "http://testserver"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


# Builders ----------------------------------------------------------------------------------------


@pytest.fixture
def package(demo_site):
    return H5PPackage.objects.filter(status="ready").order_by("pk").first()


def _lessons(course) -> list[LessonPage]:
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def with_activities(course, package, count: int) -> list[tuple[LessonPage, str]]:
    """One H5P block in each of the course's first `count` lessons; (lesson, block id) pairs."""
    pairs = []
    for number, lesson in enumerate(_lessons(course)[:count]):
        block_id = f"h5p-{number}"
        pairs.append((add_h5p_blocks(lesson, h5p_block(package, block_id=block_id, pass_mark=70)), block_id))
    return pairs


def answer(user, lesson, block_id: str, raw: int, *, maximum: int = 10) -> None:
    """What the player posts when the learner checks an answer, recorded through the real service."""
    statement = {
        "id": str(uuid.uuid4()),
        "actor": {"account": {"name": uuid.uuid4().hex}, "objectType": "Agent"},
        "verb": {"id": ANSWERED, "display": {"en-US": "answered"}},
        "object": {
            "id": h5p.activity_iri(home_page=HOME, lesson_key=lesson.translation_key, block_id=block_id),
            "objectType": "Activity",
        },
        "result": {"score": {"raw": raw, "max": maximum, "min": 0, "scaled": raw / maximum}, "completion": True},
    }
    h5p.record_statement(user=user, lesson=lesson, block_id=block_id, statement=statement, home_page=HOME)


def attend(session, user, status=AttendanceStatus.PRESENT) -> Attendance:
    return Attendance.objects.create(session=session, user=user, status=status)


def held(cohorts, days_ago: int, **fields):
    return make_session(cohorts=cohorts, starts_in=-timedelta(days=days_ago), **fields)


@pytest.fixture
def scene(cohort, course, package, trainer):
    """Two members: Salma tried two H5P activities (40 then 90, and 60) and came to two of three sessions;
    Omar did nothing. A session of another cohort and an upcoming one do not count."""
    salma, omar = (
        make_user("salma@example.org", full_name="Salma Member"),
        make_user("omar@example.org", full_name="Omar Member"),
    )
    for user in (salma, omar):
        add_member(cohort, user)
        progress.enrol(user=user, course=course)
    (first, first_id), (second, second_id) = with_activities(course, package, 2)
    answer(salma, first, first_id, 4)
    answer(salma, first, first_id, 9)
    answer(salma, second, second_id, 6)
    sessions = [held([cohort], days, title_en=f"Workshop {days}") for days in (30, 20, 10)]
    attend(sessions[0], salma)
    attend(sessions[1], salma, AttendanceStatus.LATE)
    attend(sessions[2], salma, AttendanceStatus.ABSENT)
    attend(sessions[2], omar, AttendanceStatus.EXCUSED)
    elsewhere = held([make_cohort(name="Elsewhere")], 5, title_en="Another cohort's session")
    attend(elsewhere, salma)
    make_session(cohorts=[cohort], title_en="Still to come")
    return {"salma": salma, "omar": omar, "sessions": sessions, "activities": [(first, first_id), (second, second_id)]}


def _cells(row) -> dict[str, object]:
    return {column.key: cell for column, cell in zip(report_columns(), row.columns, strict=True)}


# Values ------------------------------------------------------------------------------------------


def test_both_columns_are_registered_by_their_apps_after_the_quiz_average():
    assert [column.key for column in report_columns()] == ["h5p", "sessions"]


def test_cohorts_import_neither_convenings_nor_h5p():
    """The apps above register with cohorts; cohorts' own modules never name them in an import."""
    package = Path(selectors.__file__).parent
    imported = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert not {name for name in imported if name.startswith(("courses.convenings", "courses.h5p"))}


def test_matrix_rows_carry_the_h5p_average_and_sessions_attended(cohort, scene):
    with translation.override("en"):
        matrix = selectors.cohort_matrix(cohort)
    assert [column.key for column in matrix.columns] == ["h5p", "sessions"]
    rows = {row.email: _cells(row) for row in matrix.rows}
    salma, omar = rows["salma@example.org"], rows["omar@example.org"]
    assert salma["h5p"].value == 75 and not salma["h5p"].is_fraction  # best scores 90 and 60
    assert salma["h5p"].label == "Average best score of 2 H5P activities"
    assert (salma["sessions"].value, salma["sessions"].total) == (2, 3)  # present and late; absent does not count
    assert salma["sessions"].label == "2 of 3 sessions attended"
    assert omar["h5p"] is None
    assert (omar["sessions"].value, omar["sessions"].total) == (0, 3)  # excused is not attended


def test_h5p_average_counts_only_the_cohorts_lessons(cohort, scene, index, package):
    other = make_course(index, slug="other-course", modules=1, lessons_per_module=1)
    salma = scene["salma"]
    progress.enrol(user=salma, course=other)
    ((lesson, block_id),) = with_activities(other, package, 1)
    answer(salma, lesson, block_id, 0)
    row = next(row for row in selectors.cohort_matrix(cohort).rows if row.user_id == salma.pk)
    assert _cells(row)["h5p"].value == 75


def test_no_session_held_leaves_the_column_empty(cohort, learner):
    make_session(cohorts=[cohort])  # upcoming only
    (row,) = selectors.cohort_matrix(cohort).rows
    assert _cells(row) == {"h5p": None, "sessions": None}


def test_learner_report_lists_each_h5p_activity_and_each_session_held(cohort, scene):
    salma = scene["salma"]
    with translation.override("en"):
        report = selectors.learner_report(cohort, salma.pk)
    h5p_section, sessions_section = report.sections
    assert h5p_section.heading == "H5P activities"
    assert h5p_section.columns == ("Activity", "Lesson", "Best score", "Attempts", "Last attempt")
    assert h5p_section.summary == "2 of 2 H5P activities tried."
    (first, first_id), _second = scene["activities"]
    last = H5PStatement.objects.filter(user=salma, block_id=first_id).latest("stored_at").stored_at
    title, lesson, best, attempts, when = h5p_section.rows[0]
    assert (title.text, lesson.text, best.percent, attempts.number, when.moment) == (
        H5PPackage.objects.get(pk=first.body[-1].value["package"].pk).title,
        first.title,
        90,
        2,
        last,
    )
    assert [(row[2].percent, row[3].number) for row in h5p_section.rows] == [(90, 2), (60, 1)]

    assert sessions_section.heading == "Sessions" and sessions_section.summary == "2 of 3 sessions attended"
    assert [(row[0].text, row[1].moment, row[2].text, row[2].tone) for row in sessions_section.rows] == [
        ("Workshop 10", scene["sessions"][2].starts_at, "Absent", "stalled"),
        ("Workshop 20", scene["sessions"][1].starts_at, "Late", "active"),
        ("Workshop 30", scene["sessions"][0].starts_at, "Present", "completed"),
    ]


def test_learner_report_shows_untried_activities_and_unrecorded_sessions(cohort, scene):
    with translation.override("en"):
        report = selectors.learner_report(cohort, scene["omar"].pk)
    h5p_section, sessions_section = report.sections
    assert h5p_section.summary == "0 of 2 H5P activities tried."
    assert [(row[2].percent, row[3].number, row[4].moment) for row in h5p_section.rows] == [(None, None, None)] * 2
    assert [row[2].text for row in sessions_section.rows] == ["Excused", "Not recorded", "Not recorded"]


def test_learner_report_has_no_sections_for_a_cohort_without_h5p_or_sessions(cohort, learner):
    report = selectors.learner_report(cohort, learner.pk)
    assert report.sections == []
    assert [cell for _column, cell in report.column_cells] == [None, None]


# Pages and exports -------------------------------------------------------------------------------


def test_matrix_page_in_arabic_shows_the_new_headers_and_values(client, trainer, cohort, scene):
    client.force_login(trainer)
    response = client.get(url("trainer_cohort", cohort.pk, language="ar"))
    page = response.content.decode()
    assert response.status_code == 200 and 'dir="rtl"' in page
    with translation.override("ar"):
        headers = [str(column.header) for column in report_columns()]
    for header in headers:
        assert f'class="matrix__extra">{header}</th>' in page
    assert '<bdi dir="ltr">2/3</bdi>' in page and '<bdi dir="ltr">0/3</bdi>' in page
    assert ">75%<" in page
    # A value with a sentence: the sentence is the cell's title and is read after the value.
    assert re.search(
        r'<td class="matrix__percent" title="([^"]+)">75%<span class="visually-hidden"> \1</span></td>', page
    )
    # The new columns come right after the quiz average, before the last activity.
    assert page.index(headers[0]) < page.index(headers[1]) < page.index("matrix__date")


def test_learner_page_shows_the_sections_with_dates_in_the_readers_calendar(client, trainer, cohort, scene):
    client.force_login(trainer)
    with translation.override("en"):
        page = client.get(url("trainer_learner", cohort.pk, scene["salma"].pk)).content.decode()
    assert "H5P activities" in page and "Sessions" in page and "Workshop 30" in page
    assert "Present" in page and "Late" in page
    assert f'datetime="{timezone.localtime(scene["sessions"][0].starts_at).isoformat()}"' in page


def test_csv_and_xlsx_carry_both_columns(client, trainer, cohort, scene):
    client.force_login(trainer)
    with translation.override("en"):
        response = client.get(url("trainer_export_csv", cohort.pk))
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    header = rows[0]
    start = header.index("Quiz average (%)") + 1
    assert header[start : start + 3] == ["H5P average (%)", "Sessions attended", "Sessions held"]
    by_email = {row[1]: row[start : start + 3] for row in rows[1:]}
    assert by_email == {"salma@example.org": ["75", "2", "3"], "omar@example.org": ["", "0", "3"]}

    with translation.override("en"):
        response = client.get(url("trainer_export_xlsx", cohort.pk))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0][start : start + 3]) == ["H5P average (%)", "Sessions attended", "Sessions held"]
    assert {row[1]: list(row[start : start + 3]) for row in values[1:]} == {
        "salma@example.org": [75, 2, 3],
        "omar@example.org": [None, 0, 3],
    }


def test_another_trainer_gets_404_everywhere(client, other_trainer, cohort, scene):
    client.force_login(other_trainer)
    salma = scene["salma"]
    for name, args in (
        ("trainer_cohort", [cohort.pk]),
        ("trainer_learner", [cohort.pk, salma.pk]),
        ("trainer_export_csv", [cohort.pk]),
        ("trainer_export_xlsx", [cohort.pk]),
    ):
        assert client.get(url(name, *args)).status_code == 404, name


def test_a_learner_of_another_cohort_is_404_in_this_ones_report(client, trainer, cohort, scene):
    stranger = make_user("stranger@example.org")
    add_member(make_cohort(name="Elsewhere too"), stranger)
    client.force_login(trainer)
    assert client.get(url("trainer_learner", cohort.pk, stranger.pk)).status_code == 404


# Costs -------------------------------------------------------------------------------------------


def _sized_cohort(index, package, trainer, *, learners: int, items: int, slug: str):
    """`learners` members, `items` H5P activities each tried, and `items` sessions held each attended."""
    course = make_course(index, slug=slug, modules=2, lessons_per_module=2)
    cohort = make_cohort(name=slug, courses=[course], trainers=[trainer])
    users = bulk_learners(cohort, course, learners, completed=1, prefix=slug)
    pairs = with_activities(course, package, items)
    ActivityResult.objects.bulk_create(
        [
            ActivityResult(
                user=user,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
                block_id=block_id,
                best_score=50 + number,
            )
            for number, user in enumerate(users)
            for lesson, block_id in pairs
        ]
    )
    H5PStatement.objects.bulk_create(
        [
            H5PStatement(
                statement_id=uuid.uuid4(),
                user=user,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
                block_id=block_id,
                verb=ANSWERED,
                top_level=True,
                score=50,
                body_hash="x",
                statement={},
            )
            for user in users
            for lesson, block_id in pairs
        ]
    )
    for day in range(items):
        session = held([cohort], day + 1)
        Attendance.objects.bulk_create([Attendance(session=session, user=user, status="present") for user in users])
    return cohort, users


@pytest.fixture
def small_and_large(index, package, trainer):
    small = _sized_cohort(index, package, trainer, learners=3, items=1, slug="small-cohort")
    large = _sized_cohort(index, package, trainer, learners=12, items=4, slug="large-cohort")
    return small, large


# The structure is 1 query (the cohort's courses) once each course's tree and the titles in the reader's
# language are cached (courses.course_tree and lms.page_cache, as any course page leaves them): the tests read
# it once first.
# The matrix: structure (1), every member with their totals (1) and enrolments (1), the lessons, reminders
# and certificates of the learners shown (3), H5P average (1), sessions held and attended (2).
MATRIX = 9
# The learner report: the same for one learner (9), their lessons and enrolments and quiz attempts (3), the H5P
# section (lessons, packages, results, statements: 4) and the sessions section (sessions, attendance: 2).
LEARNER_REPORT = 18
# Structure (1), then per chunk of learners: members, progress, enrolments, certificates (4), H5P (1), sessions (2).
EXPORT = 8


def test_matrix_costs_the_same_for_3_and_12_learners_and_1_and_4_activities(small_and_large, django_assert_num_queries):
    for cohort, users in small_and_large:
        selectors.cohort_structure(cohort)  # the course trees, cached
        with django_assert_num_queries(MATRIX):
            matrix = selectors.cohort_matrix(cohort)
        assert len(matrix.rows) == len(users)
        assert all(row.columns[0] is not None and row.columns[1].value == row.columns[1].total for row in matrix.rows)


def test_learner_report_costs_the_same_for_1_and_4_activities_and_sessions(small_and_large, django_assert_num_queries):
    sizes = []
    for cohort, users in small_and_large:
        selectors.cohort_structure(cohort)  # the course trees, cached
        with django_assert_num_queries(LEARNER_REPORT):
            report = selectors.learner_report(cohort, users[0].pk)
        sizes.append([len(section.rows) for section in report.sections])
    assert sizes == [[1, 1], [4, 4]]


def test_exports_cost_the_same_for_3_and_12_learners(small_and_large, django_assert_num_queries):
    for cohort, users in small_and_large:
        selectors.cohort_structure(cohort)  # the course trees, cached
        with django_assert_num_queries(EXPORT):
            lines = list(exports.csv_lines(cohort))
        assert len(lines) == 2 + len(users)  # the byte-order mark and the header
        with django_assert_num_queries(EXPORT):
            exports.xlsx_file(cohort, right_to_left=False).close()


def test_pages_cost_the_same_for_small_and_large_cohorts(client, trainer, small_and_large):
    client.force_login(trainer)
    counts = []
    for cohort, users in small_and_large:
        row = []
        for name, args in (
            ("trainer_cohort", [cohort.pk]),
            ("trainer_learner", [cohort.pk, users[0].pk]),
            ("trainer_export_csv", [cohort.pk]),
            ("trainer_export_xlsx", [cohort.pk]),
        ):
            client.get(url(name, *args))  # warm per-process caches
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url(name, *args))
                if hasattr(response, "streaming_content"):
                    b"".join(response.streaming_content)
            assert response.status_code == 200
            row.append(len(captured))
        counts.append(row)
    assert counts[0] == counts[1]


# The demo ----------------------------------------------------------------------------------------


def test_demo_cohorts_show_h5p_scores_from_recorded_statements(client, demo_site):
    from courses.cohorts.models import Cohort

    rabat = Cohort.objects.get(name="Rabat municipal staff")
    with translation.override("en"):
        matrix = selectors.cohort_matrix(rabat)
    averages = {row.email: _cells(row)["h5p"] for row in matrix.rows}
    scored = {email: cell.value for email, cell in averages.items() if cell is not None}
    assert len(scored) >= 3
    assert 100 in scored.values() and min(scored.values()) < 100  # a careless learner got one wrong
    learner = next(row for row in matrix.rows if row.email == "learner-rabat-3@academy.example")
    with translation.override("en"):
        report = selectors.learner_report(rabat, learner.user_id)
    h5p_section = next(section for section in report.sections if section.key == "h5p")
    tried = [row for row in h5p_section.rows if row[3].number]
    assert tried and all(row[4].moment < timezone.now() - timedelta(days=20) for row in tried)
    assert H5PStatement.objects.filter(user_id=learner.user_id).count() >= 2

    trainer = rabat.trainers.get()
    client.force_login(trainer)
    with translation.override("en"):
        response = client.get(url("trainer_export_csv", rabat.pk))
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    column = rows[0].index("H5P average (%)")
    assert {row[1]: row[column] for row in rows[1:]}[learner.email] == str(scored[learner.email])
