"""A completed course stays completed: publishing a new required lesson takes nothing back.

The learner keeps the completion and the certificate, sees 100 % everywhere, and the new lesson
is marked "new" for them (and only for learners who completed before it was published).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.certificates.models import Certificate
from courses.models import CourseIndexPage, LessonPage, ModulePage
from courses.progress import selectors, services
from courses.progress.models import Enrolment
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db

NEW_BADGE = 'class="eyebrow lesson-new"'


@pytest.fixture
def course(demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    return make_course(index, slug="kept-course", modules=2, lessons_per_module=2)


def _graduate(email: str, course):
    user = make_user(email, certificate_name_latin="Salma Idrissi", certificate_name_arabic="سلمى الإدريسي")
    services.enrol(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        services.mark_lesson_complete(user=user, lesson=lesson)
    return user


def _publish_new_lesson(course, slug="new-required") -> LessonPage:
    module = ModulePage.objects.child_of(course).order_by("path").first()
    lesson = module.add_child(
        instance=LessonPage(
            title="A lesson added later",
            slug=slug,
            is_required=True,
            body=[{"type": "rich_text", "value": "<p>Something new.</p>"}],
        )
    )
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def test_new_required_lesson_keeps_the_completion_and_the_certificate(client, course):
    graduate = _graduate("graduate-kept@example.org", course)
    enrolment = Enrolment.objects.get(user=graduate)
    completed_at = enrolment.completed_at
    certificate = Certificate.objects.get(user=graduate)
    assert completed_at is not None and certificate.status == "valid"

    new_lesson = _publish_new_lesson(course)

    enrolment.refresh_from_db()
    assert enrolment.completed_at == completed_at
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    assert Certificate.objects.current().filter(user=graduate).get() == certificate

    progress = selectors.course_progress(graduate, course)
    assert progress.is_completed
    assert progress.percent == 100
    assert all(module.percent == 100 for module in progress.modules.values())
    assert progress.lesson_is_new(new_lesson)

    client.force_login(graduate)
    html = client.get(course.get_url()).content.decode()
    assert 'value="100"' in html
    assert '<p class="done">✓' in html  # "You have completed this course."
    assert html.count(NEW_BADGE) == 1
    new_item = html[html.index(">A lesson added later</a>") :]  # its line in the outline
    assert new_item.index(NEW_BADGE) < new_item.index("</li>")

    dashboard = client.get("/ar/learn/").content.decode()
    completed_section = dashboard[dashboard.index('id="completed-heading"') :]
    assert course.title in completed_section and 'value="100"' in completed_section
    assert NEW_BADGE in completed_section

    lesson_html = client.get(new_lesson.get_url()).content.decode()
    assert NEW_BADGE in lesson_html
    assert 'value="100"' in lesson_html  # this module and this course


def test_a_learner_who_completes_after_the_lesson_was_published_sees_no_badge(client, course):
    _graduate("early-graduate@example.org", course)
    new_lesson = _publish_new_lesson(course)
    late = _graduate("late-graduate@example.org", course)
    assert Enrolment.objects.get(user=late).completed_at > new_lesson.first_published_at
    client.force_login(late)
    assert NEW_BADGE not in client.get(course.get_url()).content.decode()


def test_a_learner_in_progress_must_do_the_new_lesson(client, course):
    learner = make_user("midway@example.org")
    services.enrol(user=learner, course=course)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    for lesson in lessons[:2]:
        services.mark_lesson_complete(user=learner, lesson=lesson)
    assert selectors.course_progress(learner, course).percent == 50
    _publish_new_lesson(course)
    progress = selectors.course_progress(learner, course)
    assert progress.percent == 40 and not progress.is_completed and not progress.new_keys


def test_doing_the_new_lesson_removes_its_badge(client, course):
    graduate = _graduate("keen-graduate@example.org", course)
    new_lesson = _publish_new_lesson(course)
    services.mark_lesson_complete(user=graduate, lesson=new_lesson)
    progress = selectors.course_progress(graduate, course)
    assert not progress.lesson_is_new(new_lesson) and progress.percent == 100
    client.force_login(graduate)
    assert NEW_BADGE not in client.get(course.get_url()).content.decode()


def test_course_page_queries_do_not_grow_with_new_lessons(client, demo_site):
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    counts = []
    for slug, added in (("few-new", 1), ("many-new", 8)):
        course = make_course(index, slug=slug, modules=2, lessons_per_module=2)
        graduate = _graduate(f"graduate-{slug}@example.org", course)
        for number in range(added):
            _publish_new_lesson(course, slug=f"added-{number}")
        client.force_login(graduate)
        client.get(course.get_url())
        with CaptureQueriesContext(connection) as captured:
            html = client.get(course.get_url()).content.decode()
        assert html.count(NEW_BADGE) == added
        counts.append(len(captured))
    assert counts[0] == counts[1]
