"""Reading the xAPI statements that H5P content emits, and making them valid xAPI on our side.

The player's statements are not valid xAPI as sent: the actor is a random id with no home
page, and there is no ``id`` or ``timestamp``. We replace the actor with the logged-in learner
(a stable, opaque account name, never the e-mail address), add ``id``, ``timestamp`` and
``stored``, and keep the rest as sent. Nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.utils.crypto import salted_hmac

VERB_PREFIX = "http://adlnet.gov/expapi/verbs/"
COMPLETION_VERBS = {"completed", "passed", "mastered"}
ANSWERED = "answered"
# Verbs whose score is a result of the whole activity (``interacted`` and ``attempted`` are not).
RESULT_VERBS = COMPLETION_VERBS | {ANSWERED, "failed", "scored"}


class InvalidStatement(ValueError):
    pass


@dataclass(frozen=True)
class Reading:
    statement_id: uuid.UUID
    verb: str
    top_level: bool
    score: int | None

    @property
    def verb_name(self) -> str:
        return self.verb.removeprefix(VERB_PREFIX)

    @property
    def is_result(self) -> bool:
        """A top-level statement that reports how the learner did in the whole activity."""
        return self.top_level and self.verb_name in RESULT_VERBS

    def passes(self, pass_mark: int) -> bool:
        """``completed``/``passed``/``mastered``, or a top-level ``answered``, at or above the pass mark."""
        if not self.is_result or self.verb_name not in COMPLETION_VERBS | {ANSWERED}:
            return False
        if self.score is None:
            return self.verb_name != ANSWERED
        return self.score >= pass_mark


def actor_name(user_id: int) -> str:
    return salted_hmac("courses.h5p.xapi.actor", str(user_id), algorithm="sha256").hexdigest()[:32]


def actor_for(user_id: int, home_page: str) -> dict:
    return {"objectType": "Agent", "account": {"homePage": home_page, "name": actor_name(user_id)}}


def body_hash(statement: dict) -> str:
    """What makes two posts "the same statement": everything the learner's browser sent except the actor."""
    body = {key: value for key, value in statement.items() if key not in {"actor", "id"}}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _score(result: object) -> int | None:
    if not isinstance(result, dict) or not isinstance(result.get("score"), dict):
        return None
    score = result["score"]
    scaled = score.get("scaled")
    if isinstance(scaled, int | float) and not isinstance(scaled, bool):
        fraction = scaled
    else:
        raw, maximum = score.get("raw"), score.get("max")
        if not all(isinstance(value, int | float) and not isinstance(value, bool) for value in (raw, maximum)):
            return None
        if maximum <= 0:
            return None
        fraction = raw / maximum
    return max(0, min(100, round(fraction * 100)))


def read(statement: object, *, activity_iri: str) -> Reading:
    """Check a statement's shape and that it is about this activity; say what it means for completion."""
    if not isinstance(statement, dict):
        raise InvalidStatement("A statement must be a JSON object.")
    raw_id = statement.get("id")
    if raw_id is None:
        statement_id = uuid.uuid4()
    else:
        try:
            statement_id = uuid.UUID(str(raw_id))
        except ValueError as error:
            raise InvalidStatement("The statement id is not a UUID.") from error
    verb = statement.get("verb")
    if not isinstance(verb, dict) or not isinstance(verb.get("id"), str) or not verb["id"]:
        raise InvalidStatement("The statement has no verb.")
    target = statement.get("object")
    object_id = target.get("id") if isinstance(target, dict) else None
    if not isinstance(object_id, str):
        raise InvalidStatement("The statement has no object.")
    is_part = object_id.startswith(f"{activity_iri}?subContentId=")
    if object_id != activity_iri and not is_part:
        raise InvalidStatement("The statement is not about this activity.")
    context = statement.get("context")
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    has_parent = isinstance(activities, dict) and bool(activities.get("parent"))
    return Reading(
        statement_id=statement_id,
        verb=verb["id"][:255],
        top_level=not (is_part or has_parent),
        score=_score(statement.get("result")),
    )


def as_stored(statement: dict, *, reading: Reading, actor: dict, stored: datetime) -> dict:
    stamped = stored.isoformat().replace("+00:00", "Z")
    return {
        **statement,
        "id": str(reading.statement_id),
        "actor": actor,
        "timestamp": statement.get("timestamp") or stamped,
        "stored": stamped,
    }
