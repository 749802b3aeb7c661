"""Attendance: the trainer's roster (organisers and programme managers only, others 404; one POST saves all,
twice is the same; queries constant in the roster's size), the learners' QR check-in (signed, open from
30 minutes before the start to the end, once, registered learners only), and "attend N sessions" as a
course completion requirement that the certificate waits for."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.urls import reverse
from django.utils import translation

from courses.certificates.models import Certificate
from courses.cohorts.access import PROGRAMME_MANAGERS
from courses.convenings import attendance
from courses.convenings.models import (
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    CourseAttendanceRule,
    Registration,
    RegistrationStatus,
)
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from courses.progress.models import Enrolment
from tests.cohorts.conftest import add_member
from tests.convenings.conftest import make_session
from tests.factories import give_mfa, make_course, make_user

pytestmark = pytest.mark.django_db


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


def register(session, *users):
    for user in users:
        Registration.objects.create(session=session, user=user, status=RegistrationStatus.REGISTERED)


@pytest.fixture
def organiser():
    return make_user("organiser@example.org", full_name="Organiser One")


@pytest.fixture
def manager():
    user = make_user("manager@example.org", full_name="Programme Manager")
    user.groups.add(Group.objects.get_or_create(name=PROGRAMME_MANAGERS)[0])
    give_mfa(user)
    return user


@pytest.fixture
def session(cohort, organiser, invited):
    session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5))
    session.organisers.add(organiser)
    register(session, *invited)
    return session


# --- The roster: who ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["session_attendance", "session_check_in_code"])
def test_learners_and_other_organisers_get_404(client, session, invited, outsider, name):
    other_organiser = make_user("other-organiser@example.org")
    make_session(cohorts=[], starts_in=timedelta(days=1)).organisers.add(other_organiser)
    for user in (invited[0], outsider, other_organiser):
        client.force_login(user)
        assert client.get(url(name, session.pk)).status_code == 404
        # The code page takes no POST at all (405); the roster's POST is 404 like its GET.
        assert client.post(url(name, session.pk), {f"status-{invited[0].pk}": "absent"}).status_code in (404, 405)
    assert not Attendance.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, session):
    response = client.get(url("session_attendance", session.pk))
    assert response.status_code == 302 and "login" in response.url


def test_a_programme_manager_takes_attendance_of_any_session(client, session, manager, invited):
    client.force_login(manager)
    assert client.get(url("session_attendance", session.pk)).status_code == 200
    client.post(url("session_attendance", session.pk), {f"status-{invited[0].pk}": "excused"})
    assert Attendance.objects.get(user=invited[0]).status == AttendanceStatus.EXCUSED


def test_an_unknown_session_is_404(client, organiser):
    client.force_login(organiser)
    assert client.get(url("session_attendance", 987654)).status_code == 404


# --- The roster: what ----------------------------------------------------------------------------


def test_the_roster_lists_registered_learners_with_four_choices_in_arabic(client, session, organiser, invited, cohort):
    waiting = make_user("waiting@example.org", full_name="Waiting Learner")
    add_member(cohort, waiting)
    Registration.objects.create(session=session, user=waiting, status=RegistrationStatus.WAITING, position=1)
    client.force_login(organiser)
    page = client.get(url("session_attendance", session.pk, language="ar")).content.decode()
    for learner in invited:
        assert f'name="status-{learner.pk}"' in page
        assert page.count(f'name="status-{learner.pk}"') == 4
    assert "Waiting Learner" not in page
    assert 'dir="rtl"' in page and "csrfmiddlewaretoken" in page
    assert "attendance.css" in page


def test_the_roster_says_so_when_nobody_is_registered(client, cohort, organiser):
    empty = make_session(cohorts=[cohort])
    empty.organisers.add(organiser)
    client.force_login(organiser)
    page = client.get(url("session_attendance", empty.pk)).content.decode()
    assert "No learner is registered for this session yet" in page


def test_a_session_over_with_nobody_registered_takes_its_roster_from_the_invited(
    client, cohort, city, city_member, organiser, invited, outsider
):
    """Recorded after it took place, a session had no registrations (nobody registers once it has ended): its
    roster lists the members of its invited cohorts and cities, who can be marked; nobody else can."""
    over = make_session(cohorts=[cohort], cities=[city], starts_in=-timedelta(days=40))
    over.organisers.add(organiser)
    client.force_login(organiser)
    page = client.get(url("session_attendance", over.pk)).content.decode()
    for learner in (*invited, city_member):
        assert page.count(f'name="status-{learner.pk}"') == 4
    assert f'name="status-{outsider.pk}"' not in page
    assert "Attendance taken for 0 of 4 invited learners." in page
    assert "Nobody registered for this session before it ended" in page

    statuses = {invited[0].pk: "present", city_member.pk: "late", outsider.pk: "present"}
    assert attendance.take_attendance(session=over, recorded_by=organiser, statuses=statuses) == 2
    assert set(Attendance.objects.filter(session=over).values_list("user_id", flat=True)) == {
        invited[0].pk,
        city_member.pk,
    }


def test_invited_learners_who_did_not_register_stay_off_a_roster_with_registrations(
    client, session, cohort, organiser, invited
):
    """Where learners registered, or while a session is still on, the roster is the registered learners."""
    unregistered = make_user("unregistered@example.org", full_name="Did Not Register")
    add_member(cohort, unregistered)
    Registration.objects.filter(session=session).delete()  # under way, nobody registered (yet)
    assert attendance.roster(session).rows == []
    assert attendance.take_attendance(session=session, recorded_by=organiser, statuses={unregistered.pk: "x"}) == 0
    assert (
        attendance.take_attendance(session=session, recorded_by=organiser, statuses={unregistered.pk: "present"}) == 0
    )

    over = make_session(cohorts=[cohort], starts_in=-timedelta(days=3))
    register(over, invited[0])
    roster = attendance.roster(over)
    assert [row.user for row in roster.rows] == [invited[0]] and not roster.of_invited
    assert attendance.take_attendance(session=over, recorded_by=organiser, statuses={unregistered.pk: "present"}) == 0


def test_a_session_over_with_no_one_invited_says_how_to_fix_it(client, organiser):
    over = make_session(starts_in=-timedelta(days=3))
    over.organisers.add(organiser)
    client.force_login(organiser)
    page = client.get(url("session_attendance", over.pk)).content.decode()
    assert "Nobody registered for this session, and its invited cohorts and cities have no learners." in page
    assert url("session_edit", over.pk) in page
    assert "register from their dashboard" not in page


def test_one_post_saves_every_status_and_a_second_changes_nothing(client, session, organiser, invited, outsider):
    client.force_login(organiser)
    data = {
        f"status-{invited[0].pk}": "present",
        f"status-{invited[1].pk}": "late",
        f"status-{invited[2].pk}": "absent",
        f"status-{outsider.pk}": "present",  # not registered: ignored
        "status-abc": "present",
    }
    response = client.post(url("session_attendance", session.pk), data)
    assert response.status_code == 302
    saved = dict(Attendance.objects.values_list("user_id", "status"))
    assert saved == {invited[0].pk: "present", invited[1].pk: "late", invited[2].pk: "absent"}
    row = Attendance.objects.get(user=invited[0])
    assert row.recorded_by == organiser and row.source == AttendanceSource.ROSTER
    first_times = dict(Attendance.objects.values_list("user_id", "recorded_at"))

    client.post(url("session_attendance", session.pk), data)
    assert Attendance.objects.count() == 3
    assert dict(Attendance.objects.values_list("user_id", "recorded_at")) == first_times

    client.post(
        url("session_attendance", session.pk),
        {f"status-{invited[2].pk}": "excused", f"status-{invited[0].pk}": "bogus"},
    )
    saved = dict(Attendance.objects.values_list("user_id", "status"))
    assert saved == {invited[0].pk: "present", invited[1].pk: "late", invited[2].pk: "excused"}
    page = client.get(url("session_attendance", session.pk)).content.decode()
    assert f'id="status-{invited[2].pk}-excused" name="status-{invited[2].pk}" value="excused" checked' in page


def test_saving_needs_csrf(session, organiser, invited):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(organiser)
    response = client.post(url("session_attendance", session.pk), {f"status-{invited[0].pk}": "present"})
    assert response.status_code == 403
    assert not Attendance.objects.exists()


def test_the_roster_opens_30_minutes_before_the_start_and_nothing_is_saved_before(client, cohort, organiser, invited):
    """Attendance saved for a session still to come would count towards a course (and its certificate) for a
    meeting that has not happened: before the roster opens, the page lists who registered without choices and
    a POST is refused in the organiser's language with nothing stored."""
    later = make_session(cohorts=[cohort], starts_in=timedelta(days=2), title_en="Next week")
    later.organisers.add(organiser)
    register(later, *invited)
    client.force_login(organiser)

    page = client.get(url("session_attendance", later.pk, language="ar")).content.decode()
    assert 'type="radio"' not in page and "<form" not in page.split('class="roster"')[1]
    english = "Attendance can be taken from <bdi>%(opens)s</bdi>, 30 minutes before the session starts."
    with translation.override("ar"):
        note = translation.gettext(english)
    assert note != english and note.split("<bdi>")[0] in page
    assert invited[0].get_full_name() in page

    response = client.post(url("session_attendance", later.pk, language="ar"), {f"status-{invited[0].pk}": "present"})
    assert response.status_code == 400
    with translation.override("ar"):
        assert translation.gettext("Nothing was saved.") in response.content.decode()
    assert not Attendance.objects.exists()

    with pytest.raises(attendance.AttendanceNotOpen):
        attendance.take_attendance(
            session=later,
            recorded_by=organiser,
            statuses={invited[0].pk: "present"},
            now=later.starts_at - attendance.CHECK_IN_OPENS - timedelta(seconds=1),
        )
    assert not Attendance.objects.exists()
    saved = attendance.take_attendance(
        session=later,
        recorded_by=organiser,
        statuses={invited[0].pk: "present"},
        now=later.starts_at - attendance.CHECK_IN_OPENS,
    )
    assert saved == 1


