"""The final check comes before the certificate: a course with a knowledge check completes (and its
certificate issues) once the learner has taken the final check or skipped it, never before; courses without
a check are unaffected, and a completion already recorded is never taken back."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from courses.certificates.models import Certificate
from courses.evidence import services
from courses.evidence.models import CheckAttempt, CheckSkip, Phase
from courses.evidence.requirements import final_check_done
from courses.models import CourseIndexPage, LessonPage
from courses.progress.models import Enrolment
from courses.progress.services import recheck_course_completion
from tests.evidence.conftest import ALL_RIGHT, CONFIDENT, HALF_RIGHT, check_post, make_check
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db

REQUIREMENT = "Take the final check after the last lesson, or skip it (it counts towards nothing)."


@pytest.fixture
def learner(client):
    # A name: the certificate is issued only to a learner with a name to print.
    user = make_user("final-check@example.org", full_name="Final Check Learner")
    client.force_login(user)
    return user


def _completed_at(user, course):
    return Enrolment.objects.get(user=user, course_key=course.translation_key).completed_at


def _certificates(user, course):
    return Certificate.objects.filter(user=user, course_key=course.translation_key).count()


def _post_url(course):
    return reverse("evidence_check", args=[course.pk, Phase.POST])


def _finish_lessons(client, course):
    for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
        client.post(reverse("complete_lesson", args=[lesson.pk]))


def _arabic(text):
    with translation.override("ar"):
        return translation.gettext(text)


def test_the_certificate_waits_for_the_final_check_and_the_learner_sees_what_is_missing(
    client, lessons_done, course, lessons
):
    assert _completed_at(lessons_done, course) is None
    assert _certificates(lessons_done, course) == 0
    # The course page, the last lesson and the dashboard say what is missing, with a link to the check.
    for url in (course.url, lessons[-1].url, reverse("my_learning")):
        page = client.get(url).content.decode()
        assert _arabic(REQUIREMENT) in page, url
        assert _post_url(course) in page, url
    check_page = client.get(_post_url(course)).content.decode()
    assert 'name="q-' in check_page and reverse("evidence_skip_final", args=[course.pk]) in check_page


def test_taking_the_final_check_completes_the_course_and_issues_the_certificate_once(client, lessons_done, course):
    response = client.post(_post_url(course), check_post(ALL_RIGHT, CONFIDENT))
    assert response["Location"] == reverse("evidence_results", args=[course.pk])
    completed_at = _completed_at(lessons_done, course)
    assert completed_at is not None
    assert _certificates(lessons_done, course) == 1
    # Submitting again (a double click, a retry) changes nothing.
    client.post(_post_url(course), check_post(HALF_RIGHT, CONFIDENT))
    services.submit_check(user=lessons_done, course=course, phase=Phase.POST, answers=ALL_RIGHT, confidence=CONFIDENT)
    assert CheckAttempt.objects.filter(user=lessons_done, phase=Phase.POST).count() == 1
    assert CheckAttempt.objects.get(user=lessons_done, phase=Phase.POST).score == 100
    assert _completed_at(lessons_done, course) == completed_at
    assert _certificates(lessons_done, course) == 1
    page = client.get(course.url).content.decode()
    assert _arabic(REQUIREMENT) not in page
    assert reverse("evidence_results", args=[course.pk]) in page


def test_skipping_the_final_check_completes_the_course_and_says_it_counts_towards_nothing(client, lessons_done, course):
    response = client.post(reverse("evidence_skip_final", args=[course.pk]), follow=True)
    page = response.content.decode()
    assert _arabic("You skipped the final check. It counts towards nothing, and it is not offered again.") in page
    assert CheckSkip.objects.filter(user=lessons_done, course_key=course.translation_key, phase=Phase.POST).exists()
    assert not CheckAttempt.objects.filter(user=lessons_done).exists()
    assert _completed_at(lessons_done, course) is not None
    assert _certificates(lessons_done, course) == 1
    # Not offered again in the completion box; a second skip changes nothing.
    assert _post_url(course) not in page
    client.post(reverse("evidence_skip_final", args=[course.pk]))
    assert CheckSkip.objects.filter(user=lessons_done, phase=Phase.POST).count() == 1
    assert _certificates(lessons_done, course) == 1


def test_the_final_check_cannot_be_skipped_or_taken_before_the_lessons_are_done(client, enrolled, course):
    client.post(reverse("evidence_skip_final", args=[course.pk]))
    assert not CheckSkip.objects.filter(user=enrolled, phase=Phase.POST).exists()
    assert client.post(_post_url(course), check_post(ALL_RIGHT)).status_code == 400
    assert not CheckAttempt.objects.filter(user=enrolled, phase=Phase.POST).exists()
    assert _completed_at(enrolled, course) is None


def test_skipping_is_for_ones_own_enrolment_only(client, lessons_done, course):
    other = make_user("not-enrolled@example.org")
    client.force_login(other)
    client.post(reverse("evidence_skip_final", args=[course.pk]))
    assert not CheckSkip.objects.filter(user=other).exists()
    assert _completed_at(lessons_done, course) is None


def test_a_course_without_a_check_completes_after_its_lessons(client, learner, demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    plain = make_course(index, slug="no-check-course", modules=1, lessons_per_module=2)
    client.post(reverse("enrol", args=[plain.pk]))
    _finish_lessons(client, plain)
    assert _completed_at(learner, plain) is not None
    assert _certificates(learner, plain) == 1
    assert final_check_done(users=[learner], courses=[plain]) == {}


def test_a_learner_who_completed_before_keeps_their_completion(client, learner, course, check, lessons):
    """Completed before the final check was required: the completion and certificate stay, nothing is undone,
    and the final check is still offered in the completion box (it counts towards nothing)."""
    earlier = timezone.now() - timezone.timedelta(days=30)
    Enrolment.objects.create(user=learner, course_key=course.translation_key, completed_at=earlier)
    assert final_check_done(users=[learner], courses=[course])  # the requirement itself is not met...
    assert recheck_course_completion(user=learner, course=course) is False
    client.post(reverse("complete_lesson", args=[lessons[0].pk]))
    assert _completed_at(learner, course) == earlier  # ...yet the completion stays as it was
    page = client.get(course.url).content.decode()
    assert _arabic(REQUIREMENT) not in page
    assert _post_url(course) in page
    client.post(_post_url(course), check_post(ALL_RIGHT))
    assert _completed_at(learner, course) == earlier


def test_the_requirement_costs_two_queries_for_1_or_10_learners_and_one_without_a_check(
    course, check, django_assert_num_queries, demo_site
):
    learners = [make_user(f"req-{n}@example.org") for n in range(10)]
    for learner in learners[:4]:
        CheckAttempt.objects.create(user=learner, course_key=course.translation_key, phase=Phase.POST, score=50)
    CheckSkip.objects.create(user=learners[4], course_key=course.translation_key, phase=Phase.POST)
    CheckSkip.objects.create(user=learners[5], course_key=course.translation_key, phase=Phase.PRE)
    with django_assert_num_queries(2):
        one = final_check_done(users=learners[:1], courses=[course])
    with django_assert_num_queries(2):
        ten = final_check_done(users=learners, courses=[course])
    assert one == {}
    assert set(ten) == {(learner.pk, course.translation_key) for learner in learners[5:]}
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    other = make_course(index, slug="no-check-cost", modules=1, lessons_per_module=1)
    with django_assert_num_queries(1):
        assert final_check_done(users=learners, courses=[other]) == {}


def test_the_check_of_another_language_counts(client, learner, course, demo_site):
    """The requirement is per course in any language: a check made only for the French copy still counts."""
    from tests.factories import translate_course

    french = translate_course(course, "fr")
    make_check(french)
    assert final_check_done(users=[learner], courses=[course])
