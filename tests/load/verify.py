"""Load test, step 3: every acknowledged write is stored exactly once, and every completion has its certificate.

Locust (tests/load/locustfile.py) appends each write the server acknowledged to a JSON-lines file. Here
the database is read for the load learners (tests/load/prepare.py) and compared with that file:

- an H5P statement: exactly one row with its statement id, the learner's;
- a quiz submission: exactly one attempt with its submission id, the learner's;
- "Mark as complete": exactly one progress row for the learner and lesson, completed;
- an H5P state: exactly one row for the learner and block, holding the last state acknowledged;
- a reflection: exactly one note for the learner and block, holding the last text acknowledged;
- a finished course: the learner's enrolment completed.

And for every load learner whose enrolment is completed: exactly one current certificate, whose PDF
(rendered by the db_worker) exists in private storage. Rows stored without an acknowledgement (a
response lost after the write) are counted, not failed: the learner never saw them acknowledged.

``compare`` holds the rules on plain data, so they are tested without a database (test_verify.py).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Stored:
    """What the database holds for the load learners, as plain data (keys use e-mail addresses)."""

    statements: dict[str, list[str]] = field(default_factory=dict)  # statement id → owners of its rows
    attempts: dict[tuple[str, str], int] = field(default_factory=dict)  # (user, submission id) → rows
    progress: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (user, lesson) → statuses
    states: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)  # (user, lesson, block) → ETags
    notes: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)  # (user, lesson, block) → texts
    completed: set[tuple[str, str]] = field(default_factory=set)  # (user, course) with completed_at
    certificates: dict[tuple[str, str], list[bool]] = field(default_factory=dict)  # → PDF exists, per current one


@dataclass
class Result:
    acknowledged: Counter = field(default_factory=Counter)  # kind → acknowledged writes (retries included)
    distinct: Counter = field(default_factory=Counter)  # kind → distinct writes
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    unacknowledged: int = 0  # statements stored whose acknowledgement never arrived
    certificates_expected: int = 0
    certificates_ok: int = 0
    certificate_problems: list[str] = field(default_factory=list)

    @property
    def exactly_once(self) -> bool:
        return not self.lost and not self.duplicated

    def as_dict(self) -> dict:
        return {
            "acknowledged": dict(self.acknowledged),
            "distinct": dict(self.distinct),
            "lost": self.lost,
            "duplicated": self.duplicated,
            "unacknowledged": self.unacknowledged,
            "certificates_expected": self.certificates_expected,
            "certificates_ok": self.certificates_ok,
            "certificate_problems": self.certificate_problems,
            "exactly_once": self.exactly_once,
        }


def state_etag(data: str) -> str:
    return f'"{hashlib.sha256(data.encode()).hexdigest()}"'


def read_writes(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _once(rows: int, what: str, result: Result) -> bool:
    if rows == 0:
        result.lost.append(what)
    elif rows > 1:
        result.duplicated.append(f"{what} ({rows} rows)")
    return rows == 1


def compare(writes: list[dict], stored: Stored) -> Result:
    """Each acknowledged write against the stored rows (the last acknowledged value wins, as for a learner)."""
    result = Result()
    last_state: dict[tuple, str] = {}
    last_note: dict[tuple, str] = {}
    seen: dict[str, set] = {}
    for write in writes:
        kind, user = write["kind"], write["user"]
        result.acknowledged[kind] += 1
        if kind == "statement":
            key = write["id"]
        elif kind == "quiz":
            key = (user, write["id"])
        elif kind == "complete":
            key = (user, write["lesson"])
        elif kind in ("state", "reflection"):
            key = (user, write["lesson"], write["block"])
            (last_state if kind == "state" else last_note)[key] = write["etag" if kind == "state" else "text"]
        elif kind == "course":
            key = (user, write["course"])
        else:
            raise ValueError(f"Unknown write kind: {kind}")
        seen.setdefault(kind, set()).add((key, user))
    for kind, keys in seen.items():
        result.distinct[kind] = len(keys)
        for key, user in sorted(keys, key=repr):
            if kind == "statement":
                owners = stored.statements.get(key, [])
                if _once(len(owners), f"statement {key}", result) and owners[0] != user:
                    result.lost.append(f"statement {key} stored for {owners[0]}, not {user}")
            elif kind == "quiz":
                _once(stored.attempts.get(key, 0), f"quiz attempt {key}", result)
            elif kind == "complete":
                statuses = stored.progress.get(key, [])
                if _once(len(statuses), f"lesson progress {key}", result) and statuses[0] != "completed":
                    result.lost.append(f"lesson {key} acknowledged complete but {statuses[0]}")
            elif kind == "state":
                etags = stored.states.get(key, [])
                if _once(len(etags), f"H5P state {key}", result) and etags[0] != last_state[key]:
                    result.lost.append(f"H5P state {key} is not the last one acknowledged")
            elif kind == "reflection":
                texts = stored.notes.get(key, [])
                if _once(len(texts), f"reflection {key}", result) and texts[0] != last_note[key]:
                    result.lost.append(f"reflection {key} is not the last text acknowledged")
            elif kind == "course" and key not in stored.completed:
                result.lost.append(f"course {key} acknowledged finished but not completed")
    acknowledged_statements = {key for key, _user in seen.get("statement", set())}
    result.unacknowledged = len(set(stored.statements) - acknowledged_statements)
    for key in sorted(stored.completed):
        result.certificates_expected += 1
        pdfs = stored.certificates.get(key, [])
        if len(pdfs) != 1:
            result.certificate_problems.append(f"{key}: {len(pdfs)} current certificates")
        elif not pdfs[0]:
            result.certificate_problems.append(f"{key}: certificate issued, PDF not rendered")
        else:
            result.certificates_ok += 1
    return result


def read_stored() -> Stored:
    """The load learners' rows (Django must be set up)."""
    from courses.certificates.models import Certificate
    from courses.h5p.models import H5PState, H5PStatement
    from courses.progress.models import Enrolment, LessonProgress, QuizAttempt, ReflectionNote
    from lms.private_storage import private_storage
    from tests.load.prepare import load_learners

    users = load_learners()
    stored = Stored()
    for statement_id, email in H5PStatement.objects.filter(user__in=users).values_list("statement_id", "user__email"):
        stored.statements.setdefault(str(statement_id), []).append(email)
    for email, submission in QuizAttempt.objects.filter(user__in=users).values_list("user__email", "submission_id"):
        key = (email, str(submission))
        stored.attempts[key] = stored.attempts.get(key, 0) + 1
    for email, lesson, status in LessonProgress.objects.filter(user__in=users).values_list(
        "user__email", "lesson_key", "status"
    ):
        stored.progress.setdefault((email, str(lesson)), []).append(status)
    for email, lesson, block, data in H5PState.objects.filter(user__in=users).values_list(
        "user__email", "lesson_key", "block_id", "data"
    ):
        stored.states.setdefault((email, str(lesson), block), []).append(state_etag(data))
    for email, lesson, block, text in ReflectionNote.objects.filter(user__in=users).values_list(
        "user__email", "lesson_key", "block_id", "text"
    ):
        stored.notes.setdefault((email, str(lesson), block), []).append(text)
    stored.completed = {
        (email, str(course))
        for email, course in Enrolment.objects.filter(user__in=users, completed_at__isnull=False).values_list(
            "user__email", "course_key"
        )
    }
    storage = private_storage()
    for email, course, pdf in (
        Certificate.objects.current().filter(user__in=users).values_list("user__email", "course_key", "pdf")
    ):
        stored.certificates.setdefault((email, str(course)), []).append(bool(pdf) and storage.exists(pdf))
    return stored