def _roster_session(cohort, organiser, size):
    session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5), title_en=f"Roster {size}")
    session.organisers.add(organiser)
    learners = [make_user(f"r{size}-{n}@example.org", full_name=f"Learner {size}-{n}") for n in range(size)]
    for learner in learners:
        add_member(cohort, learner)
    register(session, *learners)
    Attendance.objects.bulk_create(
        Attendance(session=session, user=learner, status="present", recorded_by=organiser) for learner in learners[::2]
    )
    return session


def test_the_roster_costs_the_same_queries_for_3_and_30_learners(client, cohort, organiser, django_assert_num_queries):
    client.force_login(organiser)
    small, large = _roster_session(cohort, organiser, 3), _roster_session(cohort, organiser, 30)
    client.get(url("session_attendance", small.pk))  # warm the session and caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as three:
        assert client.get(url("session_attendance", small.pk)).status_code == 200
    with django_assert_num_queries(len(three.captured_queries)):
        page = client.get(url("session_attendance", large.pk)).content.decode()
    assert page.count('type="radio"') == 120


# --- QR check-in ---------------------------------------------------------------------------------


def test_the_code_page_shows_an_inline_qr_of_a_signed_url(client, session, organiser):
    client.force_login(organiser)
    page = client.get(url("session_check_in_code", session.pk)).content.decode()
    [encoded] = re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page)
    # An SVG image on its own needs its namespace: without it the browser shows a broken image.
    assert base64.b64decode(encoded).startswith(b'<svg xmlns="http://www.w3.org/2000/svg"')
    [token] = re.findall(r'href="http://testserver/en/sessions/check-in/([^/"]+)/"', page)
    assert signing.loads(token, salt=attendance.CHECK_IN_SALT) == {"session": session.pk}


