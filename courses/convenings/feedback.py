"""Feedback after a session: who may give it, the one write that stores it, and the organisers' report.

A learner marked present or late at a session that has ended answers three questions (how useful, 1–5;
what they will apply; a comment). One answer per learner and session: answering again replaces it, so a
form sent twice changes nothing. The session's organisers and programme managers read the report on the
session's trainer page: how many answered, and, from ``MINIMUM_ANSWERS`` answers on, the average, the
spread of the scores and the texts, never with names and in an order that does not follow who answered
first. Below that threshold only the number of answers is shown, so that a trainer cannot match an answer
to one of the three people who came. The report costs the same few queries whatever the number of answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Avg, Count, Exists, OuterRef
from django.utils import timezone

from courses.convenings.models import ATTENDED, Attendance, Session, SessionFeedback
from lms.accounts.models import User

__all__ = [
    "MINIMUM_ANSWERS",
    "FeedbackRefused",
    "FeedbackReport",
    "awaiting_feedback",
    "can_give_feedback",
    "give_feedback",
    "own_feedback",
    "report",
]

MINIMUM_ANSWERS = 5  # below this, the report shows the count only
ASKED_FOR = timedelta(days=30)  # how long after a session the dashboard keeps asking
TEXT_LIMIT = 2000


class FeedbackRefused(Exception):
    """The learner may not answer for this session: it has not ended, or they did not attend it."""

    NOT_ENDED = "not_ended"
    NOT_ATTENDED = "not_attended"

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def refuse_feedback(*, user: User, session: Session, now=None) -> None:
    if session.ends_at > (now or timezone.now()):
        raise FeedbackRefused(FeedbackRefused.NOT_ENDED)
    if not Attendance.objects.filter(session=session, user=user, status__in=ATTENDED).exists():
        raise FeedbackRefused(FeedbackRefused.NOT_ATTENDED)


def can_give_feedback(*, user: User, session: Session, now=None) -> bool:
    try:
        refuse_feedback(user=user, session=session, now=now)
    except FeedbackRefused:
        return False
    return True


def give_feedback(
    *, user: User, session: Session, usefulness: int, will_apply: str = "", comment: str = "", now=None
) -> SessionFeedback:
    """Store (or replace) the learner's answer. Raises ``FeedbackRefused``, or ``ValueError`` for a score
    outside 1–5."""
    if not 1 <= int(usefulness) <= 5:
        raise ValueError("usefulness must be from 1 to 5")
    refuse_feedback(user=user, session=session, now=now)
    answer, _created = SessionFeedback.objects.update_or_create(
        session=session,
        user=user,
        defaults={
            "usefulness": int(usefulness),
            "will_apply": will_apply.strip()[:TEXT_LIMIT],
            "comment": comment.strip()[:TEXT_LIMIT],
        },
    )
    return answer


def own_feedback(*, user: User, session: Session) -> SessionFeedback | None:
    return SessionFeedback.objects.filter(session=session, user=user).first()


def awaiting_feedback(user: User, *, now=None, limit: int = 3) -> list[Session]:
    """Sessions that ended in the last 30 days, that the learner attended and has not answered for, most
    recent first. One query."""
    if not user.is_authenticated:
        return []
    now = now or timezone.now()
    attended = Attendance.objects.filter(session=OuterRef("pk"), user=user, status__in=ATTENDED)
    answered = SessionFeedback.objects.filter(session=OuterRef("pk"), user=user)
    return list(
        Session.objects.filter(ends_at__lte=now, ends_at__gt=now - ASKED_FOR)
        .filter(Exists(attended))
        .exclude(Exists(answered))
        .order_by("-ends_at", "-pk")[:limit]
    )


# --- The organisers' report -----------------------------------------------------------------------


@dataclass
class FeedbackReport:
    answers: int
    attended: int
    shown: bool  # False when fewer than MINIMUM_ANSWERS answered: the figures and texts are held back
    average: float | None = None
    spread: list[tuple[int, int]] = field(default_factory=list)  # (score, answers), 5 down to 1
    will_apply: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def minimum(self) -> int:
        return MINIMUM_ANSWERS


def report(session: Session) -> FeedbackReport:
    """What the organisers see. Three queries (two below the threshold), whatever the number of answers."""
    answers = SessionFeedback.objects.for_session(session)
    totals = answers.aggregate(answers=Count("pk"), average=Avg("usefulness"))
    attended = Attendance.objects.filter(session=session, status__in=ATTENDED).count()
    count = totals["answers"]
    if count < MINIMUM_ANSWERS:
        return FeedbackReport(answers=count, attended=attended, shown=False)
    scores = dict.fromkeys(range(5, 0, -1), 0)
    will_apply, comments = [], []
    # Ordered by the text itself, not by time or learner, so that the list gives nobody away.
    for usefulness, applying, comment in answers.order_by().values_list("usefulness", "will_apply", "comment"):
        scores[usefulness] += 1
        if applying:
            will_apply.append(applying)
        if comment:
            comments.append(comment)
    return FeedbackReport(
        answers=count,
        attended=attended,
        shown=True,
        average=round(totals["average"], 1),
        spread=list(scores.items()),
        will_apply=sorted(will_apply, key=str.casefold),
        comments=sorted(comments, key=str.casefold),
    )
