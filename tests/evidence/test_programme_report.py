"""The programme report's pages and downloads: who may read which report, suppression on the page and in
every file (a cell of 3 learners never shows 3), the Arabic PDF (real WeasyPrint, read back with
pdftotext), and a query count that does not grow with the number of learners."""

from __future__ import annotations

import csv
import io
import itertools
import re
import subprocess
import unicodedata
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from courses.cities.models import City, CityKind
from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.cohorts.models import CohortMembership, MembershipSource
from courses.evidence.models import CheckAttempt, Phase, SurveyResponse
from courses.evidence.report_forms import ReportFilterForm
from courses.progress.models import Enrolment, LessonProgress, LessonStatus
from lms.accounts.models import CityContext, User
from tests import system_tools
from tests.cohorts.conftest import make_cohort, make_trainer
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

COURSE = uuid.uuid4()
SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
_batches = itertools.count(1)


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


def add_learners(cohort, count: int, *, role: str = "municipal_staff", pre: int = 40, post: int = 70) -> list[User]:
    """`count` members of `cohort`, enrolled in COURSE, a lesson completed, both checks taken (pre, post + i)."""
    batch = next(_batches)
    users = User.objects.bulk_create(
        [User(email=f"pr-{batch}-{n}@example.org", full_name=f"L{n}", password="!", role=role) for n in range(count)]
    )
    now = timezone.now()
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=user, source=MembershipSource.TRAINER) for user in users]
    )
    Enrolment.objects.bulk_create([Enrolment(user=user, course_key=COURSE) for user in users])
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(
                user=user,
                lesson_key=uuid.uuid4(),
                course_key=COURSE,
                status=LessonStatus.COMPLETED,
                completed_at=now,
                last_visited_at=now,
            )
            for user in users
        ]
    )
    CheckAttempt.objects.bulk_create(
        [
            CheckAttempt(user=user, course_key=COURSE, phase=phase, score=score, confidence={"c": value})
            for n, user in enumerate(users)
            for phase, score, value in ((Phase.PRE, pre + n % 7, 2), (Phase.POST, post + (3 * n) % 11, 4))
        ]
    )
    return users


@pytest.fixture
def trainer():
    return make_trainer("report-trainer@example.org")


@pytest.fixture
def other_trainer():
    return make_trainer("report-other@example.org")


@pytest.fixture
def manager():
    user = make_user("report-pm@example.org")
    user.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(user)
    return user


@pytest.fixture
def city():
    return City.objects.create(
        name_en="Report Town",
        name_ar="بلدة التقرير",
        name_fr="Report Town",
        country="JO",
        kind=CityKind.LARGE_CITY,
        context=CityContext.STABLE,
    )


@pytest.fixture
def cohort(trainer, city):
    """Eight learners: five municipal staff and three mayors (a cell of 3, to be hidden)."""
    cohort = make_cohort(name="مجموعة إربد", trainers=[trainer], country="JO", city=city)
    add_learners(cohort, 5)
    add_learners(cohort, 3, role="mayor")
    return cohort


@pytest.fixture
def other_cohort(other_trainer):
    cohort = make_cohort(name="Tunis staff", trainers=[other_trainer], country="TN", city_name="Tunis")
    add_learners(cohort, 6)
    return cohort


# --- Access ----------------------------------------------------------------------------------------


def test_programme_manager_reads_every_scope(client, manager, cohort, other_cohort, city):
    client.force_login(manager)
    for query in ({}, {"country": "JO"}, {"city": city.pk}, {"cohort": other_cohort.pk}, {"start": "2020-01-01"}):
        response = client.get(url("evidence_report"), query)
        assert response.status_code == 200, query
        assert "Knowledge gain" in response.content.decode()
    for name in ("evidence_report_csv", "evidence_report_xlsx"):
        assert client.get(url(name), {"cohort": cohort.pk}).status_code == 200