def test_a_registered_learner_checks_in_once(client, session, invited):
    token = attendance.check_in_token(session)
    client.force_login(invited[0])
    page = client.get(url("session_check_in", token))
    assert page.status_code == 200 and "Check in to this session" in page.content.decode()
    assert not Attendance.objects.exists()  # opening the page alone writes nothing
    response = client.post(url("session_check_in", token))
    assert "You are checked in" in response.content.decode()
    row = Attendance.objects.get()
    assert (row.user, row.status, row.source, row.recorded_by) == (invited[0], "present", "qr", None)
    second = client.post(url("session_check_in", token))
    assert "You were already checked in" in second.content.decode()
    assert "You were already checked in" in client.get(url("session_check_in", token)).content.decode()
    assert Attendance.objects.get().recorded_at == row.recorded_at


def test_a_check_in_after_15_minutes_is_late_and_a_roster_status_is_kept(client, cohort, invited, organiser):
    session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-20))
    register(session, *invited)
    attendance.take_attendance(session=session, recorded_by=organiser, statuses={invited[1].pk: "excused"})
    token = attendance.check_in_token(session)
    client.force_login(invited[0])
    client.post(url("session_check_in", token))
    assert Attendance.objects.get(user=invited[0]).status == AttendanceStatus.LATE
    client.force_login(invited[1])
    client.post(url("session_check_in", token))
    assert Attendance.objects.get(user=invited[1]).status == AttendanceStatus.EXCUSED


