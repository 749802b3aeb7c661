"""Exports: the CSV streams learners in chunks, the XLSX opens; both hold only the cohort's learners
and only the report's columns."""

import csv
import io

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from courses.cohorts import exports, selectors
from courses.cohorts.models import CohortMembership, MembershipSource
from tests.cohorts.conftest import add_member, bulk_learners, make_cohort
from tests.factories import make_user

pytestmark = pytest.mark.django_db

EXPECTED_HEADER = [
    "Learner",
    "E-mail",
    "Status",
    "Progress (%)",
    "Course cohort-course (%)",
    "Course cohort-course › Module 1 (%)",
    "Course cohort-course › Module 2 (%)",
    "Quiz average (%)",
    # The report columns that other apps register (courses.cohorts.report_columns).
    "H5P average (%)",
    "Sessions attended",
    "Sessions held",
    "Last activity",
    "Days without activity",
    "Certificate",
]


@pytest.fixture
def two_cohorts(cohort, course, trainer):
    mine = bulk_learners(cohort, course, 3, completed=2, prefix="mine")
    other = make_cohort(name="Other city", courses=[course])
    theirs = bulk_learners(other, course, 2, prefix="theirs")
    return mine, theirs


def _csv(client, cohort):
    with translation.override("en"):
        response = client.get(reverse("trainer_export_csv", args=[cohort.pk]))
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(f'attachment; filename="cohort-{cohort.pk}-progress-')
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def test_csv_holds_the_cohorts_learners_and_the_report_columns_only(client, trainer, cohort, two_cohorts):
    mine, _theirs = two_cohorts
    client.force_login(trainer)
    rows = _csv(client, cohort)
    assert rows[0] == EXPECTED_HEADER
    assert sorted(row[1] for row in rows[1:]) == sorted(user.email for user in mine)
    first = rows[1]
    assert first[0] == "Learner 00000" and first[2] == "Progressing"
    assert first[3:7] == ["50", "50", "100", "0"]
    assert first[7] == "80" and first[8:11] == ["", "", ""] and first[12] == "1" and first[13] == ""


def test_xlsx_opens_with_the_same_rows_right_to_left_in_arabic(client, trainer, cohort, two_cohorts):
    mine, _theirs = two_cohorts
    client.force_login(trainer)
    with translation.override("ar"):
        response = client.get(reverse("trainer_export_xlsx", args=[cohort.pk]))
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    assert sheet.title == "التقدّم"
    values = list(sheet.iter_rows(values_only=True))
    assert len(values[0]) == len(EXPECTED_HEADER)
    assert sorted(row[1] for row in values[1:]) == sorted(user.email for user in mine)
    assert values[1][3] == 50
    assert sheet.sheet_view.rightToLeft is True


def test_spreadsheet_formulas_in_names_are_defused(client, trainer, cohort):
    add_member(cohort, make_user("formula@example.org", full_name='=HYPERLINK("http://evil")'))
    client.force_login(trainer)
    rows = _csv(client, cohort)
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'


def test_rows_are_read_in_chunks_by_name_without_gaps_or_repeats(cohort, course):
    users = [make_user(f"same-{number}@example.org", full_name="Same Name") for number in range(4)]
    users += [make_user(f"other-{number}@example.org", full_name=f"Name {number}") for number in range(5)]
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=user, source=MembershipSource.LINK) for user in users]
    )
    structure = selectors.cohort_structure(cohort)
    emails = [row.email for row in selectors.iter_learner_rows(cohort, structure, chunk_size=2)]
    assert sorted(emails) == sorted(user.email for user in users)
    assert len(emails) == len(set(emails)) == 9
    assert emails == [row.email for row in selectors.iter_learner_rows(cohort, structure, chunk_size=500)]


def test_csv_reads_learners_a_chunk_at_a_time(cohort, course, django_assert_num_queries):
    """The first rows come out after one chunk's queries, before the rest is read."""
    bulk_learners(cohort, course, 7)
    lines = exports.csv_lines(cohort, chunk_size=3)
    next(lines)  # the byte-order mark
    next(lines)  # the header: the structure is read
    # Learners of the first chunk, their progress, enrolments, certificates, H5P average and the sessions held.
    with django_assert_num_queries(6):
        next(lines)
    assert len(list(lines)) == 6
