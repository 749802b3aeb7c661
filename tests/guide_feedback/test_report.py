"""The editors' report: per guidebook and chapter the number of answers, the average and the distribution;
the comments with their country, city context and language; names hidden below five answers; filters; CSV
and XLSX; only editors, moderators and superusers; the same queries for 3 or 30 answers."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.guide_feedback.models import GuideFeedback
from courses.models import ModulePage
from lms.accounts.models import CityContext
from tests.factories import give_mfa, make_user
from tests.guide_feedback.conftest import answer, course_with_guide, make_editor

pytestmark = pytest.mark.django_db

HIDDEN = "Hidden (fewer than five answers)"


def report_url(name="guide_feedback_report", **params):
    from urllib.parse import urlencode

    return reverse(name) + ("?" + urlencode(params) if params else "")


def mine(guidebook, **params):
    return report_url(guidebook=str(guidebook.translation_key), **params)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_the_report_counts_averages_and_distributes_per_chapter(editor_client, module, guidebook, rabat, irbid):
    for rating, city in ((5, rabat), (4, rabat), (4, irbid), (1, irbid)):
        answer(module, city=city, rating=rating)
    response = editor_client.get(mine(guidebook))
    assert response.status_code == 200
    report = response.context["report"]
    assert report.tally.count == 4 and report.tally.average == pytest.approx(3.5)
    [guide] = report.guidebooks
    assert guide.title == "Test guide for cities"
    [chapter] = guide.chapters
    assert chapter.chapter == "Chapter 2: Mapping the city" and chapter.module_key == module.translation_key
    assert chapter.tally.distribution == {1: 1, 2: 0, 3: 0, 4: 2, 5: 1}
    html = response.content.decode()
    assert "Chapter 2: Mapping the city" in html and "3.5" in html


def test_comments_show_country_city_context_and_language_and_hide_names_below_five(
    editor_client, module, guidebook, rabat, irbid
):
    answer(
        module, city=irbid, rating=2, comment="Rien sur les municipalités frontalières", language="fr", name="Amira X"
    )
    answer(module, city=rabat, rating=4, comment="مفيد جدا للبلديات", language="ar", name="Karim Y")
    for _ in range(2):
        answer(module, city=rabat, rating=3)
    html = editor_client.get(mine(guidebook)).content.decode()
    assert "Rien sur les municipalités frontalières" in html and "مفيد جدا للبلديات" in html
    assert "Jordan" in html and "Morocco" in html
    assert "Fragile or conflict-affected" in html and "Large city" in html
    assert "Français" in html and "العربية" in html
    assert "Amira X" not in html and "Karim Y" not in html
    assert html.count(HIDDEN) == 2


def test_names_show_from_five_answers_and_hide_again_when_a_filter_leaves_fewer(
    editor_client, module, guidebook, rabat, irbid
):
    answer(module, city=irbid, rating=2, comment="Missing: border towns", name="Amira X")
    for _ in range(4):
        answer(module, city=rabat, rating=4)
    html = editor_client.get(mine(guidebook)).content.decode()
    assert "Amira X" in html and HIDDEN not in html
    narrowed = editor_client.get(mine(guidebook, country="JO")).content.decode()
    assert "Missing: border towns" in narrowed and "Amira X" not in narrowed and HIDDEN in narrowed


def test_the_count_that_opens_names_is_the_chapters(editor_client, guidebook, rabat):
    """Five answers in one chapter do not open the names of another chapter's two."""
    first = course_with_guide("en", guidebook, slug="guide-course-one")
    second = course_with_guide("en", guidebook, slug="guide-course-two")
    for _ in range(5):
        answer(first, city=rabat, rating=4)
    answer(second, city=rabat, rating=1, comment="Too abstract", name="Nadia Z")
    html = editor_client.get(mine(guidebook)).content.decode()
    assert "Too abstract" in html and "Nadia Z" not in html


def test_the_filters(editor_client, module, guidebook, rabat, irbid):
    other = course_with_guide("en", guidebook, slug="guide-course-other")
    answer(module, city=rabat, rating=5, language="ar", comment="rabat-ar")
    answer(module, city=irbid, rating=1, language="fr", comment="irbid-fr")
    answer(other, city=irbid, rating=3, language="en", comment="irbid-en-other")
    old = answer(module, city=rabat, rating=2, language="en", comment="rabat-old")
    GuideFeedback.objects.filter(pk=old.pk).update(answered_at=timezone.now() - timedelta(days=40))

    def comments(**params):
        report = editor_client.get(mine(guidebook, **params)).context["report"]
        return sorted(row.comment for row in report.comments.object_list)

    assert comments() == ["irbid-en-other", "irbid-fr", "rabat-ar", "rabat-old"]
    assert comments(chapter=str(other.translation_key)) == ["irbid-en-other"]
    assert comments(country="JO") == ["irbid-en-other", "irbid-fr"]
    assert comments(city_context=CityContext.FRAGILE) == ["irbid-en-other", "irbid-fr"]
    assert comments(language="ar") == ["rabat-ar"]
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    assert comments(since=since) == ["irbid-en-other", "irbid-fr", "rabat-ar"]
    until = (timezone.localdate() - timedelta(days=30)).isoformat()
    assert comments(until=until) == ["rabat-old"]
    # Another guidebook's answers (the demo's) are not in this one's report.
    assert editor_client.get(mine(guidebook)).context["report"].tally.count == 4


def test_a_period_that_ends_before_it_starts_is_an_error(editor_client, guidebook):
    response = editor_client.get(mine(guidebook, since="2026-05-02", until="2026-05-01"))
    assert response.status_code == 200 and response.context["report"] is None
    assert "The end of the period comes before its start." in response.content.decode()


