"""The direction of an H5P package's own text: found at upload from content.json (Hub exports declare "und"), kept
on the package, overridable by the editor, and laid out in the player frame (``dir``/``lang``)."""

import json
import re
import zipfile

import pytest
from django.test import Client
from django.urls import reverse

from courses.h5p.access import grant_for
from courses.h5p.direction import detect_direction, detect_in_files, direction_of_texts
from courses.h5p.models import H5PPackage
from tests.h5p.helpers import SHARED, package_form_class, tiny_library_files, upload_package, zip_bytes

pytestmark = pytest.mark.django_db

HUB = sorted((SHARED / "hub").glob("*.h5p"))


def _content(path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("content/content.json"))


@pytest.mark.parametrize("path", HUB, ids=lambda path: path.stem)
def test_every_hub_export_reads_left_to_right(path):
    """They declare their language "und", and their text is English."""
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read("h5p.json"))["language"] == "und"
    assert detect_direction(_content(path)) == "ltr"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"question": "Oslo is the capital of Norway."}, "ltr"),
        ({"question": "<p>أوسلو هي عاصمة النرويج.</p>"}, "rtl"),
        ({"question": "עיר הבירה של נורווגיה היא אוסלו"}, "rtl"),
        # An Arabic question that names a Latin place keeps its direction: the share of letters decides.
        ({"question": "ما هي عاصمة النرويج؟ (Oslo)"}, "rtl"),
        # An Arabic author who left H5P's English buttons in place: interface strings do not count.
        (
            {
                "question": "أوسلو هي عاصمة النرويج.",
                "l10n": {"checkAnswer": "Check", "showSolutionButton": "Show solution", "tryAgain": "Retry"},
                "confirmCheck": {"header": "Finish ?", "body": "Are you sure you wish to finish ?"},
                "scoreBarLabel": "You got :num out of :total points",
            },
            "rtl",
        ),
        # Identifiers, file details and settings are not text.
        (
            {
                "text": "مرحبا",
                "subContentId": "5f9e7496-1ba7-4ea7-960b-09c29c96b057",
                "library": "H5P.TrueFalse 1.6",
                "file": {"path": "images/background-53731fdc8610f.jpg", "mime": "image/jpeg"},
            },
            "rtl",
        ),
        # Only interface strings: they decide, as nothing else can.
        ({"l10n": {"checkAnswer": "تحقق"}}, "rtl"),
        ({"media": {"path": "images/a.png"}, "number": 3, "flag": True}, ""),
        ({"text": "123 … 456 !"}, ""),
    ],
)
def test_detect_direction(content, expected):
    assert detect_direction(content) == expected


def test_a_tie_goes_to_the_first_strong_letter():
    assert direction_of_texts(["ab", "جد"]) == "ltr"
    assert direction_of_texts(["جد", "ab"]) == "rtl"
    assert direction_of_texts(["12 ", "جد", "ab"]) == "rtl"
    assert direction_of_texts(["", "…"]) == ""


def test_unreadable_content_has_no_direction():
    assert detect_in_files({"content/content.json": b"\xff\xfe not json"}) == ""
    assert detect_in_files({}) == ""


def _files(text: str, language: str = "und") -> dict[str, bytes]:
    files = tiny_library_files()
    h5p = json.loads(files["h5p.json"]) | {"language": language}
    return files | {
        "h5p.json": json.dumps(h5p).encode(),
        "content/content.json": json.dumps({"text": text}).encode(),
    }


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def _upload(files, capture) -> H5PPackage:
    with capture(execute=True):
        package = upload_package(zip_bytes(files), title="Direction")
    package.refresh_from_db()
    assert package.is_ready, package.error
    return package


def _frame_html(package: H5PPackage, language: str) -> tuple[str, str]:
    token = grant_for(
        user_id=1, folder=package.folder, lesson_key=package.folder, block_id="h5p-one", language=language
    )
    page = Client().get(reverse("h5p_frame", args=[token.seal()])).content.decode()
    html = re.search(r"<html[^>]*>", page)[0]
    return re.search(r'dir="([^"]*)"', html)[1], re.search(r'lang="([^"]*)"', html)[1]


def test_english_content_is_laid_out_left_to_right_in_an_arabic_lesson(media, django_capture_on_commit_callbacks):
    package = _upload(_files("Oslo is the capital of Norway."), django_capture_on_commit_callbacks)
    assert (package.language, package.detected_direction, package.content_direction) == ("", "ltr", "")
    # Which language it is nobody said; it is not the lesson's Arabic.
    assert _frame_html(package, "ar") == ("ltr", "und")
    assert _frame_html(package, "en") == ("ltr", "en")


def test_arabic_content_is_laid_out_right_to_left_in_an_english_lesson(media, django_capture_on_commit_callbacks):
    package = _upload(_files("أوسلو هي عاصمة النرويج."), django_capture_on_commit_callbacks)
    assert package.detected_direction == "rtl"
    assert _frame_html(package, "en") == ("rtl", "und")
    assert _frame_html(package, "ar") == ("rtl", "ar")


def test_content_without_letters_follows_the_lesson(media, django_capture_on_commit_callbacks):
    package = _upload(_files("1 + 1 = 2"), django_capture_on_commit_callbacks)
    assert package.detected_direction == ""
    assert _frame_html(package, "ar") == ("rtl", "ar")
    assert _frame_html(package, "fr") == ("ltr", "fr")


def test_a_declared_language_comes_before_the_text(media, django_capture_on_commit_callbacks):
    package = _upload(_files("Oslo is the capital of Norway.", language="ar"), django_capture_on_commit_callbacks)
    assert _frame_html(package, "en") == ("rtl", "ar")


def test_the_editor_can_override_the_direction_on_the_package_form(media, django_capture_on_commit_callbacks):
    package = _upload(_files("Oslo is the capital of Norway."), django_capture_on_commit_callbacks)
    form = package_form_class()(
        data={"title": package.title, "content_direction": "rtl"}, instance=package, for_user=None
    )
    assert form.is_valid(), form.errors
    form.save()
    package.refresh_from_db()
    assert (package.detected_direction, package.content_direction) == ("ltr", "rtl")
    assert _frame_html(package, "en")[0] == "rtl"
    # Back to automatic: the detected direction applies again, and the files were kept.
    form = package_form_class()(data={"title": package.title, "content_direction": ""}, instance=package, for_user=None)
    assert form.is_valid(), form.errors
    form.save()
    package.refresh_from_db()
    assert package.is_ready and _frame_html(package, "ar") == ("ltr", "und")


def test_a_direction_that_is_not_a_choice_is_refused(media, django_capture_on_commit_callbacks):
    package = _upload(_files("Oslo"), django_capture_on_commit_callbacks)
    form = package_form_class()(
        data={"title": package.title, "content_direction": "up"}, instance=package, for_user=None
    )
    assert not form.is_valid() and "content_direction" in form.errors
