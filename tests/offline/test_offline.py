"""Offline use: the manifest, the worker, the course download list, and answers replayed after a lost connection."""

import json
import uuid

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from courses.models import CourseIndexPage, LessonPage
from courses.offline.identity import offline_key
from courses.offline.selectors import course_version
from courses.progress.models import LessonProgress, QuizAttempt
from tests.factories import QUIZ_ID, RIGHT_ANSWERS, make_course, make_user, quiz_block, quiz_post

pytestmark = pytest.mark.django_db

REPLAY = {"HTTP_X_OFFLINE_REPLAY": "a1b2c3"}


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="offline", modules=2, lessons_per_module=2)


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


@pytest.fixture
def learner(client, course):
    user = make_user("offline-learner@example.org")
    client.force_login(user)
    client.post(reverse("enrol", args=[course.pk]))
    return user


def _url(name, *args, language="ar"):
    with translation.override(language):
        return reverse(name, args=args)


# Installable ------------------------------------------------------------------------------------------


def test_the_manifest_speaks_the_page_language_and_points_to_real_icons(client):
    response = client.get(_url("offline_manifest"))
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["lang"] == "ar" and manifest["dir"] == "rtl"
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/ar/learn/"
    with translation.override("ar"):
        from django.utils.translation import gettext

        assert manifest["name"] == gettext("Young Cities Academy")
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]
    english = json.loads(client.get(_url("offline_manifest", language="en")).content)
    assert english["dir"] == "ltr" and english["start_url"] == "/en/learn/"


def test_every_page_links_the_manifest(client):
    body = client.get("/ar/").content.decode()
    assert f'<link rel="manifest" href="{_url("offline_manifest")}">' in body


