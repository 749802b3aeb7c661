"""Who may play an H5P activity, and what the sandboxed player can reach: lesson markup by access, the signed
frame and content URLs (no cookies, no database), resume state per learner, and the learner's data export."""

import gzip
import hashlib
import json
import re
import time
from pathlib import Path

import pytest
from django.core import signing
from django.test import Client, override_settings
from django.urls import reverse

from courses.h5p import player
from courses.h5p.access import SALT, Grant, grant_for, read_grant
from courses.h5p.models import H5PPackage, H5PState, H5PStatement, PackageStatus
from courses.h5p.services import MAX_STATE_BYTES, activity_iri
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from lms.accounts.services import export_personal_data
from lms.private_storage import private_storage
from tests.factories import make_user
from tests.h5p.helpers import add_h5p_blocks, h5p_block, tiny_library_files, upload_package, zip_bytes

pytestmark = pytest.mark.django_db

BLOCK = "h5p-one"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
FILES = tiny_library_files() | {"content/images/picture.svg": SVG}
ENROL_NOTICE = "Enrol in the course to do this activity"


# Setup -------------------------------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    """The private storage's folder, where packages are kept, of this test's own (and a public one beside it)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def _upload(files: dict[str, bytes], capture, title: str = "Tiny activity") -> H5PPackage:
    with capture(execute=True):
        package = upload_package(zip_bytes(files), title=title)
    package.refresh_from_db()
    assert package.is_ready, package.error
    return package


@pytest.fixture
def package(media, django_capture_on_commit_callbacks):
    return _upload(FILES, django_capture_on_commit_callbacks)


@pytest.fixture
def course(demo_site):
    from tests.factories import make_course

    index = CourseIndexPage.objects.filter(locale__language_code="en").first()
    return make_course(index, slug="h5p-player", modules=1, lessons_per_module=2)


@pytest.fixture
def lesson(course, package):
    first = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    return add_h5p_blocks(first, h5p_block(package, block_id=BLOCK))


def _learner(course, email: str):
    user = make_user(email)
    progress.enrol(user=user, course=course)
    return user


@pytest.fixture
def learner(course):
    return _learner(course, "h5p-player-a@example.org")


@pytest.fixture
def other_learner(course):
    return _learner(course, "h5p-player-b@example.org")


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _frame_url(page: str) -> str | None:
    found = re.search(r'data-frame-url="([^"]+)"', page)
    return found.group(1) if found else None


def _token(frame_url: str) -> str:
    return re.fullmatch(r"/h5p/frame/([^/]+)/", frame_url).group(1)


def _grant(user, package, lesson, **overrides) -> str:
    values = {
        "user_id": user.pk,
        "folder": package.folder,
        "lesson_key": lesson.translation_key,
        "block_id": BLOCK,
        "language": "en",
    } | overrides
    return grant_for(**values).seal()


def _config(response) -> dict:
    found = re.search(r'<script id="h5p-config" type="application/json">(.*?)</script>', response.content.decode())
    return json.loads(found.group(1))


def _tamper(token: str, position: int) -> str:
    character = token[position]
    return token[:position] + ("B" if character != "B" else "C") + token[position + 1 :]


def _read(response) -> bytes:
    return b"".join(response.streaming_content)


# The lesson page ---------------------------------------------------------------------------------


