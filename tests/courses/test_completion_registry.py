"""Progress's completion registry (courses.progress.completion): requirements hold a course's completion back
and say what is missing; handlers (the certificate) run once when it completes; progress imports neither.

The requirement registered here stands in for convenings' attendance: a real function, registered through
the registry for the length of a test, that reads real rows (membership of an "attended" group) in one
query for any number of learners and courses.
"""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail import hooks

from courses.certificates.models import Certificate
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services
from courses.progress.completion import (
    COURSE_COMPLETION_HANDLERS,
    COURSE_COMPLETION_REQUIREMENTS,
    MissingRequirement,
)
from courses.progress.models import Enrolment
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
ABOVE_PROGRESS = (
    "courses.certificates",
    "courses.cohorts",
    "courses.cities",
    "courses.evidence",
    "courses.convenings",
    "courses.guide_feedback",
    "courses.practices",
    "courses.offline",
)


def _group_name(course) -> str:
    return f"attended-{course.translation_key}"


def attended_a_session(*, users, courses):
    """Met when the learner is in the course's "attended" group; one query whatever the sizes."""
    attended = set(
        Group.objects.filter(user__in=users, name__in=[_group_name(course) for course in courses]).values_list(
            "user", "name"
        )
    )
    return {
        (user.pk, course.translation_key): MissingRequirement(
            text="Attend 1 session (0 attended)", url="/ar/sessions-test/", link_text="See the sessions"
        )
        for user in users
        for course in courses
        if (user.pk, _group_name(course)) not in attended
    }


def attend(user, course) -> None:
    group, _created = Group.objects.get_or_create(name=_group_name(course))
    user.groups.add(group)