def wait_for_queue(timeout: int) -> float | None:
    """Seconds until the db_worker has no certificate PDF left to render (None without a database queue)."""
    import time

    from django.conf import settings

    if "django_tasks_db" not in settings.INSTALLED_APPS:
        return None  # tasks run at once (development): nothing is queued
    from django_tasks_db.models import DBTaskResult

    started = time.monotonic()
    pending = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"], task_path__contains="render_certificate_pdf")
    while pending.exists() and time.monotonic() - started < timeout:
        time.sleep(1)
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    import argparse

    from tests.load.prepare import _setup_django

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=Path, required=True)
    parser.add_argument("--out", type=Path, help="where to write the result as JSON")
    parser.add_argument("--drain-timeout", type=int, default=0, help="wait this long for the PDFs to render first")
    args = parser.parse_args(argv)
    _setup_django()
    drain = wait_for_queue(args.drain_timeout) if args.drain_timeout else None
    result = compare(read_writes(args.writes), read_stored())
    if args.out:
        args.out.write_text(json.dumps({**result.as_dict(), "drain_seconds": drain}, indent=1))
    for problem in (result.lost + result.duplicated + result.certificate_problems)[:20]:
        print("verify:", problem)
    return 0 if result.exactly_once and not result.certificate_problems else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