def test_an_enrolled_learner_gets_the_sandboxed_player(lesson, learner):
    response = _client_for(learner).get(lesson.get_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "data-h5p-activity" in page
    assert 'src="/static/js/h5p.js"' in page  # the script that builds <iframe sandbox="allow-scripts">
    assert f'data-statements-url="{reverse("h5p_statements", args=[lesson.pk, BLOCK])}"' in page
    assert f'data-state-url="{reverse("h5p_state", args=[lesson.pk, BLOCK])}"' in page
    assert ENROL_NOTICE not in page
    frame_url = _frame_url(page)
    assert frame_url and frame_url.startswith("/h5p/frame/")
    # The URL stays the same within a grant window, so the browser can cache the package's files.
    assert _frame_url(_client_for(learner).get(lesson.get_url()).content.decode()) == frame_url
    # It works without the session: the sandboxed frame has none.
    assert Client().get(frame_url).status_code == 200


def test_the_player_script_builds_a_frame_without_same_origin(lesson):
    from django.contrib.staticfiles import finders

    script = Path(finders.find("js/h5p.js")).read_text(encoding="utf-8")
    assert 'setAttribute("sandbox", "allow-scripts")' in script
    assert "allow-same-origin" not in script


@pytest.mark.parametrize("who", ["anonymous", "not_enrolled", "left_the_course"])
def test_visitors_who_may_not_play_see_the_enrol_notice_and_no_frame(client, lesson, course, who):
    if who == "not_enrolled":
        client.force_login(make_user("h5p-guest@example.org"))
    elif who == "left_the_course":
        user = _learner(course, "h5p-leaver@example.org")
        progress.leave_course(user=user, course=course)
        client.force_login(user)
    response = client.get(lesson.get_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert ENROL_NOTICE in page
    assert "data-frame-url" not in page and "/h5p/frame/" not in page
    assert "data-h5p-activity" not in page


def test_an_editor_gets_the_player_without_enrolling(client, lesson):
    from django.contrib.auth.models import Group

    editor = make_user("h5p-editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    page = client.get(lesson.get_url()).content.decode()
    frame_url = _frame_url(page)
    assert frame_url and ENROL_NOTICE not in page
    assert Client().get(frame_url).status_code == 200


@pytest.mark.parametrize(("status", "notice"), [("processing", "still being prepared"), ("failed", "not available")])
def test_a_package_that_is_not_ready_shows_a_notice_and_no_frame(lesson, learner, package, status, notice):
    H5PPackage.objects.filter(pk=package.pk).update(status=status)
    page = _client_for(learner).get(lesson.get_url()).content.decode()
    assert notice in page
    assert "data-frame-url" not in page


def test_each_learner_gets_their_own_player_address_and_token_from_the_kept_activity(lesson, learner, other_learner):
    """The activity is kept for every enrolled learner without a result (courses.templatetags.lesson_body):
    the signed frame address and the CSRF token put in are each reader's own, for every showing."""
    pages = {}
    for user in (learner, other_learner, other_learner):
        pages.setdefault(user, []).append(_client_for(user).get(lesson.get_url()).content.decode())
    for user, shown in pages.items():
        for page in shown:
            assert "__yca_slot_" not in page
            assert read_grant(_token(_frame_url(page))).user_id == user.pk
            assert re.search(r'data-csrf="[^"_]{20,}"', page)
    progress.record_activity_result(user=other_learner, lesson=lesson, block_id=BLOCK, score=80, passed=True)
    assert "80%" in _client_for(other_learner).get(lesson.get_url()).content.decode()
    assert "80%" not in _client_for(learner).get(lesson.get_url()).content.decode()


def test_a_package_unpacked_after_the_lesson_was_viewed_is_playable_at_once(
    course, learner, media, django_capture_on_commit_callbacks
):
    """The package is unpacked by the worker after the editor's upload; the lesson, already viewed (and its
    chosen package kept in the page cache) while the package was being prepared, shows the player at once."""
    with django_capture_on_commit_callbacks(execute=False) as committed:
        package = upload_package(zip_bytes(FILES), title="Tiny activity")
    # At commit the upload's other callbacks run; the unpacking is queued for the worker, which runs it later.
    unpacking = [callback for callback in committed if "schedule_unpack" in callback.__qualname__]
    assert unpacking
    for callback in committed:
        if callback not in unpacking:
            callback()
    first = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    lesson = add_h5p_blocks(first, h5p_block(package, block_id=BLOCK))
    client = _client_for(learner)
    assert "still being prepared" in client.get(lesson.get_url()).content.decode()

    for callback in unpacking:  # what the worker runs
        callback()
    package.refresh_from_db()
    assert package.is_ready, package.error
    page = client.get(lesson.get_url()).content.decode()
    assert "still being prepared" not in page
    assert _frame_url(page)


@pytest.fixture
def player_missing(settings, tmp_path):
    """No player in the static files: the finders look only in an empty folder (their cache is cleared)."""
    from django.contrib.staticfiles.finders import get_finder

    empty = tmp_path / "static"
    empty.mkdir()
    settings.STATICFILES_DIRS = [empty]  # the setting_changed signal clears get_finder's cache…
    get_finder.cache_clear()  # …and so do we, in case it ever stops doing so
    assert not player.is_installed()
    yield
    get_finder.cache_clear()


def test_without_the_player_the_block_says_it_is_not_installed(lesson, learner, player_missing):
    page = _client_for(learner).get(lesson.get_url()).content.decode()
    assert "The H5P player is not installed on this server" in page
    assert "data-frame-url" not in page


def test_the_player_is_installed_in_tests():
    assert player.is_installed()


# The frame ---------------------------------------------------------------------------------------


def test_the_frame_runs_in_a_sandbox_and_only_inside_our_pages(lesson, learner, package):
    response = Client().get(reverse("h5p_frame", args=[_grant(learner, package, lesson)]))
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "sandbox allow-scripts" in policy and "allow-same-origin" not in policy
    assert "frame-ancestors http://testserver" in policy
    assert "default-src 'none'" in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "no-store" in response["Cache-Control"]
    token = _grant(learner, package, lesson)
    config = _config(response)
    assert config["id"] == BLOCK
    assert config["h5pJsonPath"] == f"http://testserver/h5p/content/{token}"
    assert config["xAPIObjectIRI"] == activity_iri(
        home_page="http://testserver", lesson_key=lesson.translation_key, block_id=BLOCK
    )
    assert config["previousState"] is None


@pytest.mark.parametrize("position", [0, 5, -1, -10])
def test_a_tampered_frame_token_is_refused(lesson, learner, package, position):
    token = _grant(learner, package, lesson)
    response = Client().get(reverse("h5p_frame", args=[_tamper(token, position)]))
    assert response.status_code == 403


def test_an_expired_grant_is_refused(lesson, learner, package):
    old = grant_for(
        user_id=learner.pk,
        folder=package.folder,
        lesson_key=lesson.translation_key,
        block_id=BLOCK,
        language="en",
        now=time.time() - 3 * 24 * 3600,
    )
    assert old.expires < time.time()
    assert Client().get(reverse("h5p_frame", args=[old.seal()])).status_code == 403
    assert Client().get(reverse("h5p_content", args=[old.seal(), "h5p.json"])).status_code == 403


@pytest.mark.parametrize("status", [PackageStatus.PROCESSING, PackageStatus.FAILED])
def test_the_frame_of_a_package_that_is_not_ready_is_not_found(lesson, learner, package, status):
    token = _grant(learner, package, lesson)
    H5PPackage.objects.filter(pk=package.pk).update(status=status)
    assert Client().get(reverse("h5p_frame", args=[token])).status_code == 404


def test_the_frame_of_a_deleted_package_is_not_found(lesson, learner, package, django_capture_on_commit_callbacks):
    token = _grant(learner, package, lesson)
    with django_capture_on_commit_callbacks(execute=True):
        package.delete()
    assert Client().get(reverse("h5p_frame", args=[token])).status_code == 404
    assert Client().get(reverse("h5p_content", args=[token, "h5p.json"])).status_code == 404


# Resume state belongs to one learner -------------------------------------------------------------


def _state_url(lesson, block_id: str = BLOCK) -> str:
    return reverse("h5p_state", args=[lesson.pk, block_id])


def _save_state(client, lesson, state, block_id: str = BLOCK, *, method: str = "post", **headers):
    """Write the state; ``headers`` such as ``HTTP_IF_MATCH`` carry the preconditions."""
    send = getattr(client, method)
    return send(
        _state_url(lesson, block_id), data=json.dumps({"state": state}), content_type="application/json", **headers
    )


def test_a_learners_state_is_in_their_frame_and_not_in_anyone_elses(lesson, learner, other_learner):
    a, b = _client_for(learner), _client_for(other_learner)
    state = json.dumps({"progress": 3, "answers": ["true"]})
    assert _save_state(a, lesson, state).status_code == 200

    a_frame = _frame_url(a.get(lesson.get_url()).content.decode())
    b_frame = _frame_url(b.get(lesson.get_url()).content.decode())
    assert a_frame != b_frame
    assert _config(Client().get(a_frame))["previousState"] == state
    assert _config(Client().get(b_frame))["previousState"] is None


def test_a_learner_cannot_forge_a_grant_for_someone_else(lesson, learner, other_learner, package):
    state = json.dumps({"secret": "answers of A"})
    _save_state(_client_for(learner), lesson, state)
    b_token = _token(_frame_url(_client_for(other_learner).get(lesson.get_url()).content.decode()))
    a_grant = grant_for(
        user_id=learner.pk, folder=package.folder, lesson_key=lesson.translation_key, block_id=BLOCK, language="en"
    )
    payload = {"u": learner.pk, "f": str(package.folder), "l": str(lesson.translation_key), "b": BLOCK, "g": "en"}
    payload["e"] = a_grant.expires
    a_token = a_grant.seal()
    with override_settings(SECRET_KEY="not-the-secret-key-" + "x" * 40):
        other_key = a_grant.seal()
    forgeries = {
        "sealed with another key": other_key,
        # The former format: signed by Django's signer, readable by anyone.
        "signed, not sealed": signing.Signer(salt=SALT).sign_object(payload, compress=True),
        "plain": signing.b64_encode(json.dumps(payload).encode()).decode(),
        # Half of A's genuine token, half of B's.
        "spliced": a_token[: len(a_token) // 2] + b_token[len(a_token) // 2 :],
        "empty": "-",
    }
    for name, token in forgeries.items():
        assert Client().get(reverse("h5p_frame", args=[token])).status_code == 403, name
    # The real grant, which only the server can seal, does carry A's state: the refusals above are the cipher's.
    assert _config(Client().get(reverse("h5p_frame", args=[a_grant.seal()])))["previousState"] == state


def test_grants_carry_everything_they_name(lesson, learner, package):
    grant = Grant(
        user_id=learner.pk,
        folder=str(package.folder),
        lesson_key=str(lesson.translation_key),
        block_id=BLOCK,
        language="en",
        expires=int(time.time()) + 60,
    )
    from courses.h5p.access import read_grant

    assert read_grant(grant.seal()) == grant


# Content files -----------------------------------------------------------------------------------


CONTENT_TYPES = {
    "H5P.Tiny-1.0/tiny.js": "text/javascript",
    "H5P.Tiny-1.0/tiny.css": "text/css",
    "content/content.json": "application/json",
    "h5p.json": "application/json",
    "content/images/picture.svg": "image/svg+xml",
}


@pytest.mark.parametrize(("path", "content_type"), sorted(CONTENT_TYPES.items()))
def test_content_files_are_served_with_their_type_in_a_sandbox_without_the_database(
    lesson, learner, package, path, content_type, django_assert_num_queries
):
    token = _grant(learner, package, lesson)
    client = Client()
    with django_assert_num_queries(0):
        response = client.get(reverse("h5p_content", args=[token, path]))
        body = _read(response)
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] == content_type
    assert body == FILES[path]
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy and policy.rstrip().endswith("sandbox")
    assert "script-src" not in policy
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Set-Cookie" not in response.headers


def test_content_urls_cannot_leave_the_package_folder(
    lesson, learner, package, media, django_capture_on_commit_callbacks
):
    other = _upload(tiny_library_files("H5P.Other"), django_capture_on_commit_callbacks, title="Other")
    token = _grant(learner, package, lesson)
    secret = media / "secret.txt"
    secret.write_text("not for the player")
    # Each of these names a file that exists in storage, outside this package's content folder.
    assert private_storage().exists(package.file.name) and private_storage().exists(f"{other.content_prefix}/h5p.json")
    attempts = [
        f"../../packages/{package.folder}.h5p",
        f"../{other.folder}/h5p.json",
        f"%2e%2e/%2e%2e/packages/{package.folder}.h5p",
        f"..%2f..%2fpackages/{package.folder}.h5p",
        f"content/../../{other.folder}/h5p.json",
        "../../../secret.txt",
        "%2e%2e/%2e%2e/%2e%2e/secret.txt",
        "../../../../../../etc/passwd",
        "content\\..\\..\\..\\secret.txt",
    ]
    client = Client()
    for path in attempts:
        response = client.get(f"/h5p/content/{token}/{path}")
        assert response.status_code == 404, path
    assert client.get(f"/h5p/content/{token}/no-such-file.json").status_code == 404
    # The same files by their own grant are served: the 404s above are the guard's.
    assert client.get(f"/h5p/content/{token}/h5p.json").status_code == 200
    other_token = _grant(learner, other, lesson)
    assert client.get(f"/h5p/content/{other_token}/h5p.json").status_code == 200


@pytest.mark.parametrize("position", [0, 5, -1])
def test_content_with_a_bad_token_is_refused(lesson, learner, package, position):
    token = _tamper(_grant(learner, package, lesson), position)
    assert Client().get(reverse("h5p_content", args=[token, "h5p.json"])).status_code == 403
    assert Client().get(reverse("h5p_content", args=["not-a-token", "h5p.json"])).status_code == 403


# The state endpoint ------------------------------------------------------------------------------


def _states(user) -> list[str]:
    return list(H5PState.objects.filter(user=user).values_list("data", flat=True))


def _etag(data: str) -> str:
    return '"' + hashlib.sha256(data.encode()).hexdigest() + '"'


def test_state_is_saved_and_overwritten(lesson, learner):
    client = _client_for(learner)
    response = _save_state(client, lesson, '{"step": 1}')
    assert response.status_code == 200 and response.json() == {"saved": True}
    assert response["ETag"] == _etag('{"step": 1}')
    assert _states(learner) == ['{"step": 1}']
    second = _save_state(client, lesson, '{"step": 2}', HTTP_IF_MATCH=response["ETag"])
    assert second.status_code == 200 and second["ETag"] == _etag('{"step": 2}')
    assert _save_state(client, lesson, '{"step": 2}').status_code == 200  # a retry changes nothing
    assert _states(learner) == ['{"step": 2}']
    state = H5PState.objects.get(user=learner)
    assert (state.lesson_key, state.block_id) == (lesson.translation_key, BLOCK)


# Resume state and concurrency (the xAPI State API's ETag / If-Match) ------------------------------


def test_get_gives_the_state_and_its_etag(lesson, learner, other_learner):
    client = _client_for(learner)
    empty = client.get(_state_url(lesson))
    assert empty.status_code == 200 and empty.json() == {"state": None}
    assert "ETag" not in empty
    _save_state(client, lesson, '{"step": 1}')
    _save_state(_client_for(other_learner), lesson, '{"theirs": 1}')
    response = client.get(_state_url(lesson))
    assert response.status_code == 200
    assert response.json() == {"state": '{"step": 1}'}
    assert response["ETag"] == _etag('{"step": 1}')
    assert "no-store" in response["Cache-Control"]


def test_a_stale_write_is_refused_with_412_and_changes_nothing(lesson, learner):
    """Two pages (or devices) loaded the same state; the second to save has not seen the first one's write."""
    first_page, second_page = _client_for(learner), _client_for(learner)
    _save_state(first_page, lesson, '{"step": 1}')
    seen = first_page.get(_state_url(lesson))["ETag"]
    assert second_page.get(_state_url(lesson))["ETag"] == seen

    assert _save_state(first_page, lesson, '{"step": 2, "by": "first"}', HTTP_IF_MATCH=seen).status_code == 200
    stale = _save_state(second_page, lesson, '{"step": 2, "by": "second"}', HTTP_IF_MATCH=seen)
    assert stale.status_code == 412
    assert stale.json()["error"]
    assert _states(learner) == ['{"step": 2, "by": "first"}']
    # PUT is the same write, with the same rule.
    put = _save_state(second_page, lesson, '{"step": 2, "by": "second"}', method="put", HTTP_IF_MATCH=seen)
    assert put.status_code == 412
    assert _states(learner) == ['{"step": 2, "by": "first"}']

    # Having read the state again, the second page may save over it, by POST or PUT.
    fresh = second_page.get(_state_url(lesson))["ETag"]
    saved = _save_state(second_page, lesson, '{"step": 3}', method="put", HTTP_IF_MATCH=fresh)
    assert saved.status_code == 200
    assert _states(learner) == ['{"step": 3}']
    assert _save_state(second_page, lesson, '{"step": 4}', HTTP_IF_MATCH=saved["ETag"]).status_code == 200
    assert _states(learner) == ['{"step": 4}']


def test_a_write_without_if_match_may_create_the_state_but_not_replace_it(lesson, learner):
    client = _client_for(learner)
    assert _save_state(client, lesson, '{"step": 1}').status_code == 200  # nothing saved yet: allowed
    conflict = _save_state(client, lesson, '{"step": 2}')
    assert conflict.status_code == 409 and "If-Match" in conflict.json()["error"]
    assert _states(learner) == ['{"step": 1}']


def test_if_none_match_star_only_creates(lesson, learner):
    client = _client_for(learner)
    assert _save_state(client, lesson, '{"step": 1}', HTTP_IF_NONE_MATCH="*").status_code == 200
    assert _save_state(client, lesson, '{"step": 2}', HTTP_IF_NONE_MATCH="*").status_code == 412
    assert _states(learner) == ['{"step": 1}']


def test_if_match_on_a_state_that_does_not_exist_fails(lesson, learner):
    client = _client_for(learner)
    assert _save_state(client, lesson, '{"step": 1}', HTTP_IF_MATCH=_etag("{}")).status_code == 412
    assert _save_state(client, lesson, '{"step": 1}', HTTP_IF_MATCH="*").status_code == 412
    assert _states(learner) == []


def test_if_match_takes_a_list_and_star_and_compares_strongly(lesson, learner):
    client = _client_for(learner)
    _save_state(client, lesson, "a")
    weak = "W/" + _etag("a")
    assert _save_state(client, lesson, "b", HTTP_IF_MATCH=weak).status_code == 412
    assert _save_state(client, lesson, "b", HTTP_IF_MATCH=f'"other", {_etag("a")}').status_code == 200
    assert _save_state(client, lesson, "c", HTTP_IF_MATCH="*").status_code == 200
    assert _states(learner) == ["c"]


def test_writing_what_is_already_saved_succeeds_whatever_the_etag(lesson, learner):
    """A page whose save arrived but whose answer was lost (a weak connection) sends it again with the old ETag."""
    client = _client_for(learner)
    _save_state(client, lesson, "one")
    _save_state(client, lesson, "two", HTTP_IF_MATCH=_etag("one"))
    again = _save_state(client, lesson, "two", HTTP_IF_MATCH=_etag("one"))
    assert again.status_code == 200 and again["ETag"] == _etag("two")
    assert _states(learner) == ["two"]


def test_reading_the_state_is_refused_like_writing_it(client, lesson, learner):
    outsider = make_user("h5p-state-reader@example.org")
    _save_state(_client_for(learner), lesson, '{"secret": 1}')
    refused = _client_for(outsider).get(_state_url(lesson))
    assert refused.status_code == 403 and "secret" not in refused.content.decode()
    assert _client_for(learner).get(_state_url(lesson, "no-such-block")).status_code == 404
    anonymous = client.get(_state_url(lesson))
    assert anonymous.status_code in (302, 403) and "secret" not in anonymous.content.decode()
    assert _client_for(learner).delete(_state_url(lesson)).status_code == 405
    assert _states(learner) == ['{"secret": 1}']


@pytest.mark.parametrize(
    "body", [{"state": {"step": 1}}, {"state": 5}, {"state": None}, {"other": "x"}, ["x"], "x", None]
)
def test_state_that_is_not_a_string_is_refused(lesson, learner, body):
    client = _client_for(learner)
    response = client.post(_state_url(lesson), data=json.dumps(body), content_type="application/json")
    assert response.status_code == 400
    assert _states(learner) == []


def test_malformed_state_json_is_refused(lesson, learner):
    response = _client_for(learner).post(_state_url(lesson), data=b"{nope", content_type="application/json")
    assert response.status_code == 400
    assert _states(learner) == []


def test_state_from_a_learner_who_is_not_enrolled_is_refused(lesson):
    outsider = make_user("h5p-state-outsider@example.org")
    assert _save_state(_client_for(outsider), lesson, "{}").status_code == 403
    assert _states(outsider) == []


def test_state_from_an_anonymous_visitor_is_refused(client, lesson):
    before = H5PState.objects.count()
    assert _save_state(client, lesson, "{}").status_code in (302, 403)
    assert H5PState.objects.count() == before


def test_state_for_an_unknown_block_is_not_found(lesson, learner):
    assert _save_state(_client_for(learner), lesson, "{}", block_id="no-such-block").status_code == 404
    assert _states(learner) == []


def test_oversize_state_is_refused_and_the_saved_state_kept(lesson, learner):
    client = _client_for(learner)
    _save_state(client, lesson, '{"step": 1}')
    just_over = "x" * (MAX_STATE_BYTES + 1)  # the body is still under the request limit
    assert _save_state(client, lesson, just_over).status_code == 400
    two_byte_characters = json.dumps({"state": "é" * (MAX_STATE_BYTES // 2 + 1)}, ensure_ascii=False).encode()
    response = client.post(_state_url(lesson), data=two_byte_characters, content_type="application/json")
    assert response.status_code == 400  # counted in bytes, not characters
    assert _save_state(client, lesson, "x" * (400 * 1024)).status_code == 413
    assert _states(learner) == ['{"step": 1}']
    at_limit = _save_state(client, lesson, "x" * MAX_STATE_BYTES, HTTP_IF_MATCH=_etag('{"step": 1}'))
    assert at_limit.status_code == 200  # the limit itself is fine


# Personal data -----------------------------------------------------------------------------------


def test_the_personal_data_export_holds_the_learners_states_and_statements(lesson, learner, other_learner):
    a, b = _client_for(learner), _client_for(other_learner)
    iri = activity_iri(home_page="http://testserver", lesson_key=lesson.translation_key, block_id=BLOCK)
    statement = {
        "id": "7b2f2f5e-8a55-4a0c-9a37-0d3d8f2d8a11",
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": iri, "objectType": "Activity"},
        "result": {"score": {"raw": 1, "max": 1, "scaled": 1}},
    }
    assert a.post(reverse("h5p_statements", args=[lesson.pk, BLOCK]), statement, "application/json").status_code == 201
    _save_state(a, lesson, '{"mine": true}')
    _save_state(b, lesson, '{"theirs": true}')

    exported = export_personal_data(user=learner)["h5p"]
    assert [state["data"] for state in exported["states"]] == ['{"mine": true}']
    assert exported["states"][0]["block_id"] == BLOCK
    assert exported["states"][0]["lesson_key"] == lesson.translation_key
    assert [item["id"] for item in exported["statements"]] == [statement["id"]]
    assert exported["statements"][0]["result"] == statement["result"]
    json.dumps(export_personal_data(user=learner), default=str)  # it can be written out
    assert not H5PStatement.objects.filter(user=other_learner).exists()
    theirs = export_personal_data(user=other_learner)["h5p"]
    assert [state["data"] for state in theirs["states"]] == ['{"theirs": true}']
    assert theirs["statements"] == []


def test_content_files_are_compressed_for_browsers_that_accept_it(lesson, learner, package):
    token = _grant(learner, package, lesson)
    response = Client().get(reverse("h5p_content", args=[token, "H5P.Tiny-1.0/tiny.js"]), HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(_read(response)) == FILES["H5P.Tiny-1.0/tiny.js"]
    assert response["Content-Type"].startswith("text/javascript")
