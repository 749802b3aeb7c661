"""Reading the xAPI statements that H5P content emits, and making them valid xAPI on our side.

The player's statements are not valid xAPI as sent: the actor is a random id with no home
page, and there is no ``id`` or ``timestamp``. The server owns the envelope: we replace the
actor with the logged-in learner (a stable, opaque account name, never the e-mail address),
set ``authority`` to ourselves, add ``id``, ``timestamp`` and ``stored``, and remove e-mail
addresses wherever else they appear. The body is kept as sent once its score and timestamp
are plausible: a score outside its own range or a timestamp in the future is refused, as an
LRS refuses them. Then it is normalised so that it validates against xAPI 1.0.3, which H5P's
statements do not always do as sent: empty values (DragQuestion's and MarkTheWords' empty
``result.response`` when nothing was chosen, InteractiveVideo's empty description, empty
language maps) are left out, and H5P's ``compound`` interaction type, which xAPI 1.0.3 does not
know, becomes ``other``. Extensions are kept exactly as sent. Nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

VERB_PREFIX = "http://adlnet.gov/expapi/verbs/"
COMPLETION_VERBS = {"completed", "passed", "mastered"}
ANSWERED = "answered"
# Verbs whose score is a result of the whole activity (``interacted`` and ``attempted`` are not).
RESULT_VERBS = COMPLETION_VERBS | {ANSWERED, "failed", "scored"}
# A browser clock may run a little fast; a statement dated further ahead than this is made up.
MAX_CLOCK_SKEW = timedelta(minutes=5)
# The account that vouches for every stored statement: this site, not the browser that sent it.
AUTHORITY_NAME = "lms"
# Inverse functional identifiers that are (or trivially reveal) an e-mail address.
EMAIL_KEYS = {"mbox", "mbox_sha1sum"}
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
EMAIL_REMOVED = "[removed]"
# xAPI 1.0.3's interaction types (Data 2.4.4.1); H5P also sends "compound" for containers.
INTERACTION_TYPES = frozenset(
    ("true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric")
    + ("other",)
)
# Arrays of interaction components whose members must have an id.
COMPONENT_LISTS = ("choices", "scale", "source", "target", "steps")


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
        """``completed``/``passed``/``mastered``, or a top-level ``answered``, with a score at or above the pass mark.

        A statement without a score never passes: ``completed`` alone is one line of JSON anyone can post.
        """
        if not self.is_result or self.verb_name not in COMPLETION_VERBS | {ANSWERED}:
            return False
        return self.score is not None and self.score >= pass_mark


def actor_name(user_id: int) -> str:
    return salted_hmac("courses.h5p.xapi.actor", str(user_id), algorithm="sha256").hexdigest()[:32]


def actor_for(user_id: int, home_page: str) -> dict:
    return {"objectType": "Agent", "account": {"homePage": home_page, "name": actor_name(user_id)}}


def authority_for(home_page: str) -> dict:
    return {"objectType": "Agent", "account": {"homePage": home_page, "name": AUTHORITY_NAME}}


def body_hash(statement: dict) -> str:
    """What makes two posts "the same statement": everything the learner's browser sent except the actor."""
    body = {key: value for key, value in statement.items() if key not in {"actor", "id"}}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _score(result: object) -> int | None:
    """The score as a percentage (0 to 100), or None; a score outside its own range is refused."""
    if result is None:
        return None
    if not isinstance(result, dict):
        raise InvalidStatement(_("The result is not an object."))
    score = result.get("score")
    if score is None:
        return None
    if not isinstance(score, dict):
        raise InvalidStatement(_("The score is not an object."))
    fields = {key: score.get(key) for key in ("scaled", "raw", "min", "max") if score.get(key) is not None}
    if not all(_number(value) for value in fields.values()):
        raise InvalidStatement(_("The score holds something that is not a number."))
    scaled, raw, low, high = (fields.get(key) for key in ("scaled", "raw", "min", "max"))
    if scaled is not None and not -1 <= scaled <= 1:
        raise InvalidStatement(_("The scaled score must be between -1 and 1."))
    if low is not None and high is not None and low > high:
        raise InvalidStatement(_("The score's minimum is above its maximum."))
    if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
        raise InvalidStatement(_("The raw score is outside its minimum and maximum."))
    if scaled is not None:
        fraction = scaled
    elif raw is not None and high is not None and high > 0:
        fraction = raw / high
    else:
        return None
    return max(0, min(100, round(fraction * 100)))


def _check_timestamp(value: object, *, now: datetime) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidStatement(_("The statement's timestamp is not a date and time."))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise InvalidStatement(_("The statement's timestamp is not a date and time.")) from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # xAPI reads a timestamp without an offset as UTC
    if moment > now + MAX_CLOCK_SKEW:
        raise InvalidStatement(_("The statement's timestamp is in the future."))


