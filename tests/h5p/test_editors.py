"""What editors do with packages besides uploading them: download the original .h5p (to change it in Lumi or on
h5p.org), and upload it again over the same package, which keeps the lesson's block ids and the learners' results."""

import json
import re
import uuid

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from courses.h5p.models import H5PPackage, H5PStatement, PackageStatus
from courses.h5p.services import activity_iri
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from courses.progress.models import ActivityResult, LessonProgress, LessonStatus
from lms.private_storage import private_storage
from tests.factories import give_mfa, make_course, make_user
from tests.h5p.helpers import add_h5p_blocks, h5p_block, tiny_library_files, upload_package, zip_bytes
from tests.h5p.xapi_validation import assert_valid_xapi

pytestmark = pytest.mark.django_db

BLOCK = "h5p-kept"
FIRST = zip_bytes(tiny_library_files("H5P.First"))
SECOND = zip_bytes(tiny_library_files("H5P.Second"))


def _staff(email: str, group: str | None = None):
    user = make_user(email, is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    else:  # in the admin, and nothing more
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    give_mfa(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def package(storage_roots, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        package = upload_package(FIRST, title="Cities and youth: a quiz")
    package.refresh_from_db()
    assert package.is_ready, package.error
    return package


def _download_url(package) -> str:
    return reverse("wagtailsnippets_h5p_h5ppackage:download", args=[package.pk])


def _content(response) -> bytes:
    return b"".join(response.streaming_content)


# Downloading the original ------------------------------------------------------------------------


def test_an_editor_downloads_the_original_file(client, demo_site, package):
    client.force_login(_staff("download-editor@example.org", "Editors"))
    response = client.get(_download_url(package))
    assert response.status_code == 200
    assert _content(response) == FIRST
    assert response["Content-Disposition"] == 'attachment; filename="cities-and-youth-a-quiz.h5p"'
    assert "no-store" in response["Cache-Control"]


def test_the_package_list_and_form_offer_the_download(client, demo_site, package):
    client.force_login(_staff("download-links@example.org", "Editors"))
    url = _download_url(package)
    assert url in client.get(reverse("wagtailsnippets_h5p_h5ppackage:list")).content.decode()
    edit = client.get(reverse("wagtailsnippets_h5p_h5ppackage:edit", args=[package.pk])).content.decode()
    assert url in edit and "Download the .h5p file" in edit


@pytest.mark.parametrize("who", ["admin-only", "learner", "anonymous"])
def test_only_users_who_may_change_packages_can_download(client, demo_site, package, who):
    if who == "admin-only":
        client.force_login(_staff("download-viewer@example.org"))
    elif who == "learner":
        client.force_login(make_user("download-learner@example.org"))
    response = client.get(_download_url(package))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"] or response["Location"].startswith("/admin")
    assert not response.streaming or FIRST not in _content(response)
    if who == "admin-only":
        listing = client.get(reverse("wagtailsnippets_h5p_h5ppackage:list")).content.decode()
        assert _download_url(package) not in listing


def test_an_unknown_package_is_not_found(client, demo_site, package):
    client.force_login(_staff("download-404@example.org", "Editors"))
    assert client.get(reverse("wagtailsnippets_h5p_h5ppackage:download", args=[package.pk + 1000])).status_code == 404


# Replacing the file keeps the lesson's results ---------------------------------------------------


@pytest.fixture
def lesson(demo_site, package):
    index = CourseIndexPage.objects.filter(locale__language_code="en").first()
    course = make_course(index, slug="h5p-replace", modules=1, lessons_per_module=2)
    first = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    return add_h5p_blocks(first, h5p_block(package, block_id=BLOCK, pass_mark=50))


def _answered(lesson, score: float) -> dict:
    iri = activity_iri(home_page="http://testserver", lesson_key=lesson.translation_key, block_id=BLOCK)
    return {
        "id": str(uuid.uuid4()),
        "actor": {"account": {"name": "browser"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": iri, "objectType": "Activity"},
        "result": {"score": {"raw": score, "min": 0, "max": 1, "scaled": score}, "response": ""},
    }


def _post(client, lesson, statement):
    url = reverse("h5p_statements", args=[lesson.pk, BLOCK])
    return client.post(url, json.dumps(statement), content_type="application/json")


def test_replacing_the_file_keeps_the_block_ids_and_the_learners_results(
    demo_site, lesson, package, django_capture_on_commit_callbacks
):
    learner = make_user("replace-learner@example.org")
    course = lesson.get_parent().get_parent().specific
    progress.enrol(user=learner, course=course)
    learner_client = Client()
    learner_client.force_login(learner)
    assert _post(learner_client, lesson, _answered(lesson, 1)).json()["lesson_completed"]
    old_folder = package.folder
    packages_before = H5PPackage.objects.count()
    blocks_before = [(block.block_type, block.id) for block in lesson.body]

    editor_client = Client()
    editor_client.force_login(_staff("replace-editor@example.org", "Editors"))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailsnippets_h5p_h5ppackage:edit", args=[package.pk]),
            {"title": package.title, "file": SimpleUploadedFile("changed-in-lumi.h5p", SECOND)},
        )
    assert response.status_code == 302, response.content.decode()[:3000]

    package.refresh_from_db()
    assert package.status == PackageStatus.READY, package.error
    assert package.main_library == "H5P.Second" and package.folder != old_folder
    assert H5PPackage.objects.count() == packages_before  # the same package, not a new one
    assert not private_storage().exists(f"h5p/content/{old_folder}")
    # The lesson still holds the same blocks, pointing at the same package.
    lesson.refresh_from_db()
    assert [(block.block_type, block.id) for block in lesson.body] == blocks_before
    assert next(block for block in lesson.body if block.id == BLOCK).value["package"].pk == package.pk
    # The learner's results are still there, and still count.
    result = ActivityResult.objects.get(user=learner, lesson_key=lesson.translation_key, block_id=BLOCK)
    assert result.passed and result.best_score == 100
    assert LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key).status == LessonStatus.COMPLETED
    assert H5PStatement.objects.filter(user=learner, block_id=BLOCK).count() == 1
    # The lesson plays the new content, and new results join the old ones under the same block.
    page = learner_client.get(lesson.get_url()).content.decode()
    assert re.search(r'data-frame-url="/h5p/frame/[^"]+/"', page)
    assert _post(learner_client, lesson, _answered(lesson, 0.4)).status_code == 201
    result.refresh_from_db()
    assert result.best_score == 100 and result.passed  # a later, lower score does not take the pass away
    for row in H5PStatement.objects.filter(user=learner):
        assert_valid_xapi(row.statement)
    # The editor downloads what they uploaded last.
    assert _content(editor_client.get(_download_url(package))) == SECOND