def test_the_worker_is_served_from_the_root_and_never_cached(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    for language in ("ar", "en", "fr"):
        assert f'"/{language}/offline/"' in body
    assert "{{" not in body and "{%" not in body


def test_the_worker_and_its_page_script_stay_small():
    """The issue's budget: the worker and its registration add at most 15 KB compressed to a page."""
    import gzip

    total = 0
    for path in ("js/offline.js", "js/offline-store.js"):
        with open(finders.find(path), "rb") as handle:
            total += len(gzip.compress(handle.read()))
    assert total < 15_000, total


def test_the_offline_page_is_the_same_for_everyone(client, learner):
    """It is kept by the worker and shown to whoever is offline: no name, no token, no message."""
    signed_in = client.get(_url("offline_page")).content.decode()
    client.logout()
    visitor = client.get(_url("offline_page")).content.decode()
    assert signed_in == visitor
    assert "csrfmiddlewaretoken" not in signed_in
    assert learner.email not in signed_in
    assert '"user": null' in signed_in


# The course's download -------------------------------------------------------------------------------


def test_the_download_lists_every_page_of_the_course_with_sizes(client, learner, course, lessons):
    data = client.get(_url("offline_course_download", course.pk)).json()
    pages = [item["url"] for item in data["items"] if item["kind"] == "page"]
    assert pages[0] == course.url
    for lesson in lessons:
        assert lesson.url in pages
    assert len(pages) == 1 + 2 + 4
    assert all(item["size"] > 0 for item in data["items"] if item["kind"] in ("page", "static"))
    assert data["sizes"]["included"] == sum(item["size"] for item in data["items"] if not item["optional"])
    assert data["version"] == course_version(course)


def test_the_download_takes_images_small_and_leaves_documents_and_videos_out_unless_chosen(
    client, learner, course, lessons
):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    image = get_image_model().objects.first()
    assert image, "the demo has images"
    document = get_document_model().objects.create(title="Worksheet", file=ContentFile(b"a,b\n" * 100, "sheet.csv"))
    video = get_document_model().objects.create(title="Film", file=ContentFile(b"\x1aE" * 5000, "film.webm"))
    lesson = lessons[0]
    lesson.body = [
        {"type": "image", "value": {"image": image.pk, "alt_text": "A map", "caption": ""}},
        {"type": "document", "value": {"document": document.pk, "title": "", "description": ""}},
        {
            "type": "video",
            "value": {"title": "A film", "url": "", "file": video.pk, "duration": "", "transcript": "<p>t</p>"},
        },
    ]
    lesson.save_revision().publish()
    data = client.get(_url("offline_course_download", course.pk)).json()
    kinds = {item["kind"]: item for item in data["items"]}
    assert ".width-400." in kinds["image"]["url"] and not kinds["image"]["optional"]
    assert kinds["document"]["optional"] and kinds["video"]["optional"]
    assert data["sizes"]["documents"] == document.get_file_size()
    assert data["sizes"]["videos"] == video.get_file_size() == 10_000
    assert data["sizes"]["included"] < data["sizes"]["included"] + data["sizes"]["videos"]


def test_only_enrolled_learners_get_a_download(client, course):
    assert client.get(_url("offline_course_download", course.pk)).status_code == 302  # to log in
    client.force_login(make_user("not-enrolled@example.org"))
    assert client.get(_url("offline_course_download", course.pk)).status_code == 404


def test_the_version_changes_when_a_lesson_is_published_again_or_unpublished(course, lessons):
    before = course_version(course)
    lessons[0].title = "Changed"
    lessons[0].save_revision().publish()
    after_publish = course_version(course)
    assert after_publish != before
    lessons[1].unpublish()
    assert course_version(course) != after_publish


def test_the_download_list_is_read_in_the_same_number_of_queries_for_a_bigger_course(client, learner, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index = CourseIndexPage.objects.get(locale__language_code="ar")
    small = make_course(index, slug="small-offline", modules=2, lessons_per_module=2)
    big = make_course(index, slug="big-offline", modules=5, lessons_per_module=4)
    counts = []
    for course in (small, big):
        client.post(reverse("enrol", args=[course.pk]))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(_url("offline_course_download", course.pk)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_versions_are_given_only_for_courses_the_learner_is_enrolled_in(client, learner, course, demo_site):
    other = make_course(CourseIndexPage.objects.get(locale__language_code="ar"), slug="other-offline")
    data = client.get(_url("offline_versions") + f"?course={course.pk}&course={other.pk}").json()
    assert set(data) == {str(course.pk)}
    assert data[str(course.pk)]["version"] == course_version(course)
    assert data[str(course.pk)]["size"] > 0
    assert client.get(_url("offline_versions") + "?course=x").status_code == 400


def test_the_course_page_offers_the_download_to_enrolled_learners_only(client, course):
    assert b"data-offline-course" not in client.get(course.url).content
    user = make_user("panel@example.org")
    client.force_login(user)
    assert b"data-offline-course" not in client.get(course.url).content
    client.post(reverse("enrol", args=[course.pk]))
    body = client.get(course.url).content.decode()
    assert f'data-offline-course="{course.pk}"' in body
    assert f'data-version="{course_version(course)}"' in body


# Who the phone's data belongs to --------------------------------------------------------------------


def test_the_sync_state_names_the_account_only_by_an_opaque_key(client, learner):
    response = client.get(reverse("offline_sync"))
    data = response.json()
    assert data["user"] == offline_key(learner) and len(data["user"]) == 32
    assert learner.email not in response.content.decode()
    assert data["csrf"]
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    client.logout()
    assert client.get(reverse("offline_sync")).json() == {"user": "", "csrf": ""}


def test_two_accounts_have_different_keys():
    first, second = make_user("a-offline@example.org"), make_user("b-offline@example.org")
    assert offline_key(first) != offline_key(second)
    assert offline_key(first) == offline_key(first)


def test_logging_out_clears_what_the_browser_keeps(client, learner):
    response = client.post(reverse("account_logout"))
    assert response["Clear-Site-Data"] == '"cache", "storage"'


# Answers replayed after a lost connection ------------------------------------------------------------


def test_a_replayed_completion_is_recorded_once_and_answered_in_json(client, learner, lessons):
    url = reverse("complete_lesson", args=[lessons[0].pk])
    for _attempt in range(2):
        response = client.post(url, **REPLAY)
        assert response.status_code == 200
        assert response.json()["status"] == "sent"
    assert LessonProgress.objects.filter(user=learner, lesson_key=lessons[0].translation_key).count() == 1


def test_a_replayed_quiz_with_the_same_submission_id_counts_once(client, learner, lessons):
    lesson = lessons[0]
    lesson.body = [quiz_block(max_attempts=2)]
    lesson.save_revision().publish()
    post = quiz_post(RIGHT_ANSWERS, submission_id=str(uuid.uuid4()))
    url = reverse("submit_quiz", args=[lesson.pk, QUIZ_ID])
    first = client.post(url, post, **REPLAY).json()
    second = client.post(url, post, **REPLAY).json()
    assert first["status"] == second["status"] == "sent"
    assert QuizAttempt.objects.filter(user=learner).count() == 1
    with translation.override("ar"):
        from django.utils.translation import gettext

        passed = gettext("Well done: you passed the quiz.")
    assert first["message"] == passed
    # The replay's message was given to the queue; it does not show up later on an unrelated page.
    assert passed not in client.get("/ar/learn/").content.decode()


def test_a_replay_the_server_refuses_comes_back_with_the_reason_in_the_learners_language(client, learner, lessons):
    lesson = lessons[0]
    lesson.body = [quiz_block(max_attempts=1)]
    lesson.save_revision().publish()
    url = reverse("submit_quiz", args=[lesson.pk, QUIZ_ID])
    assert (
        client.post(url, quiz_post({"q-single": ["s-wrong"], "q-multi": ["m-c"]}), **REPLAY).json()["status"] == "sent"
    )
    answer = client.post(url, quiz_post(RIGHT_ANSWERS), **REPLAY, HTTP_ACCEPT_LANGUAGE="ar").json()
    assert answer["status"] == "refused"
    assert any("\u0600" <= letter <= "\u06ff" for letter in answer["message"]), answer["message"]
    assert QuizAttempt.objects.filter(user=learner).count() == 1


def test_a_replay_after_the_session_expired_stays_queued(client, learner, lessons):
    client.logout()
    response = client.post(reverse("complete_lesson", args=[lessons[0].pk]), **REPLAY)
    assert response.json() == {"status": "retry"}
    assert not LessonProgress.objects.filter(user=learner).exists()


def test_a_replayed_h5p_refusal_carries_the_endpoints_reason(client, learner, lessons):
    url = reverse("h5p_statements", args=[lessons[0].pk, "no-such-block"])
    answer = client.post(url, data="{}", content_type="application/json", **REPLAY).json()
    assert answer["status"] == "refused"


def test_ordinary_posts_are_unchanged(client, learner, lessons):
    response = client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    assert response.status_code == 302


# Profile ----------------------------------------------------------------------------------------------


def test_the_data_saver_switch_is_in_the_profile_and_reaches_the_page_script(client, learner):
    body = client.get(reverse("account_profile")).content.decode()
    assert 'name="data_saver"' in body
    learner.data_saver = True
    learner.save(update_fields=["data_saver"])
    config = client.get("/ar/learn/").content.decode().split('id="offline-config"')[1]
    assert '"dataSaver": true' in config.split("</script>")[0]
