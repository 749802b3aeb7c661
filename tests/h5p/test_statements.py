"""xAPI statements from the H5P player: what passes an activity and completes lessons and courses, what is
kept as it was sent, and what is refused. The learner always comes from the session, never from the statement."""

import json
import re
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from courses.h5p import xapi
from courses.h5p.models import H5PStatement
from courses.h5p.services import MAX_STATEMENT_BYTES, activity_iri
from courses.models import CourseIndexPage, CoursePage, LessonPage
from courses.progress import services as progress
from courses.progress.models import ActivityResult, Enrolment, LessonProgress, LessonStatus
from tests.factories import QUIZ_ID, RIGHT_ANSWERS, make_course, make_user, quiz_block, quiz_post
from tests.h5p.helpers import VALID, add_h5p_blocks, h5p_block, upload_package
from tests.h5p.xapi_validation import assert_valid_xapi

pytestmark = pytest.mark.django_db

TRUE_FALSE = next(path for path in VALID if path.name == "true-false.h5p")
BLOCK = "h5p-one"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


# Setup -------------------------------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def package(media, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        package = upload_package(TRUE_FALSE, title="True or false")
    package.refresh_from_db()
    assert package.is_ready, package.error
    return package


def _lessons(course) -> list[LessonPage]:
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def _english_course(slug: str, **kwargs) -> CoursePage:
    index = CourseIndexPage.objects.filter(locale__language_code="en").first()
    return make_course(index, slug=slug, **kwargs)


@pytest.fixture
def course(demo_site):
    """Two lessons, so that passing the activity in the first completes the lesson but not the course."""
    return _english_course("h5p-statements", modules=1, lessons_per_module=2)


@pytest.fixture
def lesson(course, package):
    return add_h5p_blocks(_lessons(course)[0], h5p_block(package, block_id=BLOCK, pass_mark=70))


def _learner(course, email: str, **fields):
    user = make_user(email, **fields)
    progress.enrol(user=user, course=course)
    return user


@pytest.fixture
def learner(client, course):
    user = _learner(course, "h5p-statements@example.org")
    client.force_login(user)
    return user


def _iri(lesson, block_id: str = BLOCK) -> str:
    return activity_iri(home_page="http://testserver", lesson_key=lesson.translation_key, block_id=block_id)


def _statement(
    lesson,
    *,
    verb: str = "answered",
    raw: float | None = 1,
    maximum: float = 1,
    block_id: str = BLOCK,
    statement_id: str | None = "new",
    object_id: str | None = None,
    parent: bool = False,
    success: bool = True,
) -> dict:
    """A statement shaped as H5P emits it: a random actor without a home page, no timestamp."""
    statement = {
        "actor": {"account": {"name": uuid.uuid4().hex}, "objectType": "Agent"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"en-US": verb}},
        "object": {
            "id": object_id or _iri(lesson, block_id),
            "objectType": "Activity",
            "definition": {"extensions": {"http://h5p.org/x-api/h5p-local-content-id": 1}},
        },
        "context": {
            "contextActivities": {"category": [{"id": "http://h5p.org/libraries/H5P.TrueFalse-1.6"}]},
        },
    }
    if raw is not None:
        statement["result"] = {
            "score": {"raw": raw, "max": maximum, "min": 0, "scaled": raw / maximum},
            "success": success,
            "completion": True,
        }
    if parent:
        statement["context"]["contextActivities"]["parent"] = [{"id": _iri(lesson, block_id), "objectType": "Activity"}]
    if statement_id == "new":
        statement["id"] = str(uuid.uuid4())
    elif statement_id is not None:
        statement["id"] = statement_id
    return statement


def _url(lesson, block_id: str = BLOCK) -> str:
    return reverse("h5p_statements", args=[lesson.pk, block_id])


def _post(client, lesson, statement, block_id: str = BLOCK):
    return client.post(_url(lesson, block_id), data=json.dumps(statement), content_type="application/json")


def _result(user, lesson, block_id: str = BLOCK) -> ActivityResult | None:
    return ActivityResult.objects.filter(user=user, lesson_key=lesson.translation_key, block_id=block_id).first()


def _lesson_completed(user, lesson) -> bool:
    return LessonProgress.objects.filter(
        user=user, lesson_key=lesson.translation_key, status=LessonStatus.COMPLETED
    ).exists()


# Passing and completing --------------------------------------------------------------------------


