"""Reads for the learner's own evidence: their before and after for one course, per topic, compared only on
the questions both checks asked (an editor may have changed the check in between).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from courses.evidence import checks
from courses.evidence.models import CheckAttempt, Phase
from lms.accounts.models import User


@dataclass(frozen=True)
class TopicRow:
    topic: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class ConfidenceRow:
    statement: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class BeforeAfter:
    before: int | None  # percent right on the shared questions; None when that phase was not taken
    after: int | None
    shared_questions: int
    questions_changed: bool  # the two checks did not ask exactly the same questions
    topics: list[TopicRow]
    confidence: list[ConfidenceRow]

    @property
    def gain(self) -> int | None:
        return None if self.before is None or self.after is None else self.after - self.before


def took_check(*, user: User, course_key: uuid.UUID, phase: Phase | str) -> bool:
    """Whether the learner answered the course's check at this phase (skipping it is not answering)."""
    return CheckAttempt.objects.filter(user=user, course_key=course_key, phase=phase).exists()


def _percent(correct: set[str], asked: set[str]) -> int | None:
    return round(100 * len(correct & asked) / len(asked)) if asked else None


def before_after(*, user: User, course_key: uuid.UUID, language: str | None = None) -> BeforeAfter | None:
    """The learner's own comparison; None when they have taken neither check."""
    attempts = {attempt.phase: attempt for attempt in CheckAttempt.objects.for_user(user).in_course(course_key)}
    if not attempts:
        return None
    pre, post = attempts.get(Phase.PRE), attempts.get(Phase.POST)
    asked = [set(attempt.question_ids) for attempt in (pre, post) if attempt]
    shared = set.intersection(*asked)
    check = checks.check_for(course_key, language=language)
    topic_of = checks.topics(check) if check else {}
    texts = {statement.id: statement.text for statement in checks.statements(check)} if check else {}
    ordered_topics = list(dict.fromkeys(topic_of[qid] for qid in topic_of if qid in shared))

    def score(attempt, ids):
        return _percent(set(attempt.correct_question_ids), ids) if attempt else None

    topics = [
        TopicRow(
            topic=topic,
            before=score(pre, {qid for qid in shared if topic_of.get(qid) == topic}),
            after=score(post, {qid for qid in shared if topic_of.get(qid) == topic}),
        )
        for topic in ordered_topics
    ]
    confidence = [
        ConfidenceRow(
            statement=text,
            before=pre.confidence.get(statement_id) if pre else None,
            after=post.confidence.get(statement_id) if post else None,
        )
        for statement_id, text in texts.items()
        if (pre and statement_id in pre.confidence) or (post and statement_id in post.confidence)
    ]
    return BeforeAfter(
        before=score(pre, shared),
        after=score(post, shared),
        shared_questions=len(shared),
        questions_changed=len(asked) == 2 and asked[0] != asked[1],
        topics=topics,
        confidence=confidence,
    )
