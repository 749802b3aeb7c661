"""Every certificate names its learner on both halves (issue #13, items 1 and 2).

The full name from sign-up stands in when no name for certificates was given; a name in one script
only is printed on both halves. Real PDFs are rendered, their halves read back with pdftotext and
drawn with pdftoppm into tests/artifacts/screenshots/ to be looked at. The sentence around the name
is the same whoever is named (no masculine verb in Arabic).
"""

import importlib
import subprocess
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.urls import reverse
from django.utils import translation

from courses.certificates import names, pdf, services
from courses.certificates.design import current_design
from courses.certificates.models import Certificate, CertificateDesign
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from lms.accounts.names import clean_name
from tests import system_tools
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db
SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"

# A4 landscape in PostScript points: the Arabic half is on the right, the English or French one on the left.
PAGE_WIDTH, PAGE_HEIGHT = 842, 595


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="names-course", modules=1, lessons_per_module=1)


@pytest.fixture(autouse=True)
def _run_on_commit(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def _complete(user, course) -> Certificate | None:
    progress.enrol(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        progress.mark_lesson_complete(user=user, lesson=lesson)
    return Certificate.objects.filter(user=user).first()


# --- The rule ------------------------------------------------------------------------------------


def _user(**fields):
    return make_user(f"rule-{len(fields)}-{abs(hash(tuple(fields.items())))}@example.org", **fields)


@pytest.mark.parametrize(
    ("fields", "arabic_half", "latin_half"),
    [
        ({"certificate_name_arabic": "سلمى الإدريسي"}, "سلمى الإدريسي", "سلمى الإدريسي"),
        ({"certificate_name_latin": "Salma Idrissi"}, "Salma Idrissi", "Salma Idrissi"),
        (
            {"certificate_name_latin": "Salma Idrissi", "certificate_name_arabic": "سلمى الإدريسي"},
            "سلمى الإدريسي",
            "Salma Idrissi",
        ),
        ({"full_name": "Karim Benali"}, "Karim Benali", "Karim Benali"),
        ({"full_name": "كريم بن علي"}, "كريم بن علي", "كريم بن علي"),
        # A name given for certificates wins over the full name, even in one script only.
        ({"full_name": "Karim Benali", "certificate_name_arabic": "كريم بن علي"}, "كريم بن علي", "كريم بن علي"),
        ({}, "", ""),
    ],
)
def test_each_half_prints_a_name_whenever_one_is_known(demo_site, fields, arabic_half, latin_half):
    printed = names.printed_names(_user(**fields))
    assert (printed.arabic_half, printed.latin_half) == (arabic_half, latin_half)
    assert printed.is_empty == (not arabic_half)


def test_the_full_name_from_sign_up_is_the_default_certificate_name(course):
    certificate = _complete(make_user("signed-up@example.org", full_name="كريم بن علي"), course)
    assert certificate is not None, "no name for certificates was given: the full name is used"
    assert (certificate.recipient_name_arabic, certificate.recipient_name_latin) == ("كريم بن علي", "")


# --- The PDF -------------------------------------------------------------------------------------


def _half_text(pdf_path: Path, half: str) -> str:
    """The text pdftotext reads in one half of the page, above the footer (which has the verification link)."""
    x = PAGE_WIDTH // 2 if half == "arabic" else 0
    return subprocess.run(
        ["pdftotext", "-x", str(x), "-y", "0", "-W", str(PAGE_WIDTH // 2), "-H", "450", str(pdf_path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _words(text: str) -> set[str]:
    # pdftotext marks right-to-left runs with embedding controls (dropped here) and may write Arabic with
    # its hamza or without (الإدريسي / الادريسي): compare without.
    return {word.replace("إ", "ا") for word in clean_name(text).split()}


CASES = {
    "arabic-only": {"certificate_name_arabic": "سلمى الإدريسي", "preferred_language": "fr"},
    "latin-only": {"certificate_name_latin": "Salma Idrissi", "preferred_language": "en"},
    "both-names": {
        "certificate_name_latin": "Salma Idrissi",
        "certificate_name_arabic": "سلمى الإدريسي",
        "preferred_language": "fr",
    },
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_pdf_names_the_learner_on_both_halves(course, case, tmp_path):
    system_tools.require("pdftotext", "pdftoppm")
    certificate = _complete(make_user(f"{case}@example.org", **CASES[case]), course)
    printed = names.for_certificate(certificate)
    pdf_path = tmp_path / f"{case}.pdf"
    pdf_path.write_bytes(pdf.render_pdf_bytes(certificate))

    arabic_half, other_half = _half_text(pdf_path, "arabic"), _half_text(pdf_path, "other")
    assert _words(printed.arabic_half) <= _words(arabic_half), arabic_half
    assert _words(printed.latin_half) <= _words(other_half), other_half
    # Each half has its sentence around the name: the words before it and the course after it.
    assert certificate.course_title("ar") in arabic_half or "Course names-course" in arabic_half
    assert {"certificate", "certificat"} & set(other_half.lower().split()), other_half

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf_path), str(SCREENSHOTS / f"certificate-{case}")],
        check=True,
    )


def test_the_name_is_isolated_from_the_sentence_around_it(course):
    certificate = _complete(make_user("isolated@example.org", certificate_name_latin="Salma Idrissi"), course)
    from django.template.loader import render_to_string

    html = render_to_string(
        "certificates/pdf.html",
        {"certificate": certificate, "arabic": pdf._side(certificate, "ar"), "other": pdf._side(certificate, "en")},
    )
    assert html.count('<bdi class="script-latin">Salma Idrissi</bdi>') == 2
    assert '<p class="name"><bdi class="script-latin"></bdi></p>' not in html


# --- The sentence --------------------------------------------------------------------------------


def test_the_sentence_does_not_depend_on_who_is_named(course):
    design = current_design()
    # The Arabic sentence uses a verbal noun (إتمام), not a verb that agrees with the learner (أتمّ / أتمّت).
    assert "أتمّ " not in design.statement_ar and "أتم " not in design.statement_ar
    assert "إتمام" in design.statement_ar
    assert "inscrit" not in design.statement_fr and "reçu" not in design.lead_fr
    certificate = _complete(make_user("sentence@example.org", full_name="Salma Idrissi"), course)
    assert certificate.issuer["lead"]["ar"] == design.lead_ar
    assert pdf._side(certificate, "ar")["certifies"] == design.lead_ar


def test_a_certificate_issued_before_the_new_wording_keeps_its_sentence(course):
    certificate = _complete(make_user("old-wording@example.org", full_name="Salma Idrissi"), course)
    issuer = dict(certificate.issuer)
    del issuer["lead"]  # as snapshots were before
    Certificate.objects.filter(pk=certificate.pk).update(issuer=issuer)
    certificate.refresh_from_db()
    assert pdf._side(certificate, "en")["certifies"] == "This certifies that"


def test_the_migration_rewrites_only_the_untouched_default_statement(demo_site):
    migration = importlib.import_module("courses.certificates.migrations.0004_neutral_certificate_wording")
    design = current_design()
    CertificateDesign.objects.filter(pk=design.pk).update(
        statement_ar=migration.OLD_STATEMENT["ar"], statement_en="has finished the course", lead_en="x"
    )
    migration.neutral_wording(django_apps, None)
    design.refresh_from_db()
    assert design.statement_ar == migration.NEW_STATEMENT["ar"] and design.lead_ar == "تُمنح هذه الشهادة إلى"
    # Staff rewrote the English statement: it keeps the lead it was written after.
    assert (design.lead_en, design.statement_en) == ("This certifies that", "has finished the course")


# --- The pages say what will be printed -----------------------------------------------------------


def test_my_certificates_previews_both_halves_and_each_certificate_names_its_halves(client, course):
    user = make_user("preview@example.org", certificate_name_arabic="سلمى الإدريسي")
    _complete(user, course)
    client.force_login(user)
    page = client.get("/en/learn/certificates/").text
    assert page.count("<bdi>سلمى الإدريسي</bdi>") >= 2  # both halves of the preview
    assert "so both halves print it" in page
    assert 'lang="ar" dir="rtl"' in page and "تُمنح هذه الشهادة إلى" in page
    assert "This certificate is awarded to" in page


FROM_FULL_NAME = (
    "This is the full name you signed up with. To print it otherwise, or in both scripts, give the names for "
    "certificates in your profile."
)


def test_the_request_page_previews_the_names_before_issuing(client, course):
    user = make_user("request-preview@example.org")
    assert _complete(user, course) is None  # no name at all then
    user.full_name = "Karim Benali"
    user.save()
    client.force_login(user)
    page = client.get(reverse("certificate_request", args=[course.pk])).text
    assert page.count("<bdi>Karim Benali</bdi>") == 2
    with translation.override("ar"):  # the request page is in the learner's language
        assert translation.gettext(FROM_FULL_NAME) in page
    assert reverse("claim_certificate", args=[course.pk]) in page
    client.post(reverse("claim_certificate", args=[course.pk]))
    assert services.current_certificate(user=user, course_key=course.translation_key).recipient_name_latin == (
        "Karim Benali"
    )


def test_the_profile_previews_what_certificates_will_print(client, demo_site):
    user = make_user("profile-preview@example.org", full_name="Karim Benali", preferred_language="fr")
    client.force_login(user)
    page = client.get(reverse("account_profile"), HTTP_ACCEPT_LANGUAGE="en").text
    assert page.count("<bdi>Karim Benali</bdi>") == 2, "both halves, from the full name"
    assert "Ce certificat est décerné à" in page and "تُمنح هذه الشهادة إلى" in page
    assert "the full name you signed up with" in page
    assert page.index('class="name-preview"') < page.index('name="certificate_name_latin"'), "above the form"