def without_emails(value: object) -> object:
    """A copy with every e-mail identifier (``mbox``, ``mbox_sha1sum``) dropped and every address in text removed.

    Agents and groups may sit anywhere (``context.instructor``, ``context.team`` and its members,
    ``authority``, a sub-statement's actor); walking the whole statement catches them all.
    """
    if isinstance(value, dict):
        return {key: without_emails(item) for key, item in value.items() if key not in EMAIL_KEYS}
    if isinstance(value, list):
        return [without_emails(item) for item in value]
    if isinstance(value, str) and "@" in value:
        return EMAIL.sub(EMAIL_REMOVED, value)
    return value


def read(statement: object, *, activity_iri: str, now: datetime) -> Reading:
    """Check a statement's shape, score and time, and that it is about this activity; say what it means."""
    if not isinstance(statement, dict):
        raise InvalidStatement(_("A statement must be a JSON object."))
    raw_id = statement.get("id")
    if raw_id is None:
        statement_id = uuid.uuid4()
    else:
        try:
            statement_id = uuid.UUID(str(raw_id))
        except ValueError as error:
            raise InvalidStatement(_("The statement id is not a UUID.")) from error
    verb = statement.get("verb")
    if not isinstance(verb, dict) or not isinstance(verb.get("id"), str) or not verb["id"]:
        raise InvalidStatement(_("The statement has no verb."))
    target = statement.get("object")
    object_id = target.get("id") if isinstance(target, dict) else None
    if not isinstance(object_id, str):
        raise InvalidStatement(_("The statement has no object."))
    is_part = object_id.startswith(f"{activity_iri}?subContentId=")
    if object_id != activity_iri and not is_part:
        raise InvalidStatement(_("The statement is not about this activity."))
    context = statement.get("context")
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    has_parent = isinstance(activities, dict) and bool(activities.get("parent"))
    _check_timestamp(statement.get("timestamp"), now=now)
    return Reading(
        statement_id=statement_id,
        verb=verb["id"][:255],
        top_level=not (is_part or has_parent),
        score=_score(statement.get("result")),
    )


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == {} or value == []


def _without_empty_values(value: object) -> object:
    """A copy without empty strings, objects, arrays or nulls, at any depth; extensions are kept as sent."""
    if isinstance(value, dict):
        kept = {}
        for key, item in value.items():
            item = item if key == "extensions" else _without_empty_values(item)
            if not _is_empty(item):
                kept[key] = item
        return kept
    if isinstance(value, list):
        return [item for item in (_without_empty_values(item) for item in value) if not _is_empty(item)]
    return value


def _with_known_interaction_type(definition: dict) -> None:
    kind = definition.get("interactionType")
    if kind is not None and kind not in INTERACTION_TYPES:
        definition["interactionType"] = "other"
    for key in COMPONENT_LISTS:
        # A component without an id is not one (and an empty description has already gone).
        if isinstance(definition.get(key), list):
            definition[key] = [item for item in definition[key] if isinstance(item, dict) and item.get("id")]
            if not definition[key]:
                del definition[key]


def _activities(statement: dict):
    """Every activity in a statement: its object, context activities and a sub-statement's."""
    target = statement.get("object")
    if isinstance(target, dict):
        yield target
        if target.get("objectType") == "SubStatement":
            yield from _activities(target)
    context = statement.get("context")
    groups = context.get("contextActivities") if isinstance(context, dict) else None
    if isinstance(groups, dict):
        for group in groups.values():
            yield from (group if isinstance(group, list) else [group])


def normalised(statement: dict) -> dict:
    """The statement made valid xAPI 1.0.3 without changing what it says (see the module's docstring)."""
    statement = _without_empty_values(statement)
    for activity in _activities(statement):
        if isinstance(activity, dict) and isinstance(activity.get("definition"), dict):
            _with_known_interaction_type(activity["definition"])
            if not activity["definition"]:
                del activity["definition"]
    return statement


def as_stored(statement: dict, *, reading: Reading, actor: dict, authority: dict, stored: datetime) -> dict:
    """The statement as we keep it: our envelope around the sent body, without e-mail addresses, valid xAPI."""
    stamped = stored.isoformat().replace("+00:00", "Z")
    return {
        **normalised(without_emails(statement)),
        "id": str(reading.statement_id),
        "actor": actor,
        "authority": authority,
        "timestamp": statement.get("timestamp") or stamped,
        "stored": stamped,
    }


def stored_size(statement: dict) -> int:
    """Bytes of the statement as the database keeps it (compact JSON, UTF-8)."""
    return len(json.dumps(statement, separators=(",", ":"), ensure_ascii=False).encode())