@pytest.mark.parametrize(
    ("starts_in", "message"),
    [
        (timedelta(hours=1), "Check-in has not opened yet"),
        (timedelta(hours=-3), "Check-in is closed: the session has ended."),
    ],
)
def test_outside_the_window_nothing_is_stored(client, cohort, invited, starts_in, message):
    session = make_session(cohorts=[cohort], starts_in=starts_in, hours=2)
    register(session, invited[0])
    client.force_login(invited[0])
    token = attendance.check_in_token(session)
    for method in (client.get, client.post):  # the page says so before the button is pressed
        response = method(url("session_check_in", token))
        assert response.status_code == 400 and message in response.content.decode()
        assert "Check in to this session" not in response.content.decode()
    assert not Attendance.objects.exists()


def test_check_in_opens_30_minutes_before_the_start(client, cohort, invited):
    session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=25))
    register(session, invited[0])
    client.force_login(invited[0])
    client.post(url("session_check_in", attendance.check_in_token(session)))
    assert Attendance.objects.get().status == AttendanceStatus.PRESENT


def test_a_forged_or_other_salt_token_is_refused(client, session, invited):
    forged = [
        attendance.check_in_token(session)[:-2] + "xx",
        signing.dumps({"session": session.pk}),  # right key, wrong salt
        signing.dumps({"session": session.pk}, salt=attendance.CHECK_IN_SALT, key="not-our-secret-key-" * 3),
        "not-a-token",
    ]
    client.force_login(invited[0])
    for token in forged:
        for method in (client.get, client.post):
            response = method(url("session_check_in", token))
            assert response.status_code == 400
            assert "This check-in code is not valid" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_learner_not_registered_is_refused(client, session, outsider, cohort):
    invited_not_registered = make_user("late-comer@example.org")
    add_member(cohort, invited_not_registered)
    token = attendance.check_in_token(session)
    for user in (outsider, invited_not_registered):
        client.force_login(user)
        for method in (client.get, client.post):
            response = method(url("session_check_in", token))
            assert response.status_code == 400
            assert "You are not registered for this session" in response.content.decode()
    assert not Attendance.objects.exists()


def test_check_in_needs_a_login(client, session):
    response = client.post(url("session_check_in", attendance.check_in_token(session)))
    assert response.status_code == 302 and "login" in response.url
    assert not Attendance.objects.exists()


# --- Attendance as a completion requirement ---------------------------------------------------------


@pytest.fixture
def _run_on_commit(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="blended-course", modules=1, lessons_per_module=2)


def _finish_lessons(client, user, course):
    client.force_login(user)
    client.post(reverse("enrol", args=[course.pk]))
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        client.post(reverse("complete_lesson", args=[lesson.pk]))


def _completed_at(user, course):
    return Enrolment.objects.get(user=user, course_key=course.translation_key).completed_at


@pytest.mark.usefixtures("_run_on_commit")
def test_the_course_waits_for_attendance_and_the_roster_completes_it_with_one_certificate(
    client, course, cohort, invited, organiser
):
    CourseAttendanceRule.objects.create(course_key=course.translation_key, sessions_required=1)
    module = course.get_children().first()
    session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5))
    session.related_pages.add(module)  # a module of the course counts for the course
    register(session, invited[0])
    learner = invited[0]

    _finish_lessons(client, learner, course)
    assert _completed_at(learner, course) is None
    assert not Certificate.objects.filter(user=learner).exists()
    with translation.override("ar"):  # the course page is in Arabic
        missing = translation.ngettext(
            "Attend %(required)d session (%(done)d attended)", "Attend %(required)d sessions (%(done)d attended)", 1
        ) % {"required": 1, "done": 0}
    assert missing in client.get(course.get_url()).content.decode()

    attendance.take_attendance(session=session, recorded_by=organiser, statuses={learner.pk: "absent"})
    assert _completed_at(learner, course) is None
    attendance.take_attendance(session=session, recorded_by=organiser, statuses={learner.pk: "present"})
    assert _completed_at(learner, course) is not None
    assert Certificate.objects.filter(user=learner).count() == 1
    # Saving again, and rechecking, issue nothing more.
    attendance.take_attendance(session=session, recorded_by=organiser, statuses={learner.pk: "late"})
    assert progress.recheck_course_completion(user=learner, course=course) is False
    assert Certificate.objects.filter(user=learner).count() == 1


