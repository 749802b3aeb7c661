"""Registering and cancelling: invited learners only, the waiting list in order, a freed place to the
first in line, and both writes safe to repeat."""

from __future__ import annotations

from datetime import timedelta

import pytest

from courses.convenings import services
from courses.convenings.models import Registration, RegistrationStatus
from tests.cohorts.conftest import add_member
from tests.convenings.conftest import make_session
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_an_uninvited_learner_cannot_register(cohort, outsider):
    session = make_session(cohorts=[cohort])
    with pytest.raises(services.NotInvited):
        services.register(user=outsider, session=session)
    assert not Registration.objects.exists()


def test_a_city_team_member_is_invited_through_their_city(city, city_member):
    session = make_session(cities=[city])
    registration = services.register(user=city_member, session=session)
    assert registration.status == RegistrationStatus.REGISTERED


def test_full_session_puts_learners_on_the_waiting_list_in_order(cohort, invited):
    session = make_session(cohorts=[cohort], capacity=1)
    first, second, third = (services.register(user=user, session=session) for user in invited)
    assert first.status == RegistrationStatus.REGISTERED
    assert (second.status, third.status) == (RegistrationStatus.WAITING, RegistrationStatus.WAITING)
    assert list(Registration.objects.filter(session=session).waiting().values_list("user", flat=True)) == [
        invited[1].pk,
        invited[2].pk,
    ]


def test_cancelling_promotes_the_first_waiting(cohort, invited, mailoutbox, django_capture_on_commit_callbacks):
    session = make_session(cohorts=[cohort], capacity=1)
    for user in invited:
        services.register(user=user, session=session)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(user=invited[0], session=session)
    statuses = dict(Registration.objects.filter(session=session).values_list("user", "status"))
    assert statuses == {
        invited[0].pk: RegistrationStatus.CANCELLED,
        invited[1].pk: RegistrationStatus.REGISTERED,
        invited[2].pk: RegistrationStatus.WAITING,
    }
    # The promoted learner is told.
    assert [message.to for message in mailoutbox] == [[invited[1].email]]


def test_leaving_the_waiting_list_promotes_nobody(cohort, invited):
    session = make_session(cohorts=[cohort], capacity=1)
    for user in invited:
        services.register(user=user, session=session)
    services.cancel(user=invited[1], session=session)
    assert Registration.objects.get(session=session, user=invited[2]).status == RegistrationStatus.WAITING


def test_register_and_cancel_are_idempotent(cohort, invited, mailoutbox, django_capture_on_commit_callbacks):
    session = make_session(cohorts=[cohort], capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        once = services.register(user=invited[0], session=session)
        twice = services.register(user=invited[0], session=session)
    assert once.pk == twice.pk and Registration.objects.count() == 1
    assert len(mailoutbox) == 1
    services.register(user=invited[1], session=session)
    services.cancel(user=invited[0], session=session)
    services.cancel(user=invited[0], session=session)
    assert Registration.objects.get(user=invited[1]).status == RegistrationStatus.REGISTERED
    assert services.cancel(user=invited[2], session=session) is None


def test_registering_again_after_cancelling_goes_to_the_back_of_the_line(cohort, invited):
    session = make_session(cohorts=[cohort], capacity=1)
    services.register(user=invited[0], session=session)
    services.register(user=invited[1], session=session)
    services.cancel(user=invited[0], session=session)  # invited[1] takes the place
    again = services.register(user=invited[0], session=session)
    assert again.status == RegistrationStatus.WAITING
    assert Registration.objects.filter(session=session, user=invited[0]).count() == 1


def test_a_past_session_takes_no_registration(cohort, invited):
    session = make_session(cohorts=[cohort], starts_in=-timedelta(days=1))
    with pytest.raises(services.SessionOver):
        services.register(user=invited[0], session=session)


def test_unlimited_session_registers_everyone(cohort, invited):
    session = make_session(cohorts=[cohort], capacity=None)
    assert {services.register(user=user, session=session).status for user in invited} == {"registered"}


def test_each_freed_place_goes_to_the_next_in_line_and_a_returning_learner_joins_the_back(cohort):
    learners = []
    for number in range(6):
        learner = make_user(f"line{number}@example.org")
        add_member(cohort, learner)
        learners.append(learner)
    session = make_session(cohorts=[cohort], capacity=2)
    for learner in learners:
        services.register(user=learner, session=session)
    line = Registration.objects.filter(session=session).waiting()
    assert [row.user_id for row in line] == [learner.pk for learner in learners[2:]]

    services.cancel(user=learners[3], session=session)  # leaves the line: nobody moves up
    services.register(user=learners[3], session=session)  # comes back: at the back
    assert [row.user_id for row in line.all()] == [learners[2].pk, learners[4].pk, learners[5].pk, learners[3].pk]

    def registered():
        return set(Registration.objects.filter(session=session).registered().values_list("user", flat=True))

    services.cancel(user=learners[0], session=session)
    assert registered() == {learners[1].pk, learners[2].pk}
    services.cancel(user=learners[1], session=session)
    assert registered() == {learners[2].pk, learners[4].pk}
    services.cancel(user=learners[2], session=session)
    assert registered() == {learners[4].pk, learners[5].pk}
    assert [row.user_id for row in line.all()] == [learners[3].pk]