def test_trainer_reads_only_their_cohorts_report(client, trainer, cohort, other_cohort, city):
    client.force_login(trainer)
    page = client.get(url("evidence_report"))
    assert page.status_code == 200
    assert "Choose one of your cohorts" in page.content.decode()
    # The form offers their cohort, not the other trainer's.
    assert f'value="{cohort.pk}"' in page.content.decode()
    assert f'value="{other_cohort.pk}"' not in page.content.decode()
    assert client.get(url("evidence_report"), {"cohort": cohort.pk}).status_code == 200
    # Another trainer's cohort, a made-up id, a country or a city: not found, in every format (IDOR).
    for query in ({"cohort": other_cohort.pk}, {"cohort": 999999}, {"country": "JO"}, {"city": city.pk}):
        assert client.get(url("evidence_report"), query).status_code == 404, query
        assert client.get(url("evidence_report_csv"), query).status_code == 404, query
        assert client.get(url("evidence_report_xlsx"), query).status_code == 404, query
        assert client.get(url("evidence_report_pdf", "en"), query).status_code == 404, query
    # Downloads need a cohort: the whole programme is not theirs.
    assert client.get(url("evidence_report_csv")).status_code == 404


def test_learners_and_anonymous_visitors_are_refused(client, cohort):
    anonymous = client.get(url("evidence_report"), {"cohort": cohort.pk})
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    assert client.get(url("evidence_report_csv"), {"cohort": cohort.pk}).status_code == 302
    member = CohortMembership.objects.filter(cohort=cohort).first().user
    client.force_login(member)
    for name, args in (("evidence_report", ()), ("evidence_report_csv", ()), ("evidence_report_pdf", ("ar",))):
        assert client.get(url(name, *args), {"cohort": cohort.pk}).status_code == 404


def test_a_period_whose_end_comes_first_is_explained_not_computed(client, manager, cohort):
    client.force_login(manager)
    page = client.get(url("evidence_report"), {"start": "2026-05-01", "end": "2026-01-01"}).content.decode()
    assert "The end of the period comes before its start." in page
    assert "Knowledge gain" not in page


FUTURE_START = "The period cannot start in the future."


def test_a_period_that_starts_in_the_future_is_refused_on_its_start(client, manager, cohort):
    """A start after today (2030) is refused on the start field, in the reader's language, and no report is
    computed or downloaded; a start of today, or an end after today, are accepted as before."""
    today = timezone.localdate()
    with translation.override("en"):
        for start in (today + timedelta(days=1), date(today.year + 4, 1, 1)):
            form = ReportFilterForm({"start": start.isoformat()}, user=manager)
            assert form.errors == {"start": [FUTURE_START]}, start

    client.force_login(manager)
    query = {"start": (today + timedelta(days=1)).isoformat(), "cohort": cohort.pk}
    for language in ("en", "ar"):
        page = client.get(url("evidence_report", language=language), query).content.decode()
        start_field = page[page.index('<label for="id_start">') : page.index('<label for="id_end">')]
        assert f'<p class="error" role="alert">{_in(language, FUTURE_START)}</p>' in start_field, language
        assert _in(language, "Correct the period to see the report.") in page
        assert 'id="gain-heading"' not in page
    for name, args in (("evidence_report_csv", ()), ("evidence_report_xlsx", ()), ("evidence_report_pdf", ("en",))):
        assert client.get(url(name, *args), query).status_code == 404, name

    for accepted in ({"start": today.isoformat()}, {"end": (today + timedelta(days=365)).isoformat()}):
        assert ReportFilterForm(accepted, user=manager).is_valid(), accepted
        page = client.get(url("evidence_report", language="en"), {**accepted, "cohort": cohort.pk}).content.decode()
        assert FUTURE_START not in page and 'id="gain-heading"' in page