def test_a_correct_answer_passes_the_activity_and_completes_the_lesson(client, learner, course, lesson):
    response = _post(client, lesson, _statement(lesson))
    assert response.status_code == 201
    body = response.json()
    assert body["recorded"] and body["passed"] and body["lesson_completed"]
    assert not body["course_completed"]

    result = _result(learner, lesson)
    assert result.passed_at is not None and result.best_score == 100
    assert _lesson_completed(learner, lesson)
    assert Enrolment.objects.get(user=learner, course_key=course.translation_key).completed_at is None
    row = H5PStatement.objects.get(user=learner)
    assert row.top_level and row.score == 100 and row.verb == ANSWERED
    assert row.lesson_key == lesson.translation_key and row.course_key == course.translation_key


def test_passing_the_activity_in_the_last_required_lesson_completes_the_course(client, learner, course, lesson):
    other = _lessons(course)[1]
    progress.mark_lesson_complete(user=learner, lesson=other)
    enrolment = Enrolment.objects.get(user=learner, course_key=course.translation_key)
    assert enrolment.completed_at is None

    response = _post(client, lesson, _statement(lesson))
    assert response.status_code == 201
    assert response.json()["lesson_completed"] and response.json()["course_completed"]
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_a_score_below_the_pass_mark_does_not_pass_and_the_best_score_is_kept(client, learner, lesson):
    response = _post(client, lesson, _statement(lesson, raw=6, maximum=10))
    assert response.status_code == 201
    assert not response.json()["passed"]
    assert _result(learner, lesson).best_score == 60
    assert _result(learner, lesson).passed_at is None
    assert not _lesson_completed(learner, lesson)

    _post(client, lesson, _statement(lesson, raw=3, maximum=10))  # a worse try does not lower the best
    assert _result(learner, lesson).best_score == 60

    _post(client, lesson, _statement(lesson, raw=7, maximum=10))  # exactly the pass mark passes
    result = _result(learner, lesson)
    assert result.best_score == 70 and result.passed_at is not None
    assert _lesson_completed(learner, lesson)

    _post(client, lesson, _statement(lesson, raw=0, maximum=10))  # and a pass is never taken back
    result.refresh_from_db()
    assert result.best_score == 70 and result.passed_at is not None
    assert H5PStatement.objects.filter(user=learner).count() == 4


def _shown_result(best: int, passed: bool, language: str = "ar") -> dict:
    """The activity's line above the player (blocks/h5p.html), as the answer carries it (the client's language
    is Arabic)."""
    with translation.override(language):
        return {
            "best_score": best,
            "passed": passed,
            "best_score_text": translation.gettext("Your best score: %(best)s%%.") % {"best": best},
            "passed_text": translation.gettext("Passed." if passed else "Not passed yet."),
        }


def test_the_answer_carries_the_best_result_the_page_shows_above_the_player(client, learner, lesson):
    """The page puts it in place of its line without a reload: the best score, never lowered, and the pass."""
    assert _post(client, lesson, _statement(lesson, verb="interacted", raw=None)).json()["result"] is None
    assert _post(client, lesson, _statement(lesson, raw=0, success=False)).json()["result"] == _shown_result(0, False)
    assert "أفضل نتيجة لك: 0%." in _shown_result(0, False)["best_score_text"]

    passing = _statement(lesson)
    assert _post(client, lesson, passing).json()["result"] == _shown_result(100, True)
    # A worse try later, and a retry of the passing one whose answer was lost: the best result still.
    assert _post(client, lesson, _statement(lesson, raw=0, success=False)).json()["result"] == _shown_result(100, True)
    retried = _post(client, lesson, passing)
    assert retried.status_code == 200 and retried.json()["result"] == _shown_result(100, True)

    # The same words as the lesson page (this one in English), once it is loaded again.
    page = client.get(lesson.get_url()).content.decode()
    line = re.search(r'<p class="quiz__result quiz__result--pass" data-h5p-result>(.*?)</p>', page, re.S)
    assert line is not None
    shown = _shown_result(100, True, "en")
    assert " ".join(line.group(1).split()) == f"{shown['best_score_text']} <strong>{shown['passed_text']}</strong>"


def test_before_any_result_the_page_has_an_empty_hidden_line_for_it(client, learner, lesson):
    page = client.get(lesson.get_url()).content.decode()
    assert '<p class="quiz__result" data-h5p-result hidden></p>' in page


