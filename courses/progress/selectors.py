"""Reads across progress and pages: percentages, where to resume, and the "My learning" dashboard.

Percentages count required lessons only. They are computed over the course tree in the
language being read; progress rows are keyed by translation_key, so they match in any language.
A completed course stays completed: a lesson first published after the learner completed it is
shown as new and is not counted against them, and the course shows 100 %.
Each function costs a fixed number of queries, whatever the number of lessons or courses.
"""

from __future__ import annotations

import operator
import uuid
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Q

from courses import course_tree
from courses.models import CompletionRule, CoursePage, LessonPage, ModulePage
from courses.progress import completion
from courses.progress.activities import H5P_BLOCK, has_blocks, required_activity_ids
from courses.progress.joined_rows import rows_joined_to_user
from courses.progress.models import (
    ActivityResult,
    Enrolment,
    EnrolmentStatus,
    LessonProgress,
    QuizAttempt,
    ReflectionNote,
)


def course_of(lesson: LessonPage) -> CoursePage:
    """The lesson's course, from the course tree (cached), remembered on the lesson for the request."""
    if getattr(lesson, "_course", None) is None:
        tree = course_tree.tree_at(lesson)
        lesson._course = tree.course if tree is not None else CoursePage.objects.ancestor_of(lesson).get()
    return lesson._course


LESSON_FIELDS = (
    "id",
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "translation_key",
    "locale_id",
    "is_required",
    "first_published_at",
)


def _lessons(course: CoursePage) -> list[LessonPage]:
    """The course's live lessons in tree order, from the course tree (no query when cached)."""
    return list(course_tree.tree_of(course).lessons)


def counts_towards_completion(course: CoursePage, lesson: LessonPage) -> bool:
    """The course's completion rule: required lessons only, or every lesson."""
    return course.completion_rule == CompletionRule.ALL_LESSONS or lesson.is_required


def required_lesson_keys(course: CoursePage) -> set[uuid.UUID]:
    return {lesson.translation_key for lesson in _lessons(course) if counts_towards_completion(course, lesson)}


def completed_course_keys(user) -> set[uuid.UUID]:
    if not user.is_authenticated:
        return set()
    return set(Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list("course_key", flat=True))


def percentage(done: int, total: int) -> int:
    return round(100 * done / total) if total else 0


def new_since_completion(lesson: LessonPage, completed_at, completed_keys: set[uuid.UUID]) -> bool:
    """First published after the learner completed the course, and not done since: shown as new, not counted."""
    return (
        completed_at is not None
        and lesson.first_published_at is not None
        and lesson.first_published_at > completed_at
        and lesson.translation_key not in completed_keys
    )


@dataclass
class ModuleProgress:
    module: ModulePage
    required: int = 0
    completed: int = 0

    @property
    def percent(self) -> int:
        return percentage(self.completed, self.required)


@dataclass
class CourseProgress:
    course: CoursePage
    enrolment: Enrolment | None
    lessons: list[LessonPage]
    completed_keys: set[uuid.UUID]
    modules: dict[str, ModuleProgress] = field(default_factory=dict)
    resume: LessonPage | None = None
    new_keys: set[uuid.UUID] = field(default_factory=set)
    rows: dict[uuid.UUID, LessonProgress] = field(default_factory=dict)  # the learner's rows, by lesson key

    @property
    def is_enrolled(self) -> bool:
        return self.enrolment is not None and self.enrolment.status == EnrolmentStatus.ACTIVE

    @property
    def is_completed(self) -> bool:
        return self.enrolment is not None and self.enrolment.completed_at is not None

    @property
    def required(self) -> int:
        return sum(module.required for module in self.modules.values())

    @property
    def completed(self) -> int:
        return sum(module.completed for module in self.modules.values())

    @property
    def lessons_done(self) -> bool:
        """Every lesson the rule counts is done (the course may still wait for another app's requirement)."""
        return self.required > 0 and self.completed >= self.required

    @property
    def percent(self) -> int:
        # A completion is never taken back, whatever was published or made required since.
        return 100 if self.is_completed else percentage(self.completed, self.required)

    def module_for(self, lesson: LessonPage) -> ModuleProgress | None:
        return self.modules.get(lesson.path[: -LessonPage.steplen])

    def lesson_completed(self, lesson: LessonPage) -> bool:
        return lesson.translation_key in self.completed_keys

    def lesson_is_new(self, lesson: LessonPage) -> bool:
        """Published after this learner completed the course (and not done since)."""
        return lesson.translation_key in self.new_keys


