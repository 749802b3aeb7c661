"""Wagtail's reference-index tasks of a course's prerequisites all run when a worker picks them up later.

With the database task backend (production's ``db_worker``), a task runs after the request that
queued it. Loading a course in every language used to replace the prerequisite rows that
``copy_for_translation`` had just made, so the worker failed the tasks queued for them with
``CoursePrerequisite.DoesNotExist``.
"""

from importlib import import_module

import pytest
from django_tasks import task_backends

from courses.models import CourseIndexPage, CoursePage
from home.demo import catalogue

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued_tasks(settings):
    """Tasks are queued, not run, as the database backend does until the worker takes them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = task_backends["default"]
    backend.clear()
    yield backend
    backend.clear()


def test_every_reference_index_task_of_a_course_with_prerequisites_runs_later(queued_tasks, demo_site):
    source = catalogue.SOURCE_LANGUAGE
    index = CourseIndexPage.objects.get(locale__language_code=source)
    first = import_module(f"home.demo.content.{catalogue.COURSE_MODULES[0]}").COURSE
    foundation = CoursePage.objects.get(locale__language_code=source, slug=first["slug"])
    data = dict(import_module(f"home.demo.content.{catalogue.COURSE_MODULES[1]}").COURSE, slug="worker-course")
    course = catalogue.load_course(index, data, prerequisite=foundation)

    names = [result.task.name for result in queued_tasks.results]
    assert "update_reference_index_task" in names
    for result in queued_tasks.results:  # what db_worker does, after the loader's transaction
        result.task.call(*result.args, **result.kwargs)
    for translation in course.get_translations(inclusive=True):
        assert [row.prerequisite.locale_id for row in translation.specific.prerequisites.all()] == [
            translation.locale_id
        ]