@pytest.mark.usefixtures("_run_on_commit")
def test_a_qr_check_in_completes_a_course_that_relates_in_another_language(client, course, cohort, invited):
    from tests.factories import translate_course

    english = translate_course(course, "en")
    CourseAttendanceRule.objects.create(course_key=course.translation_key, sessions_required=1)
    session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5))
    session.related_pages.add(english)
    register(session, invited[0])
    _finish_lessons(client, invited[0], course)
    assert _completed_at(invited[0], course) is None
    client.post(url("session_check_in", attendance.check_in_token(session)))
    assert _completed_at(invited[0], course) is not None
    assert Certificate.objects.filter(user=invited[0]).count() == 1


def test_two_sessions_required_and_unrelated_sessions_do_not_count(course, cohort, invited, organiser):
    from courses.progress.completion import missing_for

    CourseAttendanceRule.objects.create(course_key=course.translation_key, sessions_required=2)
    related = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5))
    related.related_pages.add(course)
    unrelated = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5))
    register(related, invited[0])
    register(unrelated, invited[0])
    for session in (related, unrelated):
        attendance.take_attendance(session=session, recorded_by=organiser, statuses={invited[0].pk: "present"})
    with translation.override("en"):
        [item] = missing_for(user=invited[0], course=course)
    assert item.text == "Attend 2 sessions (1 attended)"


def test_the_requirement_costs_the_same_queries_for_1_and_10_learners(
    course, cohort, organiser, django_assert_num_queries
):
    from courses.convenings.requirements import sessions_attended

    CourseAttendanceRule.objects.create(course_key=course.translation_key, sessions_required=1)
    session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5))
    session.related_pages.add(course)
    learners = [make_user(f"req{n}@example.org") for n in range(10)]
    register(session, *learners)
    Attendance.objects.bulk_create(
        Attendance(session=session, user=learner, status="present") for learner in learners[:5]
    )
    with django_assert_num_queries(3):
        one = sessions_attended(users=learners[:1], courses=[course])
    with django_assert_num_queries(3):
        ten = sessions_attended(users=learners, courses=[course])
    assert one == {}
    assert set(ten) == {(learner.pk, course.translation_key) for learner in learners[5:]}
    other = make_course(CourseIndexPage.objects.get(locale__language_code="ar"), slug="no-rule")
    with django_assert_num_queries(1):
        assert sessions_attended(users=learners, courses=[other]) == {}


# --- The list of one's sessions -------------------------------------------------------------------


def test_an_organiser_lists_their_sessions_only(client, session, organiser, cohort):
    others = make_session(cohorts=[cohort], title_en="Someone else's session")
    past = make_session(cohorts=[cohort], starts_in=timedelta(days=-30), title_en="Long ago")
    past.organisers.add(organiser)
    client.force_login(organiser)
    page = client.get(url("trainer_sessions")).content.decode()
    assert url("session_attendance", session.pk) in page and url("session_check_in_code", session.pk) in page
    assert "3 registered" in page
    assert others.title_en not in page
    # A session that ended a month ago is still theirs: listed under the past sessions, not dropped.
    upcoming, past_part = page.split('id="past-heading"')
    assert "Long ago" in past_part and "Long ago" not in upcoming
    assert url("session_attendance", past.pk) in past_part and url("session_feedback_report", past.pk) in past_part


