"""The demo's H5P activity: our own library, one package per language, ready to play in a Foundation lesson."""

import io
import json

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.html import escape

from courses.h5p import player
from courses.h5p.models import H5PPackage
from courses.h5p.package import check_package
from courses.models import CoursePage, LessonPage
from courses.progress import services
from courses.progress.activities import h5p_blocks
from courses.progress.models import ActivityResult
from home.demo.cohorts import FOUNDATION
from home.demo.content.h5p_activities import ACTIVITIES
from home.demo.h5p import MACHINE_NAME, build_package, store_package
from lms.private_storage import private_storage
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LANGUAGES = ("ar", "en", "fr")
ACTIVITY = ACTIVITIES[0]
LESSON = "mandate-and-levers"


@pytest.fixture(autouse=True)
def _leave_no_language_active():
    # A request through LocaleMiddleware leaves its language active in this thread, and later tests'
    # reverse() would prefix their URLs with it.
    yield
    translation.deactivate()


def _package(language: str) -> H5PPackage:
    return H5PPackage.objects.get(title=ACTIVITY[language]["title"])


def _lesson(language: str) -> LessonPage:
    return LessonPage.objects.get(slug=LESSON, locale__language_code=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_package_is_ready_checked_and_unpacked(demo_site, language):
    package = _package(language)
    assert package.is_ready, package.error
    assert (package.main_library, package.main_version) == (MACHINE_NAME, "1.0")
    with package.file.open("rb") as archive:
        checked = check_package(archive.read())
    assert checked.title == package.title
    for name in checked.files:
        assert private_storage().exists(f"{package.content_prefix}/{name}"), name
    content = json.loads(checked.files["content/content.json"])
    assert content["language"] == language
    assert content["l10n"]["check"] == ACTIVITY[language]["l10n"]["check"]
    assert [choice["correct"] for choice in content["choices"]].count(True) == 1


def test_the_archive_is_reproducible_so_loading_again_keeps_it(demo_site):
    for language in LANGUAGES:
        with _package(language).file.open("rb") as archive:
            assert archive.read() == build_package(ACTIVITY, language)


def test_each_language_plays_its_own_package_under_one_block_id(demo_site):
    blocks = {language: h5p_blocks(_lesson(language).body) for language in LANGUAGES}
    assert all(len(found) == 1 for found in blocks.values())
    assert len({found[0].id for found in blocks.values()}) == 1
    for language, (block,) in blocks.items():
        assert block.value["package"].pk == _package(language).pk
        assert block.value["required"] is True and block.value["pass_mark"] == 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_enrolled_learner_gets_the_player_in_the_lesson(client, demo_site, monkeypatch, language):
    # The player itself comes from npm (`make player`) and is not in the repository.
    monkeypatch.setattr(player, "is_installed", lambda: True)
    user = make_user(f"h5p-demo-{language}@example.org")
    services.enrol(user=user, course=CoursePage.objects.get(slug=FOUNDATION, locale__language_code=language))
    client.force_login(user)
    html = client.get(_lesson(language).get_url()).content.decode()
    assert "data-h5p-activity" in html and "data-h5p-start" in html
    assert escape(ACTIVITY[language]["title"]) in html


def test_demo_learners_passed_the_activity_where_they_did_the_lesson(demo_site):
    block_id = h5p_blocks(_lesson("ar").body)[0].id
    # Rabat 1 is careful and did all six Foundation lessons; Rabat 3 failed once and did two; Rabat 5 did one,
    # then tried the next lesson's activity once and got it wrong (home/demo/cohorts.py).
    results = {
        result.user.email: result for result in ActivityResult.objects.filter(block_id=block_id).select_related("user")
    }
    assert results["learner-rabat-1@academy.example"].passed
    assert results["learner-rabat-3@academy.example"].passed
    assert results["learner-rabat-3@academy.example"].best_score == 100
    assert not results["learner-rabat-5@academy.example"].passed
    assert results["learner-rabat-5@academy.example"].best_score == 0


def test_loading_the_demo_again_keeps_one_package_per_language(demo_site):
    folders = {language: _package(language).folder for language in LANGUAGES}
    call_command("load_demo", "--with-demo-accounts", stdout=io.StringIO())
    for language in LANGUAGES:
        assert H5PPackage.objects.filter(title=ACTIVITY[language]["title"]).count() == 1
        assert _package(language).folder == folders[language]


def test_changed_texts_replace_the_package_in_place(demo_site, django_capture_on_commit_callbacks):
    # A package of its own: the demo's files are shared by the other tests of this database.
    old = store_package("Replaced in place", build_package(ACTIVITY, "en"))
    changed = {**ACTIVITY, "en": {**ACTIVITY["en"], "question": "What should the city do?"}}
    with django_capture_on_commit_callbacks(execute=True):
        new = store_package(old.title, build_package(changed, "en"))
    assert new.pk == old.pk and new.folder != old.folder and new.is_ready
    with private_storage().open(f"{new.content_prefix}/content/content.json") as content:
        assert json.load(content)["question"] == "What should the city do?"
    assert not private_storage().exists(f"{old.content_prefix}/content/content.json")
    assert not private_storage().exists(old.file.name)