@pytest.mark.parametrize("verb", ["completed", "passed", "mastered"])
def test_completion_verbs_without_a_score_do_not_pass(client, learner, lesson, verb):
    """A block with a pass mark needs a score: "completed" alone is one line of JSON that anyone can post."""
    response = _post(client, lesson, _statement(lesson, verb=verb, raw=None))
    assert response.status_code == 201 and not response.json()["passed"]
    assert H5PStatement.objects.filter(user=learner).count() == 1  # kept, as sent
    assert _result(learner, lesson) is None
    assert not _lesson_completed(learner, lesson)

    # The same verb with a score at the pass mark passes.
    response = _post(client, lesson, _statement(lesson, verb=verb, raw=7, maximum=10))
    assert response.status_code == 201 and response.json()["passed"]
    assert _lesson_completed(learner, lesson)


def test_a_completion_verb_with_a_low_score_does_not_pass(client, learner, lesson):
    response = _post(client, lesson, _statement(lesson, verb="completed", raw=1, maximum=4))
    assert response.status_code == 201 and not response.json()["passed"]
    assert _result(learner, lesson).best_score == 25
    assert not _lesson_completed(learner, lesson)


@pytest.mark.parametrize(
    ("verb", "raw"), [("interacted", 1), ("answered", None), ("attempted", 1), ("experienced", None)]
)
def test_other_verbs_and_unscored_answers_do_not_pass(client, learner, lesson, verb, raw):
    response = _post(client, lesson, _statement(lesson, verb=verb, raw=raw))
    assert response.status_code == 201
    assert not response.json()["passed"]
    assert H5PStatement.objects.filter(user=learner).count() == 1
    result = _result(learner, lesson)
    assert result is None or result.passed_at is None
    assert not _lesson_completed(learner, lesson)


@pytest.mark.parametrize("how", ["sub_content_id", "context_parent"])
def test_statements_about_a_part_are_stored_but_do_not_pass(client, learner, lesson, how):
    if how == "sub_content_id":
        statement = _statement(lesson, object_id=f"{_iri(lesson)}?subContentId={uuid.uuid4()}")
    else:
        statement = _statement(lesson, parent=True)
    response = _post(client, lesson, statement)
    assert response.status_code == 201 and not response.json()["passed"]
    row = H5PStatement.objects.get(user=learner)
    assert row.top_level is False and row.score == 100
    assert _result(learner, lesson) is None
    assert not _lesson_completed(learner, lesson)


# Retries and conflicts ---------------------------------------------------------------------------


def test_the_same_statement_twice_is_stored_once(client, learner, lesson):
    statement = _statement(lesson)
    assert _post(client, lesson, statement).status_code == 201
    again = dict(statement, actor={"account": {"name": "another-random-id"}})  # H5P's actor is not part of it
    response = _post(client, lesson, again)
    assert response.status_code == 200
    assert response.json()["recorded"] is False
    assert H5PStatement.objects.filter(statement_id=statement["id"]).count() == 1
    assert H5PStatement.objects.filter(user=learner).count() == 1


def test_the_same_id_with_a_different_body_is_a_conflict(client, learner, lesson):
    statement = _statement(lesson, raw=3, maximum=10)
    _post(client, lesson, statement)
    stored = H5PStatement.objects.get(statement_id=statement["id"])

    forged = _statement(lesson, raw=10, maximum=10, statement_id=statement["id"])
    response = _post(client, lesson, forged)
    assert response.status_code == 409
    after = H5PStatement.objects.get(statement_id=statement["id"])
    assert (after.score, after.body_hash, after.statement) == (stored.score, stored.body_hash, stored.statement)
    assert after.score == 30
    assert _result(learner, lesson).passed_at is None


def test_the_same_id_from_another_learner_is_a_conflict(client, learner, course, lesson):
    statement = _statement(lesson)
    _post(client, lesson, statement)
    other = _learner(course, "h5p-other@example.org")
    client.force_login(other)
    response = _post(client, lesson, statement)
    assert response.status_code == 409
    assert H5PStatement.objects.get(statement_id=statement["id"]).user == learner
    assert not H5PStatement.objects.filter(user=other).exists()
    assert _result(other, lesson) is None


def test_a_statement_without_an_id_is_given_one(client, learner, lesson):
    response = _post(client, lesson, _statement(lesson, statement_id=None))
    assert response.status_code == 201
    row = H5PStatement.objects.get(user=learner)
    assert isinstance(row.statement_id, uuid.UUID)
    assert row.statement["id"] == str(row.statement_id)
    assert row.statement["timestamp"] and row.statement["stored"]