def test_the_charts_scroll_in_their_own_region_not_the_page(client, manager, cohort):
    """The charts are drawn at their own width (640 px) and never scaled down, which made the page of a 390 px
    phone 656 px wide: each one sits in a scrolling region named by its section, as on the region page."""
    client.force_login(manager)
    page = client.get(url("evidence_report", language="ar"), {"cohort": cohort.pk}).content.decode()
    charts = re.findall(r"<svg class=\"chart\"", page)
    wrapped = re.findall(
        r'<div class="chart-scroll" role="region" aria-labelledby="(reach|gain)-heading" tabindex="0">'
        r'<svg class="chart"',
        page,
    )
    assert len(charts) == 2 and wrapped == ["reach", "gain"]


# --- Suppression ---------------------------------------------------------------------------------

ROLE_ROW = re.compile(r"<tr>\s*<th scope=\"row\">Mayor or deputy mayor</th>(.*?)</tr>", re.S)


def test_the_page_hides_a_cell_of_three_learners(client, manager, cohort):
    client.force_login(manager)
    page = client.get(url("evidence_report"), {"cohort": cohort.pk}).content.decode()
    row = ROLE_ROW.search(page).group(1)
    assert "fewer than 5" in row
    assert not re.search(r">\s*3\s*<", row)
    # The municipal staff (5) are shown with their number... and hidden again, as the complementary cell
    # (the total 8 minus 5 would give the mayors' 3 back), or the total is hidden: never all three shown.
    assert "Method and limits" in page and "no control group" in page.lower()


def _disaggregation_counts(rows: list[list]) -> list:
    """The learner counts (first two value columns) of every row of the "By …" tables."""
    counts, inside = [], False
    for row in rows:
        first = str(row[0]) if row else ""
        if first.startswith("By "):
            inside = True
            continue
        if not row:
            inside = False
            continue
        if inside and len(row) > 2 and first:
            counts.extend(row[1:3])
    return counts


def _check_no_small_number(rows: list[list]) -> None:
    mayors = next(row for row in rows if row and row[0] == "Mayor or deputy mayor")
    assert mayors[1] == "fewer than 5" and 3 not in mayors and "3" not in mayors
    counts = _disaggregation_counts(rows)
    assert counts, "the disaggregation tables were not found"
    for value in counts:
        number = value if isinstance(value, int | float) else (int(value) if str(value).isdigit() else None)
        assert number is None or number == 0 or number >= 5, counts


def test_csv_and_xlsx_hide_the_same_cells(client, manager, cohort):
    client.force_login(manager)
    response = client.get(url("evidence_report_csv"), {"cohort": cohort.pk, "separator": "comma"})
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    csv_rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    _check_no_small_number(csv_rows)

    response = client.get(url("evidence_report_xlsx"), {"cohort": cohort.pk})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    xlsx_rows = [[value for value in row if value is not None] for row in workbook.active.iter_rows(values_only=True)]
    _check_no_small_number(xlsx_rows)
    # Same hidden cells in both files: the text of every row of the tables matches.
    hidden_csv = [row[0] for row in csv_rows if "fewer than 5" in row]
    hidden_xlsx = [row[0] for row in xlsx_rows if "fewer than 5" in row]
    assert hidden_csv == hidden_xlsx and hidden_csv


# --- The PDF -------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Without direction marks and Arabic vowel signs: pdftotext may put a shadda before or after its letter."""
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u0652]", "", text)


def test_the_arabic_pdf_renders_right_to_left_with_arabic_headings(client, manager, cohort, tmp_path):
    system_tools.require("pdftotext", "pdftoppm")
    client.force_login(manager)
    response = client.get(url("evidence_report_pdf", "ar", language="ar"), {"cohort": cohort.pk})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    path = tmp_path / "report.pdf"
    path.write_bytes(response.content)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # presentation forms back to letters
    text = _plain(text)
    with translation.override("ar"):
        expected = [translation.gettext(s) for s in ("Programme report", "Learners", "Cohort", "Knowledge gain")]
    for heading in expected:
        assert _plain(heading) in text, heading
    assert "إربد" in text  # the cohort's Arabic name, shaped and read back
    assert "المتعلمون" in text  # a heading from the Arabic catalogue ("Learners")
    # The pages, drawn for a person to look at (tests/artifacts is not committed).
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(SCREENSHOTS / "programme-report-ar")], check=True)
    assert list(SCREENSHOTS.glob("programme-report-ar*.png"))