def test_trainers_read_a_session_on_its_own_clock_with_its_zone_named(client, cohort, organiser):
    """A session at 10:00 in Amman shows 10:00 and names Amman (Jordan) on the list, the check-in code page
    and the roster, whatever the trainer's own time zone (Tunis, an hour behind) or the site's (UTC)."""
    organiser.time_zone = "Africa/Tunis"
    organiser.save(update_fields=["time_zone"])
    start = datetime(2099, 3, 10, 7, 0, tzinfo=UTC)  # 10:00 in Amman (UTC+3 all year)
    session = make_session(cohorts=[cohort], time_zone="Asia/Amman")
    session.starts_at, session.ends_at = start, start + timedelta(hours=2)
    session.save()
    session.organisers.add(organiser)
    client.force_login(organiser)
    zone = "<bdi>عمّان (الأردن)</bdi>"

    listed = client.get(url("trainer_sessions", language="ar")).content.decode()
    assert f"من 10 مارس 2099، 10:00 إلى 12:00 بالمنطقة الزمنية للجلسة ({zone})" in listed
    code = client.get(url("session_check_in_code", session.pk, language="ar")).content.decode()
    opens, closes = "10\u200f/3\u200f/2099، 09:30", "10\u200f/3\u200f/2099، 12:00"
    assert f"تسجيل الحضور متاح من <bdi>{opens}</bdi> إلى <bdi>{closes}</bdi> بالمنطقة الزمنية للجلسة ({zone})." in code
    roster = client.get(url("session_attendance", session.pk, language="ar")).content.decode()
    assert f"ابتداءً من <bdi>{opens}</bdi> بالمنطقة الزمنية للجلسة ({zone})" in roster
    for page in (listed, code, roster):
        shown = re.sub(r'datetime="[^"]*"', "", page)  # the machine-readable time stays in UTC
        assert "07:00" not in shown and "08:00" not in shown and "06:30" not in shown


def test_the_list_is_404_for_who_runs_no_session_and_complete_for_managers(client, session, invited, manager):
    client.force_login(invited[0])
    assert client.get(url("trainer_sessions")).status_code == 404
    client.force_login(manager)
    assert url("session_attendance", session.pk) in client.get(url("trainer_sessions")).content.decode()


def _past_sessions(cohort, organiser, count, *, label="Past"):
    """``count`` sessions organised by ``organiser`` that ended 1 to ``count`` weeks ago (the latest first)."""
    sessions = []
    for number in range(count):
        past = make_session(cohorts=[cohort], starts_in=-timedelta(weeks=number + 1), title_en=f"{label} {number:02d}")
        past.organisers.add(organiser)
        sessions.append(past)
    return sessions


def test_past_sessions_are_listed_the_latest_first_twenty_a_page(client, cohort, organiser, invited):
    """Sessions that ended long ago stay on the organiser's list, under "Past sessions", each with its roster,
    its feedback report and its form; the latest first, twenty a page."""
    sessions = _past_sessions(cohort, organiser, 23)
    register(sessions[0], *invited)
    Attendance.objects.create(session=sessions[0], user=invited[0], status=AttendanceStatus.PRESENT)
    coming = make_session(cohorts=[cohort], title_en="Still to come")
    coming.organisers.add(organiser)
    client.force_login(organiser)

    first = client.get(url("trainer_sessions")).content.decode()
    upcoming, past = first.split('id="past-heading"')
    assert "Still to come" in upcoming and "Past 00" not in upcoming
    assert "Still to come" not in past
    shown = re.findall(r"<bdi>(Past \d\d)</bdi>", past)
    assert shown == [f"Past {number:02d}" for number in range(20)]  # the latest first
    for listed in sessions[:20]:
        for name in ("session_attendance", "session_feedback_report", "session_edit"):
            assert url(name, listed.pk) in past
    assert "3 registered · 1 attended" in past
    assert "Page 1 of 2" in past and 'href="?page=2"' in past

    second = client.get(url("trainer_sessions") + "?page=2").content.decode().split('id="past-heading"')[1]
    assert re.findall(r"<bdi>(Past \d\d)</bdi>", second) == ["Past 20", "Past 21", "Past 22"]
    assert 'href="?page=1"' in second
    # A page out of range (or not a number) shows a page of the list rather than an error.
    assert client.get(url("trainer_sessions") + "?page=99").status_code == 200
    assert client.get(url("trainer_sessions") + "?page=x").status_code == 200


def test_the_list_says_what_to_do_when_there_is_nothing_to_list(client, organiser, manager):
    client.force_login(manager)  # a programme manager may run sessions before any exists
    page = client.get(url("trainer_sessions")).content.decode()
    assert "No session of yours is coming up." in page
    assert "None of your sessions has taken place yet." in page
    assert url("session_new") in page
    assert 'class="pager"' not in page


