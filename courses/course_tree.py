"""A course's tree (its catalogue, modules and live lessons) read once and kept in the page cache.

Course → Module → Lesson: the course page, the lesson page, their navigation and every progress
read walk the same tree. It is read in four queries the first time, then comes from the cache
(lms.page_cache) until any page is published, unpublished, moved, deleted or saved. Lessons are
kept without their body: pages that render a body load it themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.models import Page

from lms.page_cache import generation


@dataclass
class CourseTree:
    course: object  # CoursePage
    catalogue: Page | None
    modules: list = field(default_factory=list)  # live ModulePages, in tree order
    lessons: list = field(default_factory=list)  # live LessonPages (body deferred), in tree order
    other_modules: dict = field(default_factory=dict)  # path → ModulePage not live (still a breadcrumb)
    prerequisites: list = field(default_factory=list)  # prerequisite CoursePages in the course's language

    def module_at(self, path: str):
        return next((module for module in self.modules if module.path == path), None) or self.other_modules.get(path)

    def lessons_under(self, path: str) -> list:
        return [lesson for lesson in self.lessons if lesson.path.startswith(path)]

    @property
    def crumbs(self) -> list[Page]:
        """The catalogue and the course: what sits above a module in the breadcrumbs."""
        return [page for page in (self.catalogue, self.course) if page is not None]


def _prerequisites(course) -> list:
    from courses.models import CoursePage

    prerequisite_ids = list(course.prerequisites.values_list("prerequisite_id", flat=True))
    if not prerequisite_ids:
        return []
    keys = CoursePage.objects.filter(pk__in=prerequisite_ids).values_list("translation_key", flat=True)
    localized = CoursePage.objects.live().filter(translation_key__in=list(keys), locale_id=course.locale_id)
    return list({page.translation_key: page for page in localized}.values())


def _build(course) -> CourseTree:
    from courses.models import LessonPage, ModulePage

    catalogue = Page.objects.filter(path=course.path[: -course.steplen]).first() if course.depth > 1 else None
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path").defer("body"))
    return CourseTree(
        course=course,
        catalogue=catalogue,
        modules=[module for module in modules if module.live],
        lessons=lessons,
        other_modules={module.path: module for module in modules if not module.live},
        prerequisites=_prerequisites(course),
    )


def _cached(course_path: str, load_course) -> CourseTree | None:
    key = generation.key("course-tree", course_path)

    def read() -> CourseTree | None:
        tree = cache.get(key)
        if tree is None:
            course = load_course()
            if course is None:
                return None
            tree = _build(course)
            cache.set(key, tree, generation.timeout())
        return tree

    # One unpickled tree per request, however many selectors of the page ask for it.
    return generation.remembered(key, read)


def tree_of(course) -> CourseTree:
    """The tree of this course (a CoursePage), from the cache when it was read in this generation."""
    return _cached(course.path, lambda: course)


def tree_at(page: Page) -> CourseTree | None:
    """The tree of the course of a module or lesson page (or of a course page); None outside a course."""
    from courses.models import CoursePage, LessonPage, ModulePage

    if isinstance(page, CoursePage):
        return tree_of(page)
    levels = 1 if isinstance(page, ModulePage) else 2 if isinstance(page, LessonPage) else None
    if levels is None or page.depth <= levels:
        return None
    course_path = page.path[: -levels * page.steplen]
    return _cached(course_path, lambda: CoursePage.objects.filter(path=course_path).first())
