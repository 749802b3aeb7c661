"""Stored statements are valid xAPI 1.0.3: what the hub packages send (tests/h5p/data/h5p_statements.json, written
after their libraries' getXAPIData code), empty responses and descriptions included, validates once normalised."""

import copy
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from courses.h5p import xapi
from tests.h5p.xapi_validation import assert_valid_xapi, xapi_errors

HOME = "https://academy.example.org"
IRI = f"{HOME}/h5p/activities/{uuid.UUID(int=1)}/h5p-one"
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SAMPLES = json.loads((Path(__file__).parent / "data" / "h5p_statements.json").read_text())


def _sent(sample: dict) -> dict:
    """The statement as the player posts it, about this activity."""
    return json.loads(json.dumps(sample["statement"]).replace("{iri}", IRI))


def _stored(statement: dict) -> dict:
    reading = xapi.read(statement, activity_iri=IRI, now=NOW)
    return xapi.as_stored(
        statement,
        reading=reading,
        actor=xapi.actor_for(7, HOME),
        authority=xapi.authority_for(HOME),
        stored=NOW,
    )


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample["name"])
def test_every_kind_of_hub_statement_is_stored_as_valid_xapi(sample):
    assert_valid_xapi(_stored(_sent(sample)))


@pytest.mark.parametrize(
    "sample", [sample for sample in SAMPLES if "empty" in sample["name"]], ids=lambda sample: sample["name"]
)
def test_the_empty_cases_would_not_validate_as_sent(sample):
    """The validator can fail: the same statement in our envelope, without normalisation, is refused."""
    sent = _sent(sample)
    reading = xapi.read(sent, activity_iri=IRI, now=NOW)
    envelope = {"id": str(reading.statement_id), "actor": xapi.actor_for(7, HOME)}
    envelope |= {"authority": xapi.authority_for(HOME), "timestamp": "2026-11-30T12:00:00Z"}
    raw = {**sent, **envelope, "stored": "2026-11-30T12:00:00Z"}
    assert xapi_errors(raw)


def test_normalising_leaves_out_empty_values_and_keeps_the_rest():
    sent = _sent(next(sample for sample in SAMPLES if sample["name"].startswith("DragQuestion answered with")))
    stored = _stored(sent)
    assert "response" not in stored["result"]
    assert stored["result"]["score"] == sent["result"]["score"]  # a score of 0 is not empty
    assert stored["result"]["success"] is False  # nor is false
    assert stored["object"]["definition"]["source"] == sent["object"]["definition"]["source"]
    assert stored["context"] == sent["context"]


def test_an_empty_description_goes_and_compound_becomes_other():
    sent = _sent(next(sample for sample in SAMPLES if sample["name"].startswith("InteractiveVideo answered")))
    definition = _stored(sent)["object"]["definition"]
    assert "description" not in definition
    assert definition["interactionType"] == "other"
    assert definition["name"] == {"en-US": "Interactive Video"}


def test_a_language_map_loses_its_empty_entries_only():
    statement = {
        "verb": {"id": xapi.VERB_PREFIX + "attempted", "display": {"en-US": "attempted", "fr": ""}},
        "object": {"id": IRI, "definition": {"name": {"en-US": "", "ar": "نشاط"}, "description": {"en-US": None}}},
    }
    stored = _stored(statement)
    assert stored["verb"]["display"] == {"en-US": "attempted"}
    assert stored["object"]["definition"] == {"name": {"ar": "نشاط"}}
    assert_valid_xapi(stored)


def test_extensions_are_kept_exactly_as_sent():
    extensions = {"http://example.org/empty": "", "http://example.org/nothing": {}, "http://example.org/none": None}
    statement = {
        "verb": {"id": xapi.VERB_PREFIX + "interacted"},
        "object": {"id": IRI, "definition": {"extensions": copy.deepcopy(extensions)}},
        "context": {"extensions": copy.deepcopy(extensions)},
        "result": {"response": "", "extensions": copy.deepcopy(extensions)},
    }
    stored = _stored(statement)
    assert stored["object"]["definition"]["extensions"] == extensions
    assert stored["context"]["extensions"] == extensions
    assert stored["result"] == {"extensions": extensions}
    assert_valid_xapi(stored)


def test_a_statement_that_is_not_valid_is_reported():
    errors = xapi_errors({"verb": {"id": "not an iri"}, "object": {"id": IRI}})
    assert any(error.startswith("actor") for error in errors)
    assert "id: missing" in errors
    with pytest.raises(AssertionError, match=r"Not a valid xAPI 1\.0\.3 statement"):
        assert_valid_xapi({"verb": {"id": "x"}})