def test_the_lists_queries_do_not_grow_with_the_sessions(client, cohort, organiser, invited, django_assert_num_queries):
    """The selectors behind the list cost the same for 3 sessions as for 30 (and ten times the learners):
    the upcoming ones one query, a page of past ones two (the count and the page). So does the whole page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(organiser)

    def sessions(count, label):
        past = _past_sessions(cohort, organiser, count, label=label)
        for number in range(count):
            coming = make_session(cohorts=[cohort], starts_in=timedelta(days=number + 1), title_en=f"{label} next")
            coming.organisers.add(organiser)
        for session in past:
            register(session, *invited[: 1 + count // 10])

    def costs():
        assert attendance.runs_sessions(organiser)  # as the view asks first: the manager check is remembered
        with django_assert_num_queries(1):
            coming = attendance.sessions_to_take(organiser)
        with django_assert_num_queries(2):
            page = attendance.past_sessions(organiser, page=1)
            assert all(session.registered >= 1 for session in page.object_list)
        with CaptureQueriesContext(connection) as whole:
            assert client.get(url("trainer_sessions")).status_code == 200
        return len(coming), len(page.object_list), len(whole)

    sessions(3, "Few")
    few = costs()
    sessions(27, "Many")
    many = costs()
    assert few[:2] == (3, 3) and many[:2] == (30, 20)
    assert few[2] == many[2]


def test_a_programme_manager_sets_a_course_rule_in_the_admin_by_choosing_the_course(client, manager, course):
    client.force_login(manager)
    form = client.get("/admin/snippets/convenings/courseattendancerule/add/")
    assert form.status_code == 200 and course.title in form.content.decode()
    response = client.post(
        "/admin/snippets/convenings/courseattendancerule/add/",
        {"course_key": str(course.translation_key), "sessions_required": "2"},
    )
    assert response.status_code == 302
    rule = CourseAttendanceRule.objects.get()
    assert (rule.course_key, rule.sessions_required) == (course.translation_key, 2)
    listing = client.get("/admin/snippets/convenings/courseattendancerule/").content.decode()
    assert course.title in listing


def test_the_personal_data_export_lists_attendance(session, invited, organiser):
    from lms.accounts.services import export_personal_data

    attendance.take_attendance(session=session, recorded_by=organiser, statuses={invited[0].pk: "late"})
    [row] = export_personal_data(user=invited[0])["session_attendance"]
    assert (row["session__title_en"], row["status"], row["source"]) == (session.title_en, "late", "roster")
    assert export_personal_data(user=invited[1])["session_attendance"] == []


def test_the_roster_costs_the_same_queries_for_3_and_300_learners(client, cohort, organiser):
    """The benchmark's size (tests/benchmarks/test_convenings.py), with learners made in bulk."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.cohorts.models import CohortMembership, MembershipSource
    from lms.accounts.models import User

    def bulk_session(size):
        session = make_session(cohorts=[cohort], starts_in=timedelta(minutes=-5), title_en=f"Bulk {size}")
        session.organisers.add(organiser)
        User.objects.bulk_create(
            User(email=f"bulk{size}-{n}@example.org", full_name=f"Bulk {n:03d}", password="!") for n in range(size)
        )
        users = list(User.objects.filter(email__startswith=f"bulk{size}-"))
        CohortMembership.objects.bulk_create(
            CohortMembership(cohort=cohort, user=user, source=MembershipSource.LINK) for user in users
        )
        register(session, *users)
        Attendance.objects.bulk_create(
            Attendance(session=session, user=user, status="present", recorded_by=organiser) for user in users[::2]
        )
        return session

    small, large = bulk_session(3), bulk_session(300)
    client.force_login(organiser)
    client.get(url("session_attendance", small.pk))
    with CaptureQueriesContext(connection) as three:
        assert client.get(url("session_attendance", small.pk)).status_code == 200
    with CaptureQueriesContext(connection) as three_hundred:
        page = client.get(url("session_attendance", large.pk)).content.decode()
    assert len(three_hundred) == len(three.captured_queries)
    assert page.count('type="radio"') == 1200 and page.count(" checked") == 150