# --- Queries -------------------------------------------------------------------------------------


def test_the_page_reads_a_constant_number_of_queries(client, manager, trainer, django_assert_num_queries):
    small = make_cohort(name="Small", trainers=[trainer], country="JO")
    large = make_cohort(name="Large", trainers=[trainer], country="JO")
    add_learners(small, 10)
    add_learners(large, 100)
    client.force_login(manager)
    client.get(url("evidence_report"), {"cohort": small.pk})  # warm the session and the site caches
    with CaptureQueriesContext(connection) as ten:
        assert client.get(url("evidence_report"), {"cohort": small.pk}).status_code == 200
    with django_assert_num_queries(len(ten)):
        assert client.get(url("evidence_report"), {"cohort": large.pk}).status_code == 200


def test_the_csv_defuses_formulas_and_drops_direction_marks(client, manager, trainer):
    """A cohort named like a formula is written as text; names carry no invisible isolates into cells."""
    cohort = make_cohort(name='=HYPERLINK("http://example.org")', trainers=[trainer], country="JO")
    users = add_learners(cohort, 5)
    SurveyResponse.objects.bulk_create(
        [
            SurveyResponse(user=user, course_key=COURSE, relevance=4, usefulness=4, likely_to_apply=5, comment=comment)
            for user, comment in zip(users, ["=1+1", "", "Useful", "", ""], strict=True)
        ]
    )
    client.force_login(manager)
    text = client.get(url("evidence_report_csv"), {"cohort": cohort.pk}).content.decode("utf-8")
    assert not re.search("[\u2066-\u2069]", text)
    assert "Cohort: =HYPERLINK" in text  # the place line starts with a word, not with "="
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=","))
    assert ["'=1+1"] in rows  # the comment, defused
    assert all(not str(cell).startswith("=") for row in rows for cell in row)


def test_the_arabic_page_is_right_to_left_with_names_isolated(client, trainer, cohort):
    client.force_login(trainer)
    page = client.get(url("evidence_report", language="ar"), {"cohort": cohort.pk}).content.decode()
    assert 'dir="rtl"' in page
    assert "<bdi>مجموعة إربد</bdi>" in page  # the cohort's row in the gain table
    assert '<svg class="chart" role="img"' in page and 'direction="rtl"' in page
    assert '<label for="id_start">' in page and '<label for="id_cohort">' in page


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_pdf_renders_in_english_and_french(client, manager, cohort, language):
    client.force_login(manager)
    response = client.get(url("evidence_report_pdf", language), {"cohort": cohort.pk})
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert client.get(url("evidence_report_pdf", "de"), {"cohort": cohort.pk}).status_code == 404


# --- Headline counts -----------------------------------------------------------------------------

STANDALONE_THREE = re.compile(r"(?<![\d٠-٩.,٫])[3٣](?![\d٠-٩.,٫%])")


def _report_text(html: str) -> str:
    """The report's own words and figures: from its first section to its method, without the markup."""
    body = html[html.index('<section aria-labelledby="reach-heading">') : html.index('id="method-heading"')]
    return re.sub(r"<[^>]+>", " ", body)


