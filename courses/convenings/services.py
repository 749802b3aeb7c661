"""Writes for convenings: a learner registers for a session or cancels, and the waiting list moves.

Each write locks the session's row (``select_for_update``) inside one transaction, so that two learners
registering at the same moment cannot both take the last place: the second waits for the first to commit
and then counts the places again. The confirmation mails go out after the commit, through tasks.
"""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from courses.convenings import tasks
from courses.convenings.models import Registration, RegistrationStatus, Session
from lms import site_url
from lms.accounts.models import User

__all__ = ["NotInvited", "SessionOver", "cancel", "is_invited", "register", "save_session"]


class NotInvited(Exception):
    """The learner is in none of the session's invited cohorts or cities."""


class SessionOver(Exception):
    """The session has ended: no more registrations or cancellations."""


def is_invited(*, user: User, session: Session) -> bool:
    return Session.objects.inviting(user).filter(pk=session.pk).exists()


def _confirm_after_commit(registration: Registration) -> None:
    transaction.on_commit(
        partial(tasks.send_confirmation.enqueue, registration_id=registration.pk, base_url=site_url.base_url())
    )


def _fill_places(session: Session) -> list[Registration]:
    """Move the first waiting learners, in order, onto the places that are free. The session is locked."""
    waiting = list(Registration.objects.filter(session=session).waiting())
    if not waiting:
        return []
    if session.capacity is None:
        promoted = waiting
    else:
        free = session.capacity - Registration.objects.filter(session=session).registered().count()
        promoted = waiting[: max(free, 0)]
    for registration in promoted:
        registration.status = RegistrationStatus.REGISTERED
        registration.position = None
        registration.save(update_fields=["status", "position", "updated_at"])
    return promoted


def _locked(session: Session) -> Session:
    return Session.objects.select_for_update().get(pk=session.pk)


def register(*, user: User, session: Session) -> Registration:
    """A place for the learner, or the next place in the waiting list when the session is full.

    Registering again returns the same registration (a cancelled one is taken up again, at the back of
    the line if the session is full). Raises ``NotInvited`` or ``SessionOver``."""
    if not is_invited(user=user, session=session):
        raise NotInvited
    with transaction.atomic():
        session = _locked(session)
        if session.ends_at <= timezone.now():
            raise SessionOver
        registration = Registration.objects.filter(session=session, user=user).first()
        if registration is not None and registration.status != RegistrationStatus.CANCELLED:
            return registration
        for promoted in _fill_places(session):
            _confirm_after_commit(promoted)
        rows = Registration.objects.filter(session=session)
        full = session.capacity is not None and rows.registered().count() >= session.capacity
        if registration is None:
            registration = Registration(session=session, user=user)
        if full or rows.waiting().exists():
            registration.status = RegistrationStatus.WAITING
            registration.position = (rows.aggregate(last=Max("position"))["last"] or 0) + 1
        else:
            registration.status = RegistrationStatus.REGISTERED
            registration.position = None
        registration.save()
        _confirm_after_commit(registration)
    return registration


def cancel(*, user: User, session: Session) -> Registration | None:
    """Give up the place (or the place in line); the first waiting learner takes a freed place.

    Cancelling twice, or without a registration, changes nothing. Raises ``SessionOver``."""
    with transaction.atomic():
        session = _locked(session)
        if session.ends_at <= timezone.now():
            raise SessionOver
        registration = Registration.objects.filter(session=session, user=user).first()
        if registration is None or registration.status == RegistrationStatus.CANCELLED:
            return registration
        registration.status = RegistrationStatus.CANCELLED
        registration.position = None
        registration.save(update_fields=["status", "position", "updated_at"])
        for promoted in _fill_places(session):
            _confirm_after_commit(promoted)
    return registration


def save_session(*, session: Session, by: User, invited_cohorts, invited_cities, related_pages) -> Session:
    """Save a session scheduled (or changed) outside the admin: its invitations and related pages, and the
    person saving it among its organisers. More places move the waiting list up, in order."""
    with transaction.atomic():
        session.save()
        session.invited_cohorts.set(invited_cohorts)
        session.invited_cities.set(invited_cities)
        session.related_pages.set(related_pages)
        session.organisers.add(by)
        for promoted in _fill_places(_locked(session)):
            _confirm_after_commit(promoted)
    return session