def _resume(lessons: list[LessonPage], rows: dict[uuid.UUID, LessonProgress]) -> LessonPage | None:
    """The last lesson visited if unfinished; else the next unfinished one after it; else the first unfinished."""
    unfinished = [lesson for lesson in lessons if not (row := rows.get(lesson.translation_key)) or not row.is_completed]
    if not unfinished:
        return None
    visited = [(rows[lesson.translation_key].last_visited_at, index) for index, lesson in enumerate(lessons)
               if lesson.translation_key in rows and rows[lesson.translation_key].last_visited_at]  # fmt: skip
    if visited:
        _when, last_index = max(visited)
        last = lessons[last_index]
        if last in unfinished:
            return last
        after = [lesson for lesson in lessons[last_index + 1 :] if lesson in unfinished]
        if after:
            return after[0]
    return unfinished[0]


def _enrolment_and_rows(
    user, course_key: uuid.UUID, lesson_keys: list[uuid.UUID]
) -> tuple[Enrolment | None, dict[uuid.UUID, LessonProgress]]:
    """The learner's enrolment in a course (at most one) and their rows for its lessons, in one query."""
    if not lesson_keys:  # an empty IN () cannot be a join condition
        return Enrolment.objects.filter(user=user, course_key=course_key).first(), {}
    found = rows_joined_to_user(
        user, {Enrolment: {"course_key": course_key}, LessonProgress: {"lesson_key__in": lesson_keys}}
    )
    enrolments = found[Enrolment]
    return (enrolments[0] if enrolments else None), {row.lesson_key: row for row in found[LessonProgress]}


def course_progress(user, course: CoursePage) -> CourseProgress:
    """Module and course percentages and the lesson to resume. One query (the enrolment and the learner's
    rows together); the course's modules and lessons come from the cached course tree."""
    tree = course_tree.tree_of(course)
    modules = {module.path: ModuleProgress(module=module) for module in tree.modules}
    lessons = list(tree.lessons)
    enrolment = None
    rows: dict[uuid.UUID, LessonProgress] = {}
    if user.is_authenticated:
        enrolment, rows = _enrolment_and_rows(
            user, course.translation_key, [lesson.translation_key for lesson in lessons]
        )
    completed_keys = {key for key, row in rows.items() if row.is_completed}
    completed_at = enrolment.completed_at if enrolment is not None else None
    new_keys = {
        lesson.translation_key for lesson in lessons if new_since_completion(lesson, completed_at, completed_keys)
    }
    for lesson in lessons:
        module = modules.get(lesson.path[: -LessonPage.steplen])
        if module is not None and counts_towards_completion(course, lesson) and lesson.translation_key not in new_keys:
            module.required += 1
            module.completed += lesson.translation_key in completed_keys
    progress = CourseProgress(
        course=course,
        enrolment=enrolment,
        lessons=lessons,
        completed_keys=completed_keys,
        modules=modules,
        new_keys=new_keys,
        rows=rows,
    )
    if progress.is_enrolled:
        progress.resume = _resume(lessons, rows)
    return progress


def request_course_progress(request, course: CoursePage) -> CourseProgress:
    """``course_progress`` once per request and course: the lesson visit and the page's template share it."""
    memo = request.__dict__.setdefault("_course_progress", {})
    key = (request.user.pk, course.pk)
    if key not in memo:
        memo[key] = course_progress(request.user, course)
    return memo[key]