def test_a_statement_id_that_is_not_a_uuid_is_refused(client, learner, lesson):
    response = _post(client, lesson, _statement(lesson, statement_id="not-a-uuid"))
    assert response.status_code == 400
    assert not H5PStatement.objects.filter(user=learner).exists()


# Whose statement it is ---------------------------------------------------------------------------


def test_the_stored_actor_is_our_account_never_the_email(client, learner, lesson):
    statement = _statement(lesson)
    _post(client, lesson, statement)
    row = H5PStatement.objects.get(user=learner)
    assert row.statement["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": xapi.actor_name(learner.pk)},
    }
    assert learner.email not in json.dumps(row.statement)
    # Everything else is kept as the player sent it.
    assert row.statement["object"] == statement["object"]
    assert row.statement["result"] == statement["result"]
    assert row.statement["verb"] == statement["verb"]


def test_a_learner_cannot_record_a_statement_as_someone_else(client, course, lesson):
    victim = _learner(course, "h5p-victim@example.org")
    attacker = _learner(course, "h5p-attacker@example.org")
    client.force_login(attacker)
    statement = _statement(lesson)
    statement["actor"] = {"objectType": "Agent", "mbox": f"mailto:{victim.email}", "name": "Victim"}
    statement["authority"] = {"objectType": "Agent", "mbox": f"mailto:{victim.email}"}

    response = _post(client, lesson, statement)
    assert response.status_code == 201
    row = H5PStatement.objects.get(statement_id=statement["id"])
    assert row.user == attacker
    assert row.statement["actor"]["account"]["name"] == xapi.actor_name(attacker.pk)
    assert victim.email not in json.dumps(row.statement)
    assert row.statement["authority"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": xapi.AUTHORITY_NAME},
    }
    assert not H5PStatement.objects.filter(user=victim).exists()
    assert _result(victim, lesson) is None
    assert not _lesson_completed(victim, lesson)
    assert _lesson_completed(attacker, lesson)


def test_the_server_sets_the_authority_whatever_was_sent(client, learner, lesson):
    statement = _statement(lesson)
    statement["authority"] = {"objectType": "Agent", "account": {"homePage": "https://lrs.example", "name": "root"}}
    statement["stored"] = "2001-01-01T00:00:00Z"
    assert _post(client, lesson, statement).status_code == 201
    row = H5PStatement.objects.get(user=learner)
    assert row.statement["authority"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": xapi.AUTHORITY_NAME},
    }
    assert row.statement["stored"] != "2001-01-01T00:00:00Z"
    assert "@" not in json.dumps(row.statement["authority"])


def test_email_addresses_are_removed_from_the_whole_statement(client, learner, lesson):
    """Agents and groups may sit anywhere: every mbox (and its SHA-1, which a known address matches) goes,
    and an address typed into text is blanked. The rest of the statement is kept."""
    statement = _statement(lesson)
    statement["actor"] = {"objectType": "Agent", "mbox": "mailto:actor@example.org"}
    statement["authority"] = {"objectType": "Agent", "mbox": "mailto:authority@example.org"}
    statement["context"]["instructor"] = {
        "objectType": "Agent",
        "name": "Trainer",
        "mbox": "mailto:trainer@example.org",
    }
    statement["context"]["team"] = {
        "objectType": "Group",
        "name": "Rabat team",
        "mbox_sha1sum": "ad2a6a8a4dbbd59d5fd8cb1d7b49e1b8c3f0a0e1",
        "member": [
            {"objectType": "Agent", "mbox": "mailto:member.one@example.org"},
            {"objectType": "Agent", "mbox_sha1sum": "0b1c6fbd3e0f7a5e1a9e8c2d4f6b8a0c1e3d5f7a", "name": "Two"},
        ],
    }
    statement["context"]["extensions"] = {"http://example.org/x/contact": {"mbox": "mailto:nested@example.org"}}
    statement["result"]["response"] = "Write to me at someone.else+h5p@mail.example.org please"
    assert _post(client, lesson, statement).status_code == 201

    stored = H5PStatement.objects.get(user=learner).statement
    text = json.dumps(stored)
    assert "@example.org" not in text and "mail.example.org" not in text
    assert "mbox" not in text  # mbox and mbox_sha1sum, at any depth
    assert stored["context"]["instructor"] == {"objectType": "Agent", "name": "Trainer"}
    assert stored["context"]["team"]["name"] == "Rabat team"
    assert stored["context"]["team"]["member"][1] == {"objectType": "Agent", "name": "Two"}
    assert stored["result"]["response"] == "Write to me at [removed] please"
    assert stored["result"]["score"] == statement["result"]["score"]
    assert stored["context"]["contextActivities"] == statement["context"]["contextActivities"]