def _csv(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=","))


def test_the_csv_has_one_line_per_answer_names_by_the_rule_and_defused_formulas(
    editor_client, module, guidebook, rabat
):
    answer(module, city=rabat, rating=1, comment="=HYPERLINK(1)", name="Hidden Person")
    answer(module, city=rabat, rating=5, comment="مفيد جدا", language="ar")
    response = editor_client.get(mine(guidebook, name="guide_feedback_report_csv"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _csv(response)
    assert rows[0][:4] == ["Guidebook", "Chapter", "Module", "Usefulness (1–5)"]
    assert len(rows) == 3
    comments = {row[4] for row in rows[1:]}
    assert comments == {"'=HYPERLINK(1)", "مفيد جدا"}
    assert all(row[-1] == "" for row in rows[1:])  # two answers: no names
    assert {row[6] for row in rows[1:]} == {"Morocco"}
    for _ in range(3):
        answer(module, city=rabat, rating=4)
    rows = _csv(editor_client.get(mine(guidebook, name="guide_feedback_report_csv")))
    assert "Hidden Person" in {row[-1] for row in rows[1:]}


def test_the_french_csv_uses_semicolons(client, module, guidebook, rabat):
    answer(module, city=rabat, rating=3, comment="Bien")
    client.force_login(make_editor("Editors", admin_language="fr"))
    body = b"".join(client.get(mine(guidebook, name="guide_feedback_report_csv")).streaming_content).decode()
    assert body.splitlines()[0].count(";") == 11 and "Maroc" in body


def test_the_workbook_has_the_summary_and_the_answers(client, module, guidebook, rabat):
    editor = make_editor("Moderators", admin_language="ar")
    answer(module, city=rabat, rating=5, comment="مفيد جدا", language="ar")
    answer(module, city=rabat, rating=3)
    client.force_login(editor)
    response = client.get(mine(guidebook, name="guide_feedback_report_xlsx"))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    summary, answers = workbook.worksheets
    assert summary.sheet_view.rightToLeft and answers.sheet_view.rightToLeft
    rows = list(summary.iter_rows(values_only=True))
    assert rows[1][3:] == (2, 4, 0, 0, 1, 0, 1)
    answer_rows = list(answers.iter_rows(values_only=True))
    assert len(answer_rows) == 3 and "مفيد جدا" in {row[4] for row in answer_rows}


def test_who_may_read_the_report(client, module, guidebook, rabat):
    answer(module, city=rabat, rating=2, comment="Secret comment")
    learner = make_user("guide-report-learner@example.org")
    manager = make_user("guide-report-pm@example.org", is_staff=True)
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    trainer = make_user("guide-report-trainer@example.org")
    give_mfa(trainer)
    for name in ("guide_feedback_report", "guide_feedback_report_csv", "guide_feedback_report_xlsx"):
        url = mine(guidebook, name=name)
        client.logout()
        assert client.get(url).status_code == 302  # to the login page
        for user in (learner, trainer):
            client.force_login(user)
            response = client.get(url)
            assert response.status_code in (302, 403, 404) and b"Secret comment" not in response.getvalue()
        client.force_login(manager)
        assert client.get(url).status_code == 404
        for reader in (make_editor("Editors"), make_editor("Moderators")):
            client.force_login(reader)
            assert client.get(url).status_code == 200
        admin = make_user(f"guide-report-admin-{name}@example.org", is_staff=True, is_superuser=True)
        give_mfa(admin)
        client.force_login(admin)
        assert client.get(url).status_code == 200


def test_the_reports_menu_lists_the_report_for_editors_only(client, editor):
    manager = make_user("guide-menu-pm@example.org", is_staff=True)
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(manager)
    client.force_login(editor)
    assert reverse("guide_feedback_report") in client.get("/admin/").content.decode()
    client.force_login(manager)
    assert reverse("guide_feedback_report") not in client.get("/admin/").content.decode()


def test_comments_are_never_on_a_public_page(client, module, guidebook, rabat):
    answer(module, city=rabat, rating=2, comment="A private remark")
    assert b"A private remark" not in client.get(module.url).content
    client.force_login(make_user("guide-other@example.org"))
    assert b"A private remark" not in client.get(module.url).content


def _grow(module, rabat, irbid, count):
    for number in range(count):
        answer(module, city=(rabat, irbid)[number % 2], rating=1 + number % 5, comment=f"c{number}")


@pytest.mark.parametrize("name", ["guide_feedback_report", "guide_feedback_report_csv", "guide_feedback_report_xlsx"])
def test_the_same_queries_for_3_or_30_answers(editor_client, module, guidebook, rabat, irbid, name):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as captured:
            response = editor_client.get(report_url(name))
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            assert response.status_code == 200
        return len(captured)

    _grow(module, rabat, irbid, 3)
    few = count()
    _grow(module, rabat, irbid, 27)
    assert ModulePage.objects.filter(pk=module.pk).exists()
    assert count() == few


def test_the_report_reads_six_queries_of_its_own(editor_client, module, rabat, irbid):
    """Labels (2), countries (1), aggregate (1), comments (count and page: 2), beyond the admin's own."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _grow(module, rabat, irbid, 60)
    with CaptureQueriesContext(connection) as captured:
        editor_client.get(report_url())
    ours = [query["sql"] for query in captured if "guide_feedback" in query["sql"] or "courses_" in query["sql"]]
    assert len(ours) <= 6, ours
