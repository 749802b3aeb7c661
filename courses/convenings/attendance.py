"""Attendance: the trainer's roster (reads and the one write that saves it) and the learners' QR check-in.

Who takes attendance: the session's organisers and programme managers (``can_take_attendance``); the
roster view finds the session through ``organised_session``, so anyone else gets 404 whatever id is typed.
The roster costs the same few queries for 3 or 300 learners. Saving it twice changes nothing.

The QR code on the room's screen carries a signed token (``django.core.signing``, its own salt) naming the
session; it is honoured only from ``CHECK_IN_OPENS`` before the start to the end, by a learner registered
for the session, once. The roster opens at the same moment and stays open after the end (a trainer may write
it up later), but never before: attendance recorded for a session still to come would count towards a
course, and issue its certificate, for a meeting that has not happened. The roster lists the registered
learners; a session that ended with nobody registered (one recorded after it took place: nobody can register
once a session has ended) lists the learners it invited instead. After attendance changes, the courses
the session relates to are checked again (``recheck_course_completion``), so that a course waiting for
attendance completes and its certificate is issued then.

The trainer's list of sessions (``sessions_to_take``, then ``past_sessions`` a page at a time, the latest
first) costs the same few queries however many sessions there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from courses.cities.access import is_programme_manager
from courses.cohorts.access import can_use_trainer_area
from courses.convenings.models import (
    ATTENDED,
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    Registration,
    RegistrationStatus,
    Session,
)
from courses.models import CoursePage
from courses.progress.services import recheck_course_completion
from lms.accounts.models import User

CHECK_IN_SALT = "courses.convenings.check-in"
CHECK_IN_OPENS = timedelta(minutes=30)  # before the start: learners arrive early
LATE_AFTER = timedelta(minutes=15)  # a check-in later than this after the start is "late"
PAST_PER_PAGE = 20  # past sessions on one page of the trainer's list


# --- Who ------------------------------------------------------------------------------------------


def can_take_attendance(user: User, session: Session) -> bool:
    if not user.is_authenticated:
        return False
    return is_programme_manager(user) or session.organisers.filter(pk=user.pk).exists()


def runs_sessions(user: User) -> bool:
    """Programme managers, trainers of a cohort (who may schedule one), and the organisers of a session."""
    if not user.is_authenticated:
        return False
    return can_use_trainer_area(user) or is_programme_manager(user) or Session.objects.organised_by(user).exists()


def _run_by(user: User):
    return Session.objects.all() if is_programme_manager(user) else Session.objects.organised_by(user)


def organised_session(user: User, pk: int) -> Session:
    """The session, if the user organises it or is a programme manager; else 404."""
    if not user.is_authenticated:
        raise Http404
    session = _run_by(user).filter(pk=pk).first()
    if session is None:
        raise Http404
    return session


def _with_counts(sessions):
    """The number registered and the number who attended (present or late), counted in subqueries: joining
    both tables would multiply one by the other."""

    def count(model, **filters):
        rows = model.objects.filter(session=OuterRef("pk"), **filters).order_by().values("session")
        return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")), 0)

    return sessions.annotate(
        registered=count(Registration, status=RegistrationStatus.REGISTERED),
        attended=count(Attendance, status__in=ATTENDED),
    )


def sessions_to_take(user: User, *, now=None) -> list[Session]:
    """The sessions the user runs (all, for programme managers) that have not ended, soonest first; with the
    numbers registered and attended. One query."""
    if not user.is_authenticated:
        return []
    return list(_with_counts(_run_by(user).filter(ends_at__gt=now or timezone.now())).order_by("starts_at", "pk"))


def past_sessions(user: User, *, page=1, now=None, per_page: int = PAST_PER_PAGE) -> PaginatorPage:
    """One page of the sessions the user ran (all, for programme managers) that have ended, the latest
    first; with the numbers registered and attended. Two queries (the count and the page), whatever the
    number of sessions; a page number out of range gives the last page."""
    sessions = _run_by(user) if user.is_authenticated else Session.objects.none()
    ended = _with_counts(sessions.filter(ends_at__lte=now or timezone.now())).order_by("-starts_at", "-pk")
    result = Paginator(ended, per_page).get_page(page)
    result.object_list = list(result.object_list)
    return result


# --- The roster -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterChoice:
    """One radio button of a roster row, its id and name written out here: a template turning 1,200 numbers
    into text one by one (localised) is what made a 300-learner roster slow."""

    id: str
    name: str
    value: str
    label: str
    checked: bool


@dataclass
class RosterRow:
    user: User
    attendance: Attendance | None
    labels: tuple[tuple[str, str], ...] = ()

    @property
    def status(self) -> str:
        return self.attendance.status if self.attendance else ""

    @property
    def choices(self) -> list[RosterChoice]:
        name, status = f"status-{self.user.pk}", self.status
        return [RosterChoice(f"{name}-{value}", name, value, label, value == status) for value, label in self.labels]


@dataclass
class Roster:
    rows: list[RosterRow]
    of_invited: bool = False  # nobody registered before the session ended: its invited learners are listed


def _invited_or_recorded(session: Session):
    """The members of the session's invited cohorts and cities (who could have registered), and anyone
    already marked (who may have left a cohort since)."""
    members = Q(cohort_memberships__cohort__sessions=session) | Q(city_membership__city__sessions=session)
    invited = User.objects.filter(members).values("pk")
    recorded = Attendance.objects.filter(session=session).values("user_id")
    return User.objects.filter(Q(pk__in=invited) | Q(pk__in=recorded))


def _lists_invited(session: Session, now, *, anyone_registered: bool) -> bool:
    # A session recorded after it took place (or that nobody registered for in time) has no one to mark
    # among its registrations, and nobody can register once it has ended: its roster is the learners it
    # invited, so that the trainer can still say who came.
    return not anyone_registered and session.ends_at <= now


def roster(session: Session, *, now=None) -> Roster:
    """One row per registered learner, by name, with their attendance if taken and the four choices (labels
    translated once); for a session that has ended with nobody registered, one row per invited learner (and
    anyone whose attendance was recorded). Two queries whatever the size, three for the invited learners."""
    order = ("full_name", "email", "pk")
    registrations = (
        Registration.objects.filter(session=session, status=RegistrationStatus.REGISTERED)
        .select_related("user")
        .order_by(*(f"user__{name}" for name in order))
    )
    users = [registration.user for registration in registrations]
    of_invited = _lists_invited(session, now or timezone.now(), anyone_registered=bool(users))
    if of_invited:
        users = list(_invited_or_recorded(session).order_by(*order))
    taken = {attendance.user_id: attendance for attendance in Attendance.objects.filter(session=session)}
    labels = tuple((value, str(label)) for value, label in AttendanceStatus.choices)
    return Roster([RosterRow(user, taken.get(user.pk), labels) for user in users], of_invited)


def _markable(session: Session, user_ids, now) -> set[int]:
    """Of these learners, those the roster lists: the registered ones, or the invited ones (``roster``)."""
    registrations = Registration.objects.filter(session=session, status=RegistrationStatus.REGISTERED)
    registered = set(registrations.filter(user_id__in=user_ids).values_list("user_id", flat=True))
    if registered or session.ends_at > now:
        return registered
    if not _lists_invited(session, now, anyone_registered=registrations.exists()):
        return set()
    return set(_invited_or_recorded(session).filter(pk__in=user_ids).values_list("pk", flat=True))


class AttendanceNotOpen(Exception):
    """The roster was saved before the session's attendance opens (``attendance_opens``): nothing is stored."""


