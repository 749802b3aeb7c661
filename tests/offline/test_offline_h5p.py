"""A course's download with H5P activities: the page that plays each one offline, the player and the package's
files, kept under the activity's stable address with their real sizes (courses/h5p/offline.py)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from courses.h5p.models import H5PPackage, PackageStatus
from courses.h5p.offline import kept_base, package_files, player_files
from courses.models import CourseIndexPage, LessonPage
from tests.factories import make_course, make_user
from tests.h5p.helpers import VALID, add_h5p_blocks, h5p_block, upload_package

pytestmark = pytest.mark.django_db

TRUE_FALSE = next(path for path in VALID if path.stem == "true-false")


@pytest.fixture
def package(storage_roots, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        saved = upload_package(TRUE_FALSE, title="True or false")
    saved.refresh_from_db()
    assert saved.is_ready, saved.error
    return saved


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="offline-h5p", modules=1, lessons_per_module=2)


@pytest.fixture
def lesson(course, package):
    first = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    return add_h5p_blocks(first, h5p_block(package, block_id="h5p-0"))


@pytest.fixture
def learner(client, course):
    user = make_user("offline-h5p@example.org")
    client.force_login(user)
    client.post(reverse("enrol", args=[course.pk]))
    return user


def _download(client, course):
    with translation.override("ar"):
        url = reverse("offline_course_download", args=[course.pk])
    return client.get(url).json()


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_download_keeps_the_host_page_and_every_file_of_the_package_under_the_activitys_address(
    client, learner, course, lesson, package
):
    data = _download(client, course)
    activity = [item for item in data["items"] if item["kind"] == "activity"]
    base = kept_base(lesson.pk, "h5p-0")
    assert base == f"/h5p/kept/{lesson.pk}/h5p-0/"
    stored = package_files(package)
    assert {item["key"] for item in activity} == {base} | {f"{base}content/{path}" for path, _size in stored}
    assert "h5p.json" in dict(stored) and "content/content.json" in dict(stored)
    # Kept without the grant (the page may carry a newer one), fetched with it; nothing names the folder.
    assert all("/h5p/kept/" not in item["url"] and str(package.folder) not in item["url"] for item in activity)
    assert all(not item["optional"] and item["title"] == "True or false" for item in activity)


def test_each_kept_file_is_served_to_the_learner_with_the_size_the_download_announced(client, learner, course, lesson):
    data = _download(client, course)
    files = [item for item in data["items"] if item["kind"] == "activity" and "/content/" in item["key"]]
    assert files
    for item in files:
        response = client.get(item["url"])  # no Accept-Encoding: the file as stored
        assert response.status_code == 200, item
        assert len(_body(response)) == item["size"], item["key"]


def test_the_player_files_are_listed_once_and_counted_in_the_size_shown_before_download(
    client, learner, course, lesson, package
):
    second = LessonPage.objects.live().descendant_of(course).order_by("path").last()
    add_h5p_blocks(second, h5p_block(package, block_id="h5p-1"))
    data = _download(client, course)
    static = [item["url"] for item in data["items"] if item["kind"] == "static"]
    for path in ("vendor/h5p-standalone/main.bundle.js", "js/h5p-frame.js", "js/h5p-offline-host.js"):
        assert any(url.endswith(path) for url in static), path
    assert len(static) == len(set(static))
    assert any(url.endswith(".woff2") for url in static), "the player's fonts, named by its stylesheet"
    assert len([path for path in player_files() if path.endswith(".js")]) >= 4
    activity_bytes = sum(item["size"] for item in data["items"] if item["kind"] == "activity")
    assert activity_bytes >= 2 * sum(size for _path, size in package_files(package))
    assert data["sizes"]["included"] == sum(item["size"] for item in data["items"] if not item["optional"])


def test_an_activity_that_cannot_play_is_not_downloaded_nor_is_the_player(client, learner, course, lesson, package):
    H5PPackage.objects.filter(pk=package.pk).update(status=PackageStatus.PROCESSING)
    data = _download(client, course)
    assert not [item for item in data["items"] if item["kind"] == "activity"]
    assert not [item for item in data["items"] if "h5p-standalone" in item["url"]]


def test_the_host_page_runs_only_our_script_may_be_framed_only_by_the_site_and_hides_the_grant(
    client, learner, course, lesson, package
):
    data = _download(client, course)
    host = next(item for item in data["items"] if item["key"] == kept_base(lesson.pk, "h5p-0"))
    response = client.get(host["url"])
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    html = response.content.decode()
    assert f'nonce="{nonce}"' in html and html.count("<script") == 2  # the config (data) and the host script
    assert "frame-ancestors 'self'" in policy and "default-src 'none'" in policy and "form-action 'none'" in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    token = host["url"].rstrip("/").rsplit("/", 1)[1]
    assert token not in html and str(package.folder) not in html
    assert '"h5p.json"' in html
    # Another request's nonce differs (the kept copy keeps its own).
    assert nonce not in client.get(host["url"])["Content-Security-Policy"]


def test_the_host_page_needs_a_valid_grant(client):
    assert client.get(reverse("h5p_offline_host", args=["not-a-grant"])).status_code == 403


def test_more_activities_do_not_make_more_queries(client, learner, course, lesson, package):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        _download(client, course)
    others = [h5p_block(package, block_id=f"h5p-{number}") for number in range(1, 11)]
    add_h5p_blocks(LessonPage.objects.live().descendant_of(course).order_by("path").last(), *others)
    with CaptureQueriesContext(connection) as eleven:
        data = _download(client, course)
    assert len({item["key"] for item in data["items"] if item["key"].endswith("/content/h5p.json")}) == 11
    assert len(eleven) == len(one), [query["sql"] for query in eleven]


def test_the_host_page_costs_a_fixed_number_of_queries(client, learner, course, lesson, package):
    """Session and user, the package and the learner's resume state: the package's files are listed from storage,
    not the database."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    data = _download(client, course)
    host = next(item for item in data["items"] if item["key"] == kept_base(lesson.pk, "h5p-0"))
    client.get(host["url"])  # per-process caches (content types, site)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(host["url"]).status_code == 200
    assert len(captured) == 4, [query["sql"] for query in captured]


def test_the_host_page_shows_only_the_grants_own_learners_resume_state(client, learner, course, lesson, package):
    """The grant names its learner: another signed-in account opening it gets that grant's state, never its own,
    and a grant is only ever made for the signed-in learner's own download."""
    from courses.h5p.models import H5PState

    H5PState.objects.create(user=learner, lesson_key=lesson.translation_key, block_id="h5p-0", data='{"mine": 1}')
    other = make_user("other-offline@example.org")
    H5PState.objects.create(user=other, lesson_key=lesson.translation_key, block_id="h5p-0", data='{"theirs": 2}')
    data = _download(client, course)
    host = next(item for item in data["items"] if item["key"] == kept_base(lesson.pk, "h5p-0"))
    client.force_login(other)
    html = client.get(host["url"]).content.decode()
    assert "mine" in html and "theirs" not in html
    # The other account's own download is refused: it is not enrolled in the course.
    assert client.get(reverse("offline_course_download", args=[course.pk])).status_code == 404