@pytest.fixture(autouse=True)
def _run_on_commit(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


@pytest.fixture
def requirement():
    with hooks.register_temporarily(COURSE_COMPLETION_REQUIREMENTS, attended_a_session):
        yield attended_a_session


@pytest.fixture
def index(demo_site):
    return CourseIndexPage.objects.get(locale__language_code="ar")


@pytest.fixture
def course(index):
    return make_course(index, slug="blended-course", modules=1, lessons_per_module=2)


@pytest.fixture
def learner():
    return make_user("blended@example.org", full_name="Salma Idrissi")


def _lessons(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def _finish_lessons(client, user, course):
    """Enrol and press "Mark as complete" on every lesson, as the learner does; returns the last page shown."""
    client.force_login(user)
    client.post(reverse("enrol", args=[course.pk]))
    response = None
    for lesson in _lessons(course):
        response = client.post(reverse("complete_lesson", args=[lesson.pk]), follow=True)
    return response


def _completed_at(user, course):
    return Enrolment.objects.get(user=user, course_key=course.translation_key).completed_at


def test_an_unmet_requirement_holds_completion_back_and_says_what_is_missing(client, requirement, learner, course):
    last_page = _finish_lessons(client, learner, course).text
    assert _completed_at(learner, course) is None
    assert not Certificate.objects.filter(user=learner).exists()
    # The last lesson's completion box, the course page and the dashboard card say what is missing.
    assert "Attend 1 session (0 attended)" in last_page
    assert 'href="/ar/sessions-test/"' in last_page
    course_page = client.get(course.get_url()).text
    assert "Attend 1 session (0 attended)" in course_page and "See the sessions" in course_page
    dashboard = client.get("/ar/learn/").text
    assert "Attend 1 session (0 attended)" in dashboard


def test_without_requirements_the_lessons_alone_complete_the_course(client, learner, course):
    _finish_lessons(client, learner, course)
    assert _completed_at(learner, course) is not None
    assert Certificate.objects.filter(user=learner).count() == 1


def test_a_requirement_met_later_completes_on_recheck_and_issues_one_certificate(client, requirement, learner, course):
    _finish_lessons(client, learner, course)
    assert services.recheck_course_completion(user=learner, course=course) is False
    assert _completed_at(learner, course) is None

    attend(learner, course)
    assert services.recheck_course_completion(user=learner, course=course) is True
    assert _completed_at(learner, course) is not None
    assert Certificate.objects.filter(user=learner).count() == 1
    # Retries (a second recheck, the last lesson completed again) change nothing.
    assert services.recheck_course_completion(user=learner, course=course) is False
    result = services.record_lesson_completion(user=learner, lesson=_lessons(course)[-1], course=course)
    assert result.course_completed_now is False
    assert Certificate.objects.filter(user=learner).count() == 1
    # Completed: nothing is shown as missing any more.
    assert "Attend 1 session" not in client.get(course.get_url()).text


def test_recheck_completes_nothing_for_a_learner_who_has_not_done_the_lessons(requirement, learner, course):
    services.enrol(user=learner, course=course)
    attend(learner, course)
    assert services.recheck_course_completion(user=learner, course=course) is False
    assert _completed_at(learner, course) is None


def test_recheck_completes_nothing_for_a_learner_who_left_the_course(client, requirement, learner, course):
    _finish_lessons(client, learner, course)
    services.leave_course(user=learner, course=course)
    attend(learner, course)
    assert services.recheck_course_completion(user=learner, course=course) is False
    assert _completed_at(learner, course) is None


def test_handlers_run_once_in_registration_order_under_retries(learner, course):
    calls = []

    def first(*, user, course):
        calls.append(("first", user.pk, course.translation_key))

    def second(*, user, course):
        calls.append(("second", user.pk, course.translation_key))

    services.enrol(user=learner, course=course)
    with (
        hooks.register_temporarily(COURSE_COMPLETION_HANDLERS, first),
        hooks.register_temporarily(COURSE_COMPLETION_HANDLERS, second),
    ):
        for _attempt in range(3):
            for lesson in _lessons(course):
                services.record_lesson_completion(user=learner, lesson=lesson, course=course)
            services.recheck_course_completion(user=learner, course=course)
    assert calls == [
        ("first", learner.pk, course.translation_key),
        ("second", learner.pk, course.translation_key),
    ]
    assert Certificate.objects.filter(user=learner).count() == 1


def test_a_failing_handler_leaves_the_course_incomplete_until_the_next_try(learner, course):
    """The completion and its handlers are one transaction: nothing is half done, and a retry finishes it."""
    failures = ["once"]

    def flaky(*, user, course):
        if failures:
            failures.pop()
            raise RuntimeError("the mail server is down")

    services.enrol(user=learner, course=course)
    lessons = _lessons(course)
    services.record_lesson_completion(user=learner, lesson=lessons[0], course=course)
    with hooks.register_temporarily(COURSE_COMPLETION_HANDLERS, flaky):
        with pytest.raises(RuntimeError):
            services.record_lesson_completion(user=learner, lesson=lessons[1], course=course)
        assert _completed_at(learner, course) is None
        assert not Certificate.objects.filter(user=learner).exists()
        assert services.recheck_course_completion(user=learner, course=course) is True
    assert Certificate.objects.filter(user=learner).count() == 1


def test_the_dashboard_asks_the_requirements_once_for_all_courses(client, requirement, index, learner):
    client.force_login(learner)

    def measure() -> int:
        client.get("/ar/learn/")  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            page = client.get("/ar/learn/")
        assert page.status_code == 200
        return len(captured)

    services.enrol(user=learner, course=make_course(index, slug="req-dash-0", modules=1, lessons_per_module=1))
    one = measure()
    for number in range(1, 6):
        services.enrol(
            user=learner, course=make_course(index, slug=f"req-dash-{number}", modules=2, lessons_per_module=2)
        )
    assert measure() == one
    assert client.get("/ar/learn/").text.count("Attend 1 session (0 attended)") == 6


def _imported_names(path: Path) -> set[str]:
    """Every module an import statement names, at the top or inside a function, and every string given to
    ``import_module``."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module":
            names.update(arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    return names


def test_progress_never_imports_the_apps_above_it():
    """Not even inside a function: progress reaches certificates (and the others) only through its hooks."""
    offenders = [
        (str(path.relative_to(ROOT)), name)
        for path in (ROOT / "courses" / "progress").rglob("*.py")
        for name in _imported_names(path)
        if name.startswith(ABOVE_PROGRESS)
    ]
    assert offenders == []


def test_importing_progress_services_does_not_import_the_apps_above_it():
    """In a fresh interpreter where those apps are not installed, progress's modules import none of them."""
    script = (
        "import sys\n"
        "import lms.settings.test as settings_module\n"
        f"above = {ABOVE_PROGRESS!r}\n"
        "settings_module.INSTALLED_APPS = [a for a in settings_module.INSTALLED_APPS if not a.startswith(above)]\n"
        "import django\n"
        "django.setup()\n"
        "import courses.progress.services, courses.progress.selectors, courses.progress.views\n"
        "import courses.progress.completion, courses.progress.templatetags.progress_tags\n"
        "print(sorted(name for name in sys.modules if name.startswith(above)))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.test", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
