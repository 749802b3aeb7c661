"""Joining a cohort: the invitation link asks to log in or sign up, says what the trainers will see,
and joins and enrols only on the person's own click; expired, full, rotated and ended links are
refused with a clear message; refused enrolments are explained; members can leave at any time."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from courses.cohorts import services
from courses.cohorts.models import CohortInvitation, CohortMembership, CohortStatus, MembershipSource
from courses.models import CoursePage, CoursePrerequisite
from courses.progress.models import Enrolment, EnrolmentStatus
from tests.cohorts.conftest import add_member, make_cohort
from tests.factories import DEFAULT_PASSWORD, make_course, make_user

pytestmark = pytest.mark.django_db


def _join_url(cohort, language="ar"):
    with translation.override(language):
        return reverse("cohort_join", args=[cohort.invitation_token])


def _messages(response) -> str:
    return " ".join(str(message) for message in response.context["messages"]) if response.context else ""


def test_anonymous_visitor_is_asked_to_log_in_or_sign_up_and_comes_back(client, cohort):
    url = _join_url(cohort)
    html = client.get(url).content.decode()
    assert "Tunis staff" in html
    assert f'href="/accounts/login/?next={url}"' in html
    assert f'href="/accounts/signup/?next={url}"' in html
    # POSTing without an account goes to the login page too, and writes nothing.
    response = client.post(url)
    assert response["Location"].startswith("/accounts/login/?next=")
    assert not cohort.memberships.exists()


def test_log_in_through_the_link_then_join_and_enrol(client, cohort, course):
    user = make_user("salma@example.org")
    url = _join_url(cohort, "en")
    login = client.post(f"/accounts/login/?next={url}", {"login": "salma@example.org", "password": DEFAULT_PASSWORD})
    assert login["Location"] == url
    page = client.get(url).content.decode()
    assert "I agree: join the cohort" in page and "csrfmiddlewaretoken" in page
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == reverse("my_learning")
    membership = CohortMembership.objects.get(cohort=cohort, user=user)
    assert membership.source == MembershipSource.LINK
    assert Enrolment.objects.get(user=user, course_key=course.translation_key).status == EnrolmentStatus.ACTIVE
    assert "Welcome to the cohort" in _messages(response)


def test_sign_up_through_the_link_comes_back_to_it_after_confirming(client, cohort):
    url = _join_url(cohort)
    client.post(
        f"/accounts/signup/?next={url}",
        {
            "full_name": "New Person",
            "email": "new@example.org",
            "password1": DEFAULT_PASSWORD,
            "password2": DEFAULT_PASSWORD,
        },
    )
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", mail.outbox[-1].body).group(1)
    confirmed = client.post(link)
    assert confirmed["Location"] == url
    client.post(url)
    assert CohortMembership.objects.filter(cohort=cohort, user__email="new@example.org").exists()


def test_joining_twice_keeps_one_membership(client, cohort):
    user = make_user("salma@example.org")
    client.force_login(user)
    client.post(_join_url(cohort), follow=True)
    response = client.post(_join_url(cohort), follow=True)
    assert CohortMembership.objects.filter(user=user).count() == 1
    assert "Welcome" not in _messages(response)


def test_an_unverified_address_joins_but_is_told_why_it_is_not_enrolled(client, cohort):
    user = make_user("unverified@example.org", verified=False)
    client.force_login(user)
    response = client.post(_join_url(cohort, "en"), follow=True)
    assert CohortMembership.objects.filter(user=user).exists()
    assert not Enrolment.objects.filter(user=user).exists()
    assert "Please confirm your e-mail address before you enrol." in _messages(response)


def test_unmet_prerequisites_are_named_and_the_prerequisite_course_is_enrolled(client, index, trainer):
    first = make_course(index, slug="first", modules=1, lessons_per_module=1)
    second = make_course(index, slug="second", modules=1, lessons_per_module=1)
    CoursePrerequisite.objects.create(course=CoursePage.objects.get(pk=second.pk), prerequisite=first)
    cohort = make_cohort(courses=[first, second], trainers=[trainer])
    user = make_user("salma@example.org")
    client.force_login(user)
    response = client.post(_join_url(cohort, "en"), follow=True)
    text = _messages(response)
    assert Enrolment.objects.filter(user=user, course_key=first.translation_key).exists()
    assert not Enrolment.objects.filter(user=user, course_key=second.translation_key).exists()
    assert "Course second" in text and "First complete: \u2068Course first\u2069." in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"invitation_expires_at": timezone.now() - timedelta(minutes=1)}, "This invitation link has expired."),
        ({"seat_limit": 1}, "This cohort is full."),
        ({"status": CohortStatus.ARCHIVED}, "This cohort has ended"),
    ],
)
def test_expired_full_and_ended_links_are_refused(client, cohort, learner, change, message):
    for field, value in change.items():
        setattr(cohort, field, value)
    cohort.save()
    user = make_user("late@example.org")
    client.force_login(user)
    assert message in client.get(_join_url(cohort, "en")).content.decode()
    response = client.post(_join_url(cohort, "en"), follow=True)
    assert message in _messages(response)
    assert not CohortMembership.objects.filter(user=user).exists()


def test_a_seat_limit_leaves_room_until_it_is_reached(client, cohort):
    cohort.seat_limit = 2
    cohort.save()
    for number in range(3):
        user = make_user(f"seat-{number}@example.org")
        client.force_login(user)
        client.post(_join_url(cohort))
    assert cohort.memberships.count() == 2


def test_a_rotated_link_stops_working(client, cohort, trainer):
    old = _join_url(cohort, "en")
    client.force_login(trainer)
    client.post(reverse("trainer_rotate_invitation", args=[cohort.pk]), {"confirm": "on"})
    cohort.refresh_from_db()
    user = make_user("late@example.org")
    client.force_login(user)
    response = client.get(old)
    assert response.status_code == 404
    assert "This invitation link is not valid any more." in response.content.decode()
    assert client.post(old).status_code == 404
    assert client.post(_join_url(cohort)).status_code == 302
    assert CohortMembership.objects.filter(user=user, cohort=cohort).exists()


def test_a_personal_invitation_joins_even_when_the_link_is_closed(client, cohort):
    cohort.seat_limit = 0
    cohort.save()
    invitation = CohortInvitation.objects.create(cohort=cohort, email="invited@example.org", language="fr")
    user = make_user("invited@example.org")
    client.force_login(user)
    client.post(reverse("cohort_join", args=[invitation.token]))
    assert CohortMembership.objects.get(user=user).source == MembershipSource.INVITATION
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    assert invitation.accepted_by == user


def test_an_accepted_personal_invitation_does_not_let_a_second_account_in(client, cohort):
    invitation = CohortInvitation.objects.create(cohort=cohort, email="invited@example.org", language="fr")
    invited = make_user("invited@example.org")
    client.force_login(invited)
    client.post(reverse("cohort_join", args=[invitation.token]))
    forwarded_to = make_user("someone-else@example.org")
    client.force_login(forwarded_to)
    with translation.override("en"):
        url = reverse("cohort_join", args=[invitation.token])
    assert "This invitation has already been accepted." in client.get(url).content.decode()
    client.post(url)
    assert not CohortMembership.objects.filter(user=forwarded_to).exists()
    # The person who accepted it can still come back through it.
    client.force_login(invited)
    assert "already in this cohort" in client.get(url).content.decode()


def test_an_old_personal_invitation_has_expired(cohort, english):
    invitation = CohortInvitation.objects.create(
        cohort=cohort, email="invited@example.org", language="fr", created_at=timezone.now() - timedelta(days=31)
    )
    user = make_user("invited@example.org")
    with pytest.raises(services.JoinRefused, match="expired"):
        services.join_cohort(user=user, token=invitation.token)


def test_a_member_can_come_back_to_enrol_after_a_refusal(client, cohort, course):
    user = make_user("unverified@example.org", verified=False)
    add_member(cohort, user)
    cohort.status = CohortStatus.FINISHED  # even once the cohort has ended
    cohort.save()
    user.emailaddress_set.update(verified=True)
    client.force_login(user)
    assert "Enrol me in the cohort" in client.get(_join_url(cohort, "en")).content.decode()
    client.post(_join_url(cohort))
    assert Enrolment.objects.filter(user=user, course_key=course.translation_key).exists()


CONSENT = [
    "What the trainers will see if you join",
    "your progress in the cohort's courses",
    "your quiz results",
    "your last activity in these courses",
    "your certificates for these courses",
    "You can leave the cohort at any time",
]


@pytest.mark.parametrize("personal", [False, True], ids=["shared link", "personal invitation"])
def test_the_join_page_says_what_the_trainers_will_see_and_joining_needs_a_click(client, cohort, trainer, personal):
    co_trainer = make_user("co-trainer@example.org", full_name="Karim Co-Trainer")
    cohort.trainers.add(co_trainer)
    token = cohort.invitation_token
    if personal:
        token = CohortInvitation.objects.create(cohort=cohort, email="salma@example.org", language="en").token
    with translation.override("en"):
        url = reverse("cohort_join", args=[token])
    for visitor in (None, make_user("salma@example.org")):
        if visitor:
            client.force_login(visitor)
        html = unescape(client.get(url).content.decode())
        for text in [*CONSENT, "Trainer One", "Karim Co-Trainer", "Tunis staff"]:
            assert text in html, text
    assert '<form method="post" class="join-form">' in html and "csrfmiddlewaretoken" in html
    assert not cohort.memberships.exists(), "reading the page joins nobody"


def test_a_member_leaves_and_the_trainer_no_longer_sees_them(client, cohort, trainer, learner, course):
    Enrolment.objects.create(user=learner, course_key=course.translation_key)
    client.force_login(learner)
    page = client.get(reverse("my_cohorts")).content.decode()
    assert "Tunis staff" in page and "Trainer One" in page
    assert reverse("my_cohorts") in client.get("/ar/").content.decode(), "the account menu links to it"
    response = client.post(reverse("leave_cohort", args=[cohort.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("my_cohorts")
    assert not CohortMembership.objects.filter(user=learner).exists()
    assert Enrolment.objects.filter(user=learner).exists(), "the learner's own courses stay"
    client.force_login(trainer)
    assert client.get(reverse("trainer_learner", args=[cohort.pk, learner.pk])).status_code == 404
    assert "member@example.org" not in client.get(reverse("trainer_cohort", args=[cohort.pk])).content.decode()


def test_leaving_needs_post_csrf_and_a_cohort_of_ones_own(cohort, learner, other_trainer):
    elsewhere = make_cohort(name="Elsewhere", trainers=[other_trainer])
    outsider = make_user("outsider@example.org")
    add_member(elsewhere, outsider)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert client.get(reverse("leave_cohort", args=[cohort.pk])).status_code == 405
    assert client.post(reverse("leave_cohort", args=[cohort.pk])).status_code == 403
    assert CohortMembership.objects.filter(user=learner).exists()
    client = Client()
    client.force_login(learner)
    assert client.post(reverse("leave_cohort", args=[elsewhere.pk])).status_code == 404
    assert CohortMembership.objects.filter(user=outsider).exists()


def test_joining_names_only_the_courses_newly_enrolled_and_the_ones_already_followed(client, index, trainer):
    new, following, done, left = (
        make_course(index, slug=slug, modules=1, lessons_per_module=1) for slug in ("new", "following", "done", "left")
    )
    cohort = make_cohort(courses=[new, following, done, left], trainers=[trainer])
    user = make_user("salma@example.org")
    Enrolment.objects.create(user=user, course_key=following.translation_key)
    Enrolment.objects.create(user=user, course_key=done.translation_key, completed_at=timezone.now())
    Enrolment.objects.create(user=user, course_key=left.translation_key, status=EnrolmentStatus.LEFT)
    client.force_login(user)
    response = client.post(_join_url(cohort, "en"), follow=True)
    texts = [str(message) for message in response.context["messages"]]
    assert "You are enrolled in: \u2068Course new\u2069, \u2068Course left\u2069." in texts
    assert "You were already enrolled in: \u2068Course following\u2069." in texts
    assert "You have already completed: \u2068Course done\u2069." in texts
    assert Enrolment.objects.get(user=user, course_key=left.translation_key).status == EnrolmentStatus.ACTIVE


def test_a_learner_who_already_follows_every_course_is_not_told_they_are_enrolled(client, cohort, course):
    user = make_user("salma@example.org")
    Enrolment.objects.create(user=user, course_key=course.translation_key)
    client.force_login(user)
    text = _messages(client.post(_join_url(cohort, "ar"), follow=True))
    assert "تمّ تسجيلك في" not in text
    assert "\u2068Course cohort-course\u2069" in text


def test_the_list_of_courses_uses_the_arabic_comma(client, index, trainer):
    first, second = (make_course(index, slug=slug, modules=1, lessons_per_module=1) for slug in ("first", "second"))
    cohort = make_cohort(courses=[first, second], trainers=[trainer])
    client.force_login(make_user("salma@example.org"))
    text = _messages(client.post(_join_url(cohort, "ar"), follow=True))
    assert "\u2068Course first\u2069، \u2068Course second\u2069" in text
