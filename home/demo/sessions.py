"""Demo sessions, read from ``home/demo/data/sessions.json`` (titles and agendas in Arabic, English and
French): a national–local dialogue ten days ago with attendance taken (present, late, absent, excused) and
six feedback answers, so that the organisers' report shows its figures; a city-to-city exchange next week,
full, with a waiting list; and a training workshop with places left. The demo trainer organises them;
the Rabat and Irbid cohorts and the city of Zarqa are invited, and the demo learner joins Zarqa's team so
that "My learning" shows the upcoming sessions.

Times are relative to today, on each session's own clock. Rows are written as they would stand (a session
that has ended takes no registration through the services, and the demo sends no mail). Loading twice
creates nothing new. Run after the demo accounts, cohorts and cities.
"""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.utils import timezone

from courses.cities import services as city_services
from courses.cities.models import City, CityMembership
from courses.cohorts.models import Cohort
from courses.convenings.models import (
    Attendance,
    AttendanceSource,
    Registration,
    RegistrationStatus,
    Session,
    SessionFeedback,
)
from courses.models import CoursePage
from lms.accounts.models import User

DATA = Path(__file__).parent / "data" / "sessions.json"


def _moment(spec: dict, now: datetime) -> tuple[datetime, datetime]:
    zone = ZoneInfo(spec["time_zone"])
    day = now.astimezone(zone).date() + timedelta(days=spec["days_from_now"])
    starts = datetime.combine(day, time.fromisoformat(spec["local_start"]), tzinfo=zone)
    return starts, starts + timedelta(hours=spec["hours"])


def _join_teams(data: dict, users: dict[str, User]) -> None:
    cities = {city.name_en: city for city in City.objects.filter(name_en__in=[m["city"] for m in data["team_members"]])}
    for member in data["team_members"]:
        user, city = users.get(member["email"]), cities.get(member["city"])
        if user is not None and city is not None:
            CityMembership.objects.get_or_create(user=user, defaults={"city": city, "role": member["role"]})
            city_services.take_city_country(user=user, city=city)


def _session(spec: dict, now: datetime, organiser: User | None) -> Session:
    starts, ends = _moment(spec, now)
    session = Session.objects.create(
        kind=spec["kind"],
        **{f"title_{language}": text for language, text in spec["title"].items()},
        **{f"agenda_{language}": text for language, text in spec["agenda"].items()},
        starts_at=starts,
        ends_at=ends,
        time_zone=spec["time_zone"],
        venue_address=spec["venue_address"],
        map_url=spec["map_url"],
        online_url=spec["online_url"],
        capacity=spec["capacity"],
        languages=spec["languages"],
    )
    session.invited_cohorts.set(Cohort.objects.filter(name__in=spec["cohorts"]))
    session.invited_cities.set(City.objects.filter(name_en__in=spec["cities"]))
    session.related_pages.set(CoursePage.objects.filter(slug__in=spec["related_courses"]))
    if organiser is not None:
        session.organisers.add(organiser)
    return session


def _attendees(session: Session, spec: dict, users: dict[str, User], organiser: User | None) -> None:
    """Registrations, the waiting list in order, attendance and feedback, as they would stand by now."""
    registered = [*spec.get("registered", []), *spec.get("attendance", {})]
    Registration.objects.bulk_create(
        [
            Registration(session=session, user=users[email], status=RegistrationStatus.REGISTERED)
            for email in registered
            if email in users
        ]
        + [
            Registration(session=session, user=users[email], status=RegistrationStatus.WAITING, position=position)
            for position, email in enumerate(spec.get("waiting", []), start=1)
            if email in users
        ]
    )
    Attendance.objects.bulk_create(
        Attendance(
            session=session,
            user=users[email],
            status=status,
            recorded_by=organiser,
            source=AttendanceSource.ROSTER,
            recorded_at=session.ends_at,
        )
        for email, status in spec.get("attendance", {}).items()
        if email in users
    )
    SessionFeedback.objects.bulk_create(
        SessionFeedback(
            session=session,
            user=users[answer["email"]],
            usefulness=answer["usefulness"],
            will_apply=answer["will_apply"],
            comment=answer["comment"],
        )
        for answer in spec.get("feedback", [])
        if answer["email"] in users
    )


def load_demo_sessions() -> int:
    """Returns the sessions made; 0 the second time."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    users = {user.email: user for user in User.objects.filter(email__endswith="@academy.example")}
    _join_teams(data, users)
    organiser = users.get(data["organiser"])
    now = timezone.now()
    made = 0
    for spec in data["sessions"]:
        if Session.objects.filter(title_en=spec["title"]["en"]).exists():
            continue
        session = _session(spec, now, organiser)
        _attendees(session, spec, users, organiser)
        made += 1
    return made