def activity_result(user, lesson: LessonPage, block_id: str) -> ActivityResult | None:
    """This learner's best result in one H5P block of the lesson; None before their first scored result."""
    return ActivityResult.objects.filter(user=user, lesson_key=lesson.translation_key, block_id=block_id).first()


@dataclass(frozen=True)
class AfterLesson:
    """Where a learner goes once a lesson is complete, and what the course still counts as not done."""

    course: CoursePage
    next_lesson: LessonPage | None  # the following lesson in course order, done or not
    still_to_do: list[LessonPage]  # the lessons the completion rule counts and the learner has not done
    course_completed_now: bool

    @property
    def destination(self) -> CoursePage | LessonPage:
        """The course page when the course has just been completed (its completion box says what comes next);
        else the next lesson, as the lesson's own "Next lesson" link; after the last lesson, the first one still
        to do, else the course page (which says what else the course needs, if anything)."""
        if self.course_completed_now:
            return self.course
        if self.next_lesson is not None:
            return self.next_lesson
        return self.still_to_do[0] if self.still_to_do else self.course


def after_lesson(user, lesson: LessonPage, *, course_completed_now: bool = False) -> AfterLesson:
    """What follows ``lesson`` for this learner, read after it was completed. One query (``course_progress``)."""
    course = course_of(lesson)
    progress = course_progress(user, course)
    keys = [item.translation_key for item in progress.lessons]
    position = keys.index(lesson.translation_key) if lesson.translation_key in keys else len(keys)
    still_to_do = [
        item
        for item in progress.lessons
        if counts_towards_completion(course, item)
        and item.translation_key not in progress.completed_keys
        and item.translation_key not in progress.new_keys
    ]
    return AfterLesson(
        course=course,
        next_lesson=progress.lessons[position + 1] if position + 1 < len(progress.lessons) else None,
        still_to_do=[] if progress.is_completed else still_to_do,
        course_completed_now=course_completed_now,
    )


@dataclass(frozen=True)
class QuizState:
    attempts: list[QuizAttempt]
    best: QuizAttempt | None
    latest: QuizAttempt | None

    @property
    def passed(self) -> bool:
        return self.best is not None and self.best.passed


@dataclass(frozen=True)
class LessonState:
    """What the learner has done in one lesson: for its quizzes, reflections and completion button."""

    quizzes: dict[str, QuizState]
    notes: dict[str, str]
    requires_activity: bool = False
    activities: dict[str, ActivityResult] = field(default_factory=dict)

    def quiz(self, quiz_id: str) -> QuizState:
        return self.quizzes.get(quiz_id, QuizState(attempts=[], best=None, latest=None))

    def activity(self, block_id: str) -> ActivityResult | None:
        return self.activities.get(block_id)


def lesson_state(user, lesson: LessonPage) -> LessonState:
    """Quiz attempts, H5P results and reflection notes of this learner in this lesson: one query for all the
    kinds of block the lesson has (none for a lesson of text)."""
    requires_activity = bool(required_activity_ids(lesson.body, course_of(lesson)))
    if not user.is_authenticated:
        return LessonState(quizzes={}, notes={}, requires_activity=requires_activity)
    # Each kind of state is read only when the lesson has blocks of that kind (seen in the stored JSON).
    kinds = [
        model
        for model, block_type in ((QuizAttempt, "quiz"), (ReflectionNote, "reflection"), (ActivityResult, H5P_BLOCK))
        if has_blocks(lesson.body, block_type)
    ]
    found = rows_joined_to_user(user, {kind: {"lesson_key": lesson.translation_key} for kind in kinds})
    attempts: dict[str, list[QuizAttempt]] = {}
    for attempt in sorted(found.get(QuizAttempt, ()), key=lambda attempt: (attempt.submitted_at, attempt.pk)):
        attempts.setdefault(attempt.quiz_id, []).append(attempt)
    quizzes = {
        quiz_id: QuizState(attempts=items, best=max(items, key=lambda attempt: attempt.score), latest=items[-1])
        for quiz_id, items in attempts.items()
    }
    notes = {note.block_id: note.text for note in found.get(ReflectionNote, ())}
    results = {result.block_id: result for result in found.get(ActivityResult, ())}
    return LessonState(quizzes=quizzes, notes=notes, requires_activity=requires_activity, activities=results)


