"""The demo sessions (loaded with the demo by the test database's setup): a past dialogue with attendance
taken and feedback that the organisers' report shows, a full exchange with a waiting list in order, a
workshop with places; the demo learner sees the upcoming ones on "My learning"; loading twice adds nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from courses.convenings import feedback, selectors
from courses.convenings.models import Attendance, Registration, Session, SessionKind
from home.demo.sessions import load_demo_sessions
from lms.accounts.models import User

pytestmark = pytest.mark.django_db


def test_the_demo_sessions(demo_site):
    dialogue = Session.objects.get(kind=SessionKind.DIALOGUE, title_en__startswith="National–local dialogue")
    exchange = Session.objects.get(kind=SessionKind.EXCHANGE, title_en__startswith="City-to-city exchange")
    assert dialogue.ends_at < timezone.now() < exchange.starts_at
    assert dialogue.title_ar and dialogue.title_fr and exchange.agenda_ar and exchange.agenda_fr
    statuses = sorted(Attendance.objects.filter(session=dialogue).values_list("status", flat=True))
    assert statuses == ["absent", "excused", "late", "present", "present", "present", "present", "present"]
    report = feedback.report(dialogue)
    assert report.shown and report.answers == 6 and report.attended == 6

    card = selectors.session_card(User.objects.get(email="learner-rabat-1@academy.example"), exchange)
    assert card.is_registered and card.places_left == 0
    waiting = Registration.objects.filter(session=exchange).waiting()
    assert [row.user.email for row in waiting] == [
        "learner-rabat-4@academy.example",
        "learner-irbid-4@academy.example",
        "learner-irbid-5@academy.example",
    ]
    trainer = User.objects.get(email="trainer@academy.example")
    assert set(Session.objects.organised_by(trainer)) >= {dialogue, exchange}
    assert load_demo_sessions() == 0


def test_the_demo_learner_sees_upcoming_sessions_in_arabic(client, demo_site):
    learner = User.objects.get(email="learner@academy.example")
    cards = selectors.upcoming_for(learner)
    assert [card.session.kind for card in cards] == [SessionKind.EXCHANGE, SessionKind.WORKSHOP]
    assert cards[0].is_full
    client.force_login(learner)
    with translation.override("ar"):
        page = client.get(reverse("my_learning")).content.decode()
    assert "تبادل بين المدن: إشراك الشباب في التخطيط المحلي" in page
