"""Checking statements against the xAPI 1.0.3 statement model (ralph-malph's BaseXapiStatement, a test dependency).

A test that stores statements can end with
``for row in H5PStatement.objects.all(): assert_valid_xapi(row.statement)``; the browser tests do it for
every statement the hub packages produce.
"""

from __future__ import annotations

import json

from pydantic import ValidationError
from ralph.models.xapi.base.statements import BaseXapiStatement

# What we add to every stored statement, beyond what the model requires.
ENVELOPE = ("id", "actor", "authority", "timestamp", "stored")


def xapi_errors(statement: dict) -> list[str]:
    """Why the statement is not valid xAPI 1.0.3 as we store it; empty when it is."""
    errors = [f"{key}: missing" for key in ENVELOPE if key not in statement]
    try:
        BaseXapiStatement.model_validate(statement)
    except ValidationError as error:
        errors += [f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors()]
    return errors


def assert_valid_xapi(statement: dict) -> None:
    if errors := xapi_errors(statement):
        raise AssertionError(
            "Not a valid xAPI 1.0.3 statement:\n  "
            + "\n  ".join(errors)
            + "\n"
            + json.dumps(statement, indent=1, ensure_ascii=False)
        )
