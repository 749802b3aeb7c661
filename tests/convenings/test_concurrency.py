"""Registrations racing for the last places on PostgreSQL: the capacity holds and the rest wait in line."""

import threading

import pytest
from django.db import connection, connections

from courses.convenings import services
from courses.convenings.models import Registration, RegistrationStatus
from tests.cohorts.conftest import add_member, make_cohort
from tests.convenings.conftest import make_session
from tests.factories import make_user

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks (select_for_update) are tested on PostgreSQL; SQLite serialises whole writes",
    ),
]

LEARNERS = 8
CAPACITY = 3


def test_concurrent_registrations_never_exceed_the_capacity():
    cohort = make_cohort(name="Racers", country="TN", city_name="Sfax")
    learners = [make_user(f"racer{number}@example.org") for number in range(LEARNERS)]
    for learner in learners:
        add_member(cohort, learner)
    session = make_session(cohorts=[cohort], capacity=CAPACITY)

    errors: list[BaseException] = []
    barrier = threading.Barrier(LEARNERS)

    def register(user) -> None:
        try:
            barrier.wait()
            services.register(user=user, session=session)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(learner,)) for learner in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    rows = Registration.objects.filter(session=session)
    assert rows.filter(status=RegistrationStatus.REGISTERED).count() == CAPACITY
    positions = list(rows.waiting().values_list("position", flat=True))
    assert len(positions) == LEARNERS - CAPACITY
    assert len(set(positions)) == len(positions)  # each waiting learner has their own place in line


def test_cancellations_racing_registrations_promote_the_line_in_order():
    """Two learners give up their places while three newcomers register: the places stay at the capacity,
    the first two in line take the freed places, and the newcomers queue behind the rest of the line."""
    cohort = make_cohort(name="Racers again", country="TN", city_name="Sfax")
    learners = [make_user(f"again{number}@example.org") for number in range(9)]
    for learner in learners:
        add_member(cohort, learner)
    session = make_session(cohorts=[cohort], capacity=CAPACITY)
    for learner in learners[:6]:  # three places taken, three in line
        services.register(user=learner, session=session)
    leaving, line, newcomers = learners[:2], learners[3:6], learners[6:]

    errors: list[BaseException] = []
    barrier = threading.Barrier(len(leaving) + len(newcomers))

    def act(write, user) -> None:
        try:
            barrier.wait()
            write(user=user, session=session)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=act, args=(services.cancel, user)) for user in leaving]
    threads += [threading.Thread(target=act, args=(services.register, user)) for user in newcomers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    rows = Registration.objects.filter(session=session)
    registered = set(rows.filter(status=RegistrationStatus.REGISTERED).values_list("user", flat=True))
    assert registered == {learners[2].pk, line[0].pk, line[1].pk}
    waiting = [row.user_id for row in rows.waiting()]
    assert waiting[0] == line[2].pk and set(waiting[1:]) == {user.pk for user in newcomers}