def test_a_scope_of_three_learners_shows_no_3_anywhere(client, manager, trainer, tmp_path):
    """Three learners, all enrolled, active and checked twice: no count of them is shown, on the page, in the
    CSV, the XLSX or the PDFs; each says "fewer than 5" instead."""
    system_tools.require("pdftotext")
    small = make_cohort(name="Tiny team", trainers=[trainer], country="JO")
    add_learners(small, 3)
    client.force_login(manager)
    query = {"cohort": small.pk}

    page = client.get(url("evidence_report"), query).content.decode()
    assert "No learner was enrolled" not in page  # three is not none
    text = _report_text(page)
    assert "fewer than 5" in text
    assert not STANDALONE_THREE.search(text), STANDALONE_THREE.findall(text)

    csv_text = client.get(url("evidence_report_csv"), {**query, "separator": "comma"}).content.decode("utf-8")
    rows = list(csv.reader(io.StringIO(csv_text.removeprefix("\ufeff"))))
    reach = {row[0]: row[1] for row in rows if len(row) == 2}
    for label in ("Learners reached", "Enrolments", "Active learners"):
        assert reach[label] == "fewer than 5", label
    cells = [cell for row in rows for cell in row[1:]]
    assert "3" not in cells and not any(STANDALONE_THREE.fullmatch(cell) for cell in cells)

    response = client.get(url("evidence_report_xlsx"), query)
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    values = [value for row in workbook.active.iter_rows(values_only=True) for value in row[1:] if value is not None]
    assert 3 not in values and "3" not in values
    assert "fewer than 5" in values

    for language in ("en", "ar"):
        pdf = client.get(url("evidence_report_pdf", language, language=language), query).content
        path = tmp_path / f"tiny-{language}.pdf"
        path.write_bytes(pdf)
        pdf_text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        pdf_text = unicodedata.normalize("NFKC", pdf_text)
        # The PDF's heading says when it was made (a date may hold a 3): the report's figures come after it.
        figures = pdf_text[pdf_text.index(_in(language, "Reach")) :]
        figures = re.sub(r"\b\d+\s*/\s*\d+\b", " ", figures)  # the footers' page numbers ("2/3")
        assert not STANDALONE_THREE.search(figures), (language, STANDALONE_THREE.findall(figures))


def _in(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def test_the_headline_counts_are_shown_from_five(client, manager, trainer):
    five = make_cohort(name="Five", trainers=[trainer], country="JO")
    add_learners(five, 5)
    client.force_login(manager)
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(url("evidence_report_csv"), {"cohort": five.pk, "separator": "comma"})
                .content.decode("utf-8")
                .removeprefix("\ufeff")
            )
        )
    )
    reach = {row[0]: row[1] for row in rows if len(row) == 2}
    assert reach["Learners reached"] == reach["Enrolments"] == reach["Active learners"] == "5"
    assert reach["Courses completed"] == reach["Certificates issued"] == "0"


NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


@pytest.mark.parametrize(
    ("language", "separator", "delimiter", "decimal_mark"),
    [("ar", "", ";", ","), ("fr", "", ";", ","), ("en", "semicolon", ";", ","), ("ar", "comma", ",", ".")],
)
def test_every_number_in_the_csv_uses_the_decimal_mark_of_its_separator(
    client, manager, cohort, language, separator, delimiter, decimal_mark
):
    """Excel splits on ";" where "," marks decimals (French, Arabic settings), on "," where "." does: means,
    medians and intervals alike ("40,9;27,1 – 50,2", never "40.9;27,1 – 50,2")."""
    client.force_login(manager)
    query = {"cohort": cohort.pk, **({"separator": separator} if separator else {})}
    text = client.get(url("evidence_report_csv", language=language), query).content.decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row[1:]]
    numbers = [
        number
        for cell in cells
        if NUMBER.fullmatch(cell) or re.fullmatch(rf"{NUMBER.pattern} – {NUMBER.pattern}", cell)
        for number in NUMBER.findall(cell)
    ]
    other_mark = "." if decimal_mark == "," else ","
    assert [number for number in numbers if other_mark in number] == []
    assert any(decimal_mark in number for number in numbers), numbers
    assert any(" – " in cell for cell in cells), "the intervals are there"
