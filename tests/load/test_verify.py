"""The load test's exactly-once rules (tests/load/verify.py), on plain data: no database, no Locust."""

import pytest

from tests.load.run import loopback_only, seconds
from tests.load.verify import Stored, compare, state_etag

ANA, BEN = "load-0001@example.org", "load-0002@example.org"
LESSON, COURSE = "lesson-key", "course-key"


def test_every_kind_stored_once_is_exactly_once():
    writes = [
        {"kind": "statement", "user": ANA, "id": "s1", "lesson": LESSON, "block": "b"},
        {"kind": "quiz", "user": ANA, "id": "q1", "lesson": LESSON, "passed": True},
        {"kind": "complete", "user": ANA, "lesson": LESSON},
        {"kind": "state", "user": ANA, "lesson": LESSON, "block": "b", "etag": state_etag("one")},
        {"kind": "state", "user": ANA, "lesson": LESSON, "block": "b", "etag": state_etag("two")},
        {"kind": "reflection", "user": ANA, "lesson": LESSON, "block": "r", "text": "last"},
        {"kind": "course", "user": ANA, "course": COURSE},
    ]
    stored = Stored(
        statements={"s1": [ANA]},
        attempts={(ANA, "q1"): 1},
        progress={(ANA, LESSON): ["completed"]},
        states={(ANA, LESSON, "b"): [state_etag("two")]},
        notes={(ANA, LESSON, "r"): ["last"]},
        completed={(ANA, COURSE)},
        certificates={(ANA, COURSE): [True]},
    )
    result = compare(writes, stored)
    assert result.exactly_once, (result.lost, result.duplicated)
    assert result.distinct["state"] == 1 and result.acknowledged["state"] == 2
    assert (result.certificates_expected, result.certificates_ok, result.certificate_problems) == (1, 1, [])


def test_a_missing_row_is_lost_and_two_rows_are_duplicated():
    writes = [
        {"kind": "statement", "user": ANA, "id": "s1", "lesson": LESSON, "block": "b"},
        {"kind": "quiz", "user": ANA, "id": "q1", "lesson": LESSON, "passed": True},
    ]
    result = compare(writes, Stored(statements={}, attempts={(ANA, "q1"): 2}))
    assert result.lost == ["statement s1"]
    assert result.duplicated == [f"quiz attempt {(ANA, 'q1')!r} (2 rows)"]
    assert not result.exactly_once


def test_a_statement_stored_for_another_learner_is_lost():
    writes = [{"kind": "statement", "user": ANA, "id": "s1", "lesson": LESSON, "block": "b"}]
    result = compare(writes, Stored(statements={"s1": [BEN]}))
    assert result.lost == [f"statement s1 stored for {BEN}, not {ANA}"]


def test_an_older_state_or_note_than_the_last_acknowledged_is_lost():
    writes = [
        {"kind": "state", "user": ANA, "lesson": LESSON, "block": "b", "etag": state_etag("one")},
        {"kind": "state", "user": ANA, "lesson": LESSON, "block": "b", "etag": state_etag("two")},
        {"kind": "reflection", "user": ANA, "lesson": LESSON, "block": "r", "text": "first"},
        {"kind": "reflection", "user": ANA, "lesson": LESSON, "block": "r", "text": "second"},
    ]
    stored = Stored(states={(ANA, LESSON, "b"): [state_etag("one")]}, notes={(ANA, LESSON, "r"): ["first"]})
    assert len(compare(writes, stored).lost) == 2


def test_a_lesson_acknowledged_complete_but_in_progress_is_lost():
    writes = [{"kind": "complete", "user": ANA, "lesson": LESSON}]
    result = compare(writes, Stored(progress={(ANA, LESSON): ["in_progress"]}))
    assert result.lost == [f"lesson {(ANA, LESSON)!r} acknowledged complete but in_progress"]


def test_a_finished_course_needs_its_completion_and_one_rendered_certificate():
    writes = [{"kind": "course", "user": ANA, "course": COURSE}, {"kind": "course", "user": BEN, "course": COURSE}]
    stored = Stored(completed={(BEN, COURSE), ("load-0003@example.org", COURSE)})
    stored.certificates = {(BEN, COURSE): [False], ("load-0003@example.org", COURSE): [True, True]}
    result = compare(writes, stored)
    assert result.lost == [f"course {(ANA, COURSE)!r} acknowledged finished but not completed"]
    assert result.certificates_expected == 2 and result.certificates_ok == 0
    assert len(result.certificate_problems) == 2


def test_statements_stored_without_an_acknowledgement_are_counted_not_failed():
    result = compare([], Stored(statements={"s9": [ANA]}))
    assert result.exactly_once and result.unacknowledged == 1


@pytest.mark.parametrize("host", ["http://10.0.0.5:8443", "https://example.org", "ftp://127.0.0.1"])
def test_the_load_test_refuses_any_host_but_this_machine(host):
    with pytest.raises(SystemExit):
        loopback_only(host)


def test_the_load_test_accepts_loopback_hosts_and_bounded_durations():
    assert loopback_only("https://127.0.0.1:8443/") == "https://127.0.0.1:8443"
    assert loopback_only("http://localhost:8100") == "http://localhost:8100"
    assert seconds("60s") == 60 and seconds("2m") == 120
    with pytest.raises(SystemExit):
        seconds("2h")