# Scores and times the server refuses --------------------------------------------------------------


@pytest.mark.parametrize(
    ("refused", "kept", "best"),
    [
        ({"scaled": 1.5}, {"scaled": 1}, 100),
        ({"scaled": -1.01}, {"scaled": -1}, 0),
        ({"raw": 11, "min": 0, "max": 10}, {"raw": 10, "min": 0, "max": 10}, 100),
        ({"raw": -1, "min": 0, "max": 10}, {"raw": 0, "min": 0, "max": 10}, 0),
        # H5P's score for content without questions is 0 of 0: kept, as no score at all.
        ({"raw": 5, "min": 8, "max": 4}, {"raw": 0, "min": 0, "max": 0}, None),
        ({"raw": 1, "max": 1, "scaled": "1"}, {"raw": 1, "max": 1, "scaled": 1}, 100),
        ({"raw": True, "max": 1}, {"raw": 1, "max": 1}, 100),
        ({"scaled": 1e309}, {"scaled": 0.5}, 50),  # json.dumps writes Infinity, which Python's json reads back
    ],
    ids=[
        "scaled-above-1",
        "scaled-below-minus-1",
        "raw-above-max",
        "raw-below-min",
        "min-above-max",
        "text",
        "bool",
        "inf",
    ],
)
def test_a_score_outside_its_range_is_refused_and_one_at_its_edge_kept(client, learner, lesson, refused, kept, best):
    statement = _statement(lesson)
    statement["result"]["score"] = refused
    response = _post(client, lesson, statement)
    assert response.status_code == 400
    assert response.json()["error"]
    assert not H5PStatement.objects.filter(user=learner).exists()
    assert _result(learner, lesson) is None

    statement = _statement(lesson)
    statement["result"]["score"] = kept
    assert _post(client, lesson, statement).status_code == 201
    assert H5PStatement.objects.get(user=learner).score == best


def test_a_timestamp_more_than_five_minutes_ahead_is_refused(client, learner, lesson):
    now = timezone.now()
    late = _statement(lesson)
    late["timestamp"] = (now + timedelta(minutes=6)).isoformat().replace("+00:00", "Z")
    response = _post(client, lesson, late)
    assert response.status_code == 400 and response.json()["error"]
    naive = _statement(lesson)
    naive["timestamp"] = (now + timedelta(hours=2)).replace(tzinfo=None).isoformat()  # read as UTC
    assert _post(client, lesson, naive).status_code == 400
    garbage = _statement(lesson)
    garbage["timestamp"] = "next Tuesday"
    assert _post(client, lesson, garbage).status_code == 400
    assert not H5PStatement.objects.filter(user=learner).exists()

    # A browser clock a little fast, or a statement from yesterday replayed after a weak connection, is fine.
    fast = _statement(lesson)
    fast["timestamp"] = (now + timedelta(minutes=4)).isoformat()
    old = _statement(lesson)
    old["timestamp"] = (now - timedelta(days=1)).isoformat()
    assert _post(client, lesson, fast).status_code == 201
    assert _post(client, lesson, old).status_code == 201
    assert {row.statement["timestamp"] for row in H5PStatement.objects.filter(user=learner)} == {
        fast["timestamp"],
        old["timestamp"],
    }


def test_a_statement_over_64_kb_is_refused_with_a_clear_message(client, learner, lesson):
    """The request limit (300 KB, for the resume state) is not the statement's: 64 KB is, envelope included."""
    big = _statement(lesson)
    big["result"]["response"] = "x" * MAX_STATEMENT_BYTES
    response = _post(client, lesson, big)
    assert response.status_code == 413
    # The learner's language (the test client's is Arabic): "64 كيلوبايت", never the English "KB".
    with translation.override("ar"):
        expected = translation.gettext("This result is larger than %(limit)s KB and cannot be recorded.")
    assert response.json()["error"] == expected % {"limit": 64}
    assert not H5PStatement.objects.filter(user=learner).exists()

    fits = _statement(lesson)
    fits["result"]["response"] = "x" * (MAX_STATEMENT_BYTES - 2048)
    assert _post(client, lesson, fits).status_code == 201


