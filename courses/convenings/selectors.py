"""Reads for convenings: the upcoming sessions a learner is invited to, each with their registration,
and one session as its page shows it.

A learner finds a session only through ``Session.objects.inviting``: a session they are not invited to
is not found (404), whatever id is typed. The list costs the same number of queries whatever its length
(the places taken are counted in the session query, the learner's registrations read in one more).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from django.http import Http404

from courses.convenings.models import Registration, RegistrationStatus, Session
from lms.accounts.models import User
from lms.languages.calendar import TIME_ZONE_CHOICES, time_zone_for

ZONE_LABELS = dict(TIME_ZONE_CHOICES)


@dataclass
class SessionCard:
    session: Session
    registration: Registration | None
    taken: int  # places taken (registered learners)
    line: int | None = None  # the learner's place in the waiting list (1 = next), on the session page only

    @property
    def status(self) -> str:
        return self.registration.status if self.registration else ""

    @property
    def is_registered(self) -> bool:
        return self.status == RegistrationStatus.REGISTERED

    @property
    def is_waiting(self) -> bool:
        return self.status == RegistrationStatus.WAITING

    @property
    def places_left(self) -> int | None:
        if self.session.capacity is None:
            return None
        return max(self.session.capacity - self.taken, 0)

    @property
    def is_full(self) -> bool:
        return self.places_left == 0


def _with_taken(sessions):
    return sessions.annotate(
        taken=Count("registrations", filter=Q(registrations__status=RegistrationStatus.REGISTERED))
    )


def upcoming_for(user: User, *, limit: int | None = None) -> list[SessionCard]:
    """The sessions the learner is invited to that have not ended, soonest first, with their registration.
    Two queries, whatever the number of sessions."""
    sessions = _with_taken(Session.objects.inviting(user).upcoming())
    if limit is not None:
        sessions = sessions[:limit]
    sessions = list(sessions)
    if not sessions:
        return []
    registrations = {
        registration.session_id: registration
        for registration in Registration.objects.filter(user=user, session__in=[session.pk for session in sessions])
    }
    return [SessionCard(session, registrations.get(session.pk), session.taken) for session in sessions]


def invited_session(user: User, pk: int) -> Session:
    """The session, if the learner is invited to it; else 404 (they cannot tell it exists)."""
    session = _with_taken(Session.objects.inviting(user)).filter(pk=pk).first()
    if session is None:
        raise Http404
    return session


def session_card(user: User, session: Session) -> SessionCard:
    """The session as its page shows it: the learner's registration and their place in line."""
    registration = Registration.objects.filter(user=user, session=session).first()
    taken = getattr(session, "taken", None)
    if taken is None:
        taken = Registration.objects.filter(session=session).registered().count()
    line = None
    if registration is not None and registration.status == RegistrationStatus.WAITING:
        line = (
            Registration.objects.filter(session=session).waiting().filter(position__lte=registration.position).count()
        )
    return SessionCard(session, registration, taken, line)


def zone_label(name: str) -> str:
    """A time zone's name as the profile's list shows it ("Tunis (Tunisia)"), else its identifier."""
    return str(ZONE_LABELS.get(name, name))


def reader_zone(user: User) -> str:
    return time_zone_for(chosen=getattr(user, "time_zone", ""), country=str(getattr(user, "country", "") or ""))