def attendance_opens(session: Session):
    """When attendance may first be recorded, by the roster or a QR check-in: shortly before the start."""
    return session.starts_at - CHECK_IN_OPENS


def roster_is_open(session: Session, *, now=None) -> bool:
    """Whether the roster may be saved now: from ``attendance_opens`` on, with no end."""
    return (now or timezone.now()) >= attendance_opens(session)


def take_attendance(*, session: Session, recorded_by: User, statuses: dict[int, str], now=None) -> int:
    """Save the roster: ``statuses`` maps learner ids to a status. Only the learners the roster lists
    (registered, or invited: see ``roster``) and known statuses are kept; rows that already say the same are
    left alone. Returns how many rows changed. Raises ``AttendanceNotOpen`` before ``attendance_opens``."""
    now = now or timezone.now()
    if not roster_is_open(session, now=now):
        raise AttendanceNotOpen
    valid = set(AttendanceStatus.values)
    wanted = {int(user_id): status for user_id, status in statuses.items() if status in valid}
    markable = _markable(session, list(wanted), now)
    wanted = {user_id: status for user_id, status in wanted.items() if user_id in markable}
    if not wanted:
        return 0
    changed: list[int] = []
    with transaction.atomic():
        existing = {
            row.user_id: row
            for row in Attendance.objects.select_for_update().filter(session=session, user_id__in=wanted)
        }
        to_create, to_update = [], []
        for user_id, status in wanted.items():
            row = existing.get(user_id)
            if row is None:
                to_create.append(
                    Attendance(
                        session=session,
                        user_id=user_id,
                        status=status,
                        recorded_by=recorded_by,
                        source=AttendanceSource.ROSTER,
                        recorded_at=now,
                    )
                )
            elif row.status != status:
                row.status, row.recorded_by, row.source, row.recorded_at = (
                    status,
                    recorded_by,
                    AttendanceSource.ROSTER,
                    now,
                )
                to_update.append(row)
            else:
                continue
            changed.append(user_id)
        Attendance.objects.bulk_create(to_create, ignore_conflicts=True)
        Attendance.objects.bulk_update(to_update, ["status", "recorded_by", "source", "recorded_at"])
    newly_attended = [user_id for user_id in changed if wanted[user_id] in ATTENDED]
    if newly_attended:
        _recheck_courses(session, User.objects.filter(pk__in=newly_attended))
    return len(changed)