def test_a_learner_stores_at_most_the_daily_number_of_statements(client, learner, course, lesson, settings):
    settings.H5P_STATEMENTS_PER_DAY = 3
    sent = [_statement(lesson, raw=0) for _ in range(3)]
    for statement in sent:
        assert _post(client, lesson, statement).status_code == 201
    refused = _post(client, lesson, _statement(lesson))
    assert refused.status_code == 429
    assert refused.json()["error"] and int(refused["Retry-After"]) >= 3600
    assert H5PStatement.objects.filter(user=learner).count() == 3
    assert not _result(learner, lesson).passed

    # A retry of a statement already stored is not a new one.
    assert _post(client, lesson, sent[0]).status_code == 200
    # Another learner has a cap of their own.
    other = _learner(course, "h5p-daily-other@example.org")
    client.force_login(other)
    assert _post(client, lesson, _statement(lesson)).status_code == 201
    # The cap counts the last 24 hours.
    client.force_login(learner)
    H5PStatement.objects.filter(user=learner).update(stored_at=timezone.now() - timedelta(hours=24, minutes=1))
    assert _post(client, lesson, _statement(lesson)).status_code == 201
    assert _result(learner, lesson).passed


# Refusals ----------------------------------------------------------------------------------------


def test_a_learner_who_is_not_enrolled_is_refused(client, course, lesson):
    outsider = make_user("h5p-outsider@example.org")
    client.force_login(outsider)
    response = _post(client, lesson, _statement(lesson))
    assert response.status_code == 403
    assert not H5PStatement.objects.filter(user=outsider).exists()
    assert _result(outsider, lesson) is None


def test_a_learner_who_left_the_course_is_refused(client, learner, course, lesson):
    progress.leave_course(user=learner, course=course)
    assert _post(client, lesson, _statement(lesson)).status_code == 403
    assert not H5PStatement.objects.filter(user=learner).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, lesson):
    before = H5PStatement.objects.count()
    response = _post(client, lesson, _statement(lesson))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"]
    assert H5PStatement.objects.count() == before


def test_get_is_not_allowed(client, learner, lesson):
    assert client.get(_url(lesson)).status_code == 405


def test_a_post_without_a_csrf_token_is_refused(learner, lesson):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(learner)
    response = _post(csrf_client, lesson, _statement(lesson))
    assert response.status_code == 403
    assert not H5PStatement.objects.filter(user=learner).exists()