@dataclass(frozen=True)
class DashboardCourse:
    course: CoursePage
    percent: int
    resume: LessonPage | None
    completed_at: object
    new_lessons: int = 0
    missing: tuple[completion.MissingRequirement, ...] = ()  # what else an unfinished course needs (a session)


@dataclass(frozen=True)
class Dashboard:
    in_progress: list[DashboardCourse]
    completed: list[DashboardCourse]


def my_learning(user, locale) -> Dashboard:
    """Enrolled and completed courses in the reader's language, with progress and what else each unfinished
    course requires (the registered requirements' own fixed cost). Five queries for any number."""
    enrolments = {
        enrolment.course_key: enrolment
        for enrolment in Enrolment.objects.filter(user=user, status=EnrolmentStatus.ACTIVE)
    }
    courses = list(
        CoursePage.objects.live().filter(translation_key__in=list(enrolments), locale=locale).order_by("title")
    )
    if not courses:
        return Dashboard(in_progress=[], completed=[])
    in_courses = reduce(operator.or_, (Q(path__startswith=course.path) for course in courses))
    lessons = list(LessonPage.objects.live().filter(in_courses, locale=locale).order_by("path").only(*LESSON_FIELDS))
    rows = {
        row.lesson_key: row
        for row in LessonProgress.objects.filter(
            user=user, lesson_key__in=[lesson.translation_key for lesson in lessons]
        )
    }
    completed_keys = {key for key, row in rows.items() if row.is_completed}
    # What other apps still require for the unfinished courses, asked once for all of them.
    missing = completion.missing_by_course(
        user=user, courses=[course for course in courses if not enrolments[course.translation_key].completed_at]
    )
    in_progress, completed = [], []
    for course in courses:
        course_lessons = [lesson for lesson in lessons if lesson.path.startswith(course.path)]
        counted = [lesson for lesson in course_lessons if counts_towards_completion(course, lesson)]
        done = sum(1 for lesson in counted if lesson.translation_key in completed_keys)
        enrolment = enrolments[course.translation_key]
        item = DashboardCourse(
            course=course,
            percent=100 if enrolment.completed_at else percentage(done, len(counted)),
            resume=_resume(course_lessons, rows),
            completed_at=enrolment.completed_at,
            new_lessons=sum(
                1 for lesson in course_lessons if new_since_completion(lesson, enrolment.completed_at, completed_keys)
            ),
            missing=tuple(missing.get(course.translation_key, ())),
        )
        (completed if enrolment.completed_at else in_progress).append(item)
    return Dashboard(in_progress=in_progress, completed=completed)


def next_course(user, course: CoursePage) -> CoursePage | None:
    """What to take after completing `course`: a course it unlocks (one that lists it as a prerequisite),
    else the next course of its track; in the reader's language, never one the learner has completed.
    Three queries at most."""
    from courses.models import CoursePrerequisite

    candidates = (
        CoursePage.objects.live()
        .public()
        .filter(locale_id=course.locale_id)
        .exclude(translation_key__in=completed_course_keys(user) | {course.translation_key})
        .order_by("path")
    )
    # Prerequisites may name the course in any of its languages: match on translation keys.
    unlocking = CoursePrerequisite.objects.filter(prerequisite__translation_key=course.translation_key)
    unlocked = candidates.filter(translation_key__in=unlocking.values("course__translation_key")).first()
    if unlocked is not None or course.track_id is None:
        return unlocked
    return candidates.filter(track_id=course.track_id, path__gt=course.path).first()