# --- QR check-in ----------------------------------------------------------------------------------


class CheckInRefused(Exception):
    """Why a check-in was not recorded; ``code`` is one of the class's constants."""

    INVALID = "invalid"
    NOT_OPEN = "not_open"
    OVER = "over"
    NOT_REGISTERED = "not_registered"

    def __init__(self, code: str, session: Session | None = None):
        super().__init__(code)
        self.code = code
        self.session = session


def check_in_token(session: Session) -> str:
    return signing.dumps({"session": session.pk}, salt=CHECK_IN_SALT, compress=True)


def check_in_window(session: Session) -> tuple:
    return attendance_opens(session), session.ends_at


def session_for_token(token: str) -> Session:
    """The session a token names; ``CheckInRefused(INVALID)`` for a forged or damaged token."""
    try:
        payload = signing.loads(token, salt=CHECK_IN_SALT)
        session = Session.objects.filter(pk=int(payload["session"])).first()
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        session = None
    if session is None:
        raise CheckInRefused(CheckInRefused.INVALID)
    return session


def refuse_check_in(*, user: User, session: Session, now=None) -> None:
    """Raise ``CheckInRefused`` if the learner may not check in now: outside the window, or not registered."""
    now = now or timezone.now()
    opens, closes = check_in_window(session)
    if now < opens:
        raise CheckInRefused(CheckInRefused.NOT_OPEN, session)
    if now >= closes:
        raise CheckInRefused(CheckInRefused.OVER, session)
    if not Registration.objects.filter(session=session, user=user, status=RegistrationStatus.REGISTERED).exists():
        raise CheckInRefused(CheckInRefused.NOT_REGISTERED, session)


def check_in(*, user: User, token: str, now=None) -> tuple[Attendance, bool]:
    """Record the learner as present (or late) at the token's session. Returns (attendance, created now);
    a second scan returns the first row unchanged. Raises ``CheckInRefused``."""
    session = session_for_token(token)
    now = now or timezone.now()
    refuse_check_in(user=user, session=session, now=now)
    status = AttendanceStatus.LATE if now > session.starts_at + LATE_AFTER else AttendanceStatus.PRESENT
    attendance, created = Attendance.objects.get_or_create(
        session=session,
        user=user,
        defaults={"status": status, "source": AttendanceSource.QR, "recorded_by": None, "recorded_at": now},
    )
    if created:
        _recheck_courses(session, [user])
    return attendance, created


# --- The courses a session relates to --------------------------------------------------------------


def related_courses(session: Session) -> list[CoursePage]:
    """The courses of the session's related pages (a course itself, or the course above a module), one per
    course whatever its languages."""
    paths = list(session.related_pages.values_list("path", flat=True))
    if not paths:
        return []
    step = CoursePage.steplen
    prefixes = {path[:length] for path in paths for length in range(step, len(path) + 1, step)}
    courses: dict = {}
    for course in CoursePage.objects.filter(path__in=prefixes).order_by("path"):
        courses.setdefault(course.translation_key, course)
    return list(courses.values())


def _recheck_courses(session: Session, users) -> None:
    courses = related_courses(session)
    for user in users:
        for course in courses:
            recheck_course_completion(user=user, course=course)