def test_a_post_with_the_csrf_token_is_accepted(learner, lesson):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(learner)
    csrf_client.get(lesson.get_url())
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(
        _url(lesson), data=json.dumps(_statement(lesson)), content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 201


@pytest.mark.parametrize("target", ["other_block", "other_lesson", "other_site", "no_object"])
def test_a_statement_about_another_activity_is_refused(client, learner, course, lesson, target):
    other_lesson = _lessons(course)[1]
    statement = _statement(lesson)
    if target == "other_block":
        statement["object"]["id"] = _iri(lesson, "h5p-two")
    elif target == "other_lesson":
        statement["object"]["id"] = _iri(other_lesson)
    elif target == "other_site":
        statement["object"]["id"] = _iri(lesson).replace("http://testserver", "https://evil.example")
    else:
        del statement["object"]
    response = _post(client, lesson, statement)
    assert response.status_code == 400
    assert not H5PStatement.objects.filter(user=learner).exists()
    assert _result(learner, lesson) is None


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[1, 2]", b'"a string"', b'{"verb": 3}'])
def test_unreadable_statements_are_refused(client, learner, lesson, body):
    response = client.post(_url(lesson), data=body, content_type="application/json")
    assert response.status_code == 400
    assert not H5PStatement.objects.filter(user=learner).exists()


def test_an_oversize_statement_is_refused(client, learner, lesson):
    statement = _statement(lesson)
    statement["result"]["response"] = "x" * (400 * 1024)
    assert _post(client, lesson, statement).status_code == 413
    assert not H5PStatement.objects.filter(user=learner).exists()


def test_an_unknown_block_is_not_found(client, learner, lesson):
    statement = _statement(lesson, block_id="no-such-block")
    response = _post(client, lesson, statement, block_id="no-such-block")
    assert response.status_code == 404
    assert not H5PStatement.objects.filter(user=learner).exists()


def test_an_unpublished_lesson_is_not_found(client, learner, lesson):
    lesson.unpublish()
    assert _post(client, lesson, _statement(lesson)).status_code == 404
    assert not H5PStatement.objects.filter(user=learner).exists()


# What counts towards completion ------------------------------------------------------------------


def test_when_the_course_does_not_count_h5p_the_pass_is_kept_but_the_button_completes_the_lesson(
    client, learner, course, lesson
):
    # As an editor does it (published), so that the cached course tree (courses.course_tree) is replaced.
    editable = CoursePage.objects.get(pk=course.pk)
    editable.h5p_counts_towards_completion = False
    editable.save_revision().publish()

    response = _post(client, lesson, _statement(lesson))
    assert response.status_code == 201
    assert response.json()["passed"] and not response.json()["lesson_completed"]
    assert _result(learner, lesson).passed_at is not None
    assert not _lesson_completed(learner, lesson)

    page = client.get(lesson.get_url()).content.decode()
    assert "Mark as complete" in page
    assert client.post(reverse("complete_lesson", args=[lesson.pk])).status_code == 302
    assert _lesson_completed(learner, lesson)


def test_when_the_course_counts_h5p_the_button_is_refused_until_it_is_passed(client, learner, lesson):
    page = client.get(lesson.get_url()).content.decode()
    assert "Mark as complete" not in page
    with pytest.raises(progress.ActivityRequired):
        progress.mark_lesson_complete(user=learner, lesson=lesson)
    client.post(reverse("complete_lesson", args=[lesson.pk]))
    assert not _lesson_completed(learner, lesson)


def test_passing_a_practice_activity_does_not_complete_the_lesson(client, learner, course, package):
    practice = add_h5p_blocks(_lessons(course)[1], h5p_block(package, block_id="practice", required=False))
    response = _post(client, practice, _statement(practice, block_id="practice"), block_id="practice")
    assert response.status_code == 201 and response.json()["passed"]
    assert _result(learner, practice, "practice").passed_at is not None
    assert not _lesson_completed(learner, practice)
    progress.mark_lesson_complete(user=learner, lesson=practice)
    assert _lesson_completed(learner, practice)


@pytest.mark.parametrize("order", ["h5p_first", "quiz_first"])
def test_a_lesson_with_a_required_quiz_and_h5p_completes_when_both_are_passed(client, learner, course, package, order):
    lesson = _lessons(course)[0]
    lesson = add_h5p_blocks(lesson, quiz_block(), h5p_block(package, block_id=BLOCK))

    def pass_h5p():
        assert _post(client, lesson, _statement(lesson)).json()["passed"]

    def pass_quiz():
        client.post(reverse("submit_quiz", args=[lesson.pk, QUIZ_ID]), quiz_post(RIGHT_ANSWERS))

    first, second = (pass_h5p, pass_quiz) if order == "h5p_first" else (pass_quiz, pass_h5p)
    first()
    assert not _lesson_completed(learner, lesson)
    second()
    assert _lesson_completed(learner, lesson)


# Query pin ---------------------------------------------------------------------------------------


def _course_with_h5p_last(slug: str, package, *, modules: int, lessons_per_module: int):
    course = _english_course(slug, modules=modules, lessons_per_module=lessons_per_module)
    lessons = _lessons(course)
    last = add_h5p_blocks(lessons[-1], h5p_block(package, block_id=BLOCK))
    return course, lessons[:-1], last


def _almost_done(email: str, course, done: list[LessonPage]):
    """Enrolled, with a name for the certificate, and every lesson but the last completed."""
    user = _learner(course, email, certificate_name_latin="Test Learner", certificate_name_arabic="")
    now = timezone.now()
    LessonProgress.objects.bulk_create(
        LessonProgress(
            user=user,
            lesson_key=lesson.translation_key,
            course_key=course.translation_key,
            status=LessonStatus.COMPLETED,
            completed_at=now,
        )
        for lesson in done
    )
    return user


def _completing_queries(client, user, lesson, capture) -> int:
    client.force_login(user)
    # Warm the request path (routing, sessions) with a statement that completes nothing.
    assert _post(client, lesson, _statement(lesson, verb="interacted")).status_code == 201
    with CaptureQueriesContext(connection) as queries, capture(execute=True):
        response = _post(client, lesson, _statement(lesson))
    assert response.status_code == 201 and response.json()["course_completed"]
    return len(queries)


def test_completing_a_course_by_h5p_costs_the_same_for_5_and_50_lessons(
    client, package, demo_site, django_capture_on_commit_callbacks
):
    small, small_done, small_last = _course_with_h5p_last("h5p-small", package, modules=1, lessons_per_module=5)
    large, large_done, large_last = _course_with_h5p_last("h5p-large", package, modules=5, lessons_per_module=10)
    assert (len(small_done), len(large_done)) == (4, 49)

    # A first completion warms every per-process cache on the way (content types, the certificate's path).
    warm = _almost_done("h5p-warm@example.org", small, small_done)
    _completing_queries(client, warm, small_last, django_capture_on_commit_callbacks)

    small_user = _almost_done("h5p-small@example.org", small, small_done)
    large_user = _almost_done("h5p-large@example.org", large, large_done)
    small_count = _completing_queries(client, small_user, small_last, django_capture_on_commit_callbacks)
    large_count = _completing_queries(client, large_user, large_last, django_capture_on_commit_callbacks)

    from courses.certificates.models import Certificate

    assert Certificate.objects.filter(user__in=[small_user, large_user]).count() == 2
    print(f"queries to complete a course by H5P: 5 lessons {small_count}, 50 lessons {large_count}")
    assert small_count == large_count


def test_a_learner_posting_results_in_a_loop_is_slowed_down(client, learner, lesson, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"h5p_results": "3/m/user"}
    for _ in range(3):
        assert _post(client, lesson, _statement(lesson, raw=0)).status_code == 201
    refused = _post(client, lesson, _statement(lesson, raw=1))
    assert refused.status_code == 429 and refused["Retry-After"] == "60"
    assert "error" in refused.json()
    assert H5PStatement.objects.filter(user=learner).count() == 3
    assert not _result(learner, lesson).passed


# Valid xAPI, and refusals in the learner's language ----------------------------------------------


def test_every_kind_of_hub_statement_is_recorded_and_stored_as_valid_xapi(client, learner, lesson):
    """What the hub packages send, empty responses and descriptions included (DragQuestion, MarkTheWords,
    InteractiveVideo), is recorded, and every stored statement validates against xAPI 1.0.3."""
    samples = json.loads((Path(__file__).parent / "data" / "h5p_statements.json").read_text())
    for sample in samples:
        statement = json.loads(json.dumps(sample["statement"]).replace("{iri}", _iri(lesson)))
        statement["id"] = str(uuid.uuid4())
        assert _post(client, lesson, statement).status_code == 201, sample["name"]
        # A retry after a lost answer sends the same body again: still a repeat, not a conflict.
        assert _post(client, lesson, statement).status_code == 200, sample["name"]
    stored = list(H5PStatement.objects.filter(user=learner))
    assert len(stored) == len(samples)
    for row in stored:
        assert_valid_xapi(row.statement)


def _arabic(message: str) -> str:
    with translation.override("ar"):
        return translation.gettext(message)


def test_refusals_are_in_the_learners_language(client, learner, course, lesson):
    """Each refusal the page may show is translated (the test client's language is Arabic)."""
    unreadable = client.post(_url(lesson), data=b"{not json", content_type="application/json")
    assert unreadable.status_code == 400
    assert unreadable.json()["error"] == _arabic("This result could not be read.")

    late = _statement(lesson)
    late["timestamp"] = (timezone.now() + timedelta(hours=1)).isoformat()
    refused = _post(client, lesson, late)
    assert refused.status_code == 400
    assert refused.json()["error"] == _arabic("This result could not be read: %(reason)s") % {
        "reason": _arabic("The statement's timestamp is in the future.")
    }

    unknown = _post(client, lesson, _statement(lesson, block_id="gone"), block_id="gone")
    assert unknown.status_code == 404
    assert unknown.json()["error"] == _arabic("This activity no longer exists. Reload the lesson.")

    first = _statement(lesson)
    assert _post(client, lesson, first).status_code == 201
    conflict = _post(client, lesson, {**first, "result": {"score": {"raw": 0, "max": 1}}})
    assert conflict.status_code == 409
    assert conflict.json()["error"] == _arabic("A different result was already recorded with this id.")

    for response in (unreadable, refused, unknown, conflict):
        assert re.search(r"[\u0600-\u06ff]", response.json()["error"]), response.json()["error"]
