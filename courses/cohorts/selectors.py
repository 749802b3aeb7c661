"""Reads for trainers and programme managers: a cohort's course structure, the learners × modules
matrix, one learner's lessons and quiz attempts, and counts per cohort (the roll-ups by country and city
add them up in ``rollups``).

Progress rows are keyed by translation_key, so a lesson done in any language counts. Every
function here costs a fixed number of queries whatever the number of learners: progress is
aggregated in the database per learner and module (lessons are mapped to modules with a CASE),
and the rest is joined in Python over plain rows. The matrix reads one grouped row per member, counts,
filters, sorts and pages them in Python, and reads cells only for the page shown.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connections, models
from django.db.models import (
    Case,
    Count,
    IntegerField,
    Max,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from courses.certificates.selectors import certificates_by_learner
from courses.cohorts.models import Cohort, CohortCourse, CohortMembership, Reminder
from courses.cohorts.report_columns import ColumnCell, ReportColumn, ReportSection, column_cells, learner_sections
from courses.course_tree import tree_of
from courses.models import CoursePage, LessonPage
from courses.progress.models import Enrolment, EnrolmentStatus, LessonProgress, LessonStatus, QuizAttempt
from courses.progress.selectors import counts_towards_completion, percentage
from lms.languages.lists import join_list
from lms.page_cache import generation, locales

STALLED_AFTER_DAYS = 14
ACTIVE_WINDOW = timedelta(days=7)
REMINDER_INTERVAL = timedelta(hours=24)


# --- Course structure -------------------------------------------------------------------------


@dataclass(frozen=True)
class LessonColumn:
    key: uuid.UUID
    title: str
    counted: bool


@dataclass
class ModuleColumn:
    index: int
    key: uuid.UUID
    title: str
    course_key: uuid.UUID
    lessons: list[LessonColumn] = field(default_factory=list)

    @property
    def required(self) -> int:
        return sum(lesson.counted for lesson in self.lessons)


@dataclass
class CourseColumn:
    key: uuid.UUID
    title: str
    modules: list[ModuleColumn] = field(default_factory=list)

    @property
    def required(self) -> int:
        return sum(module.required for module in self.modules)


@dataclass
class CohortStructure:
    """The cohort's courses, modules and lessons, titled in the reader's language where it exists."""

    courses: list[CourseColumn]

    def __post_init__(self):
        self.modules = [module for course in self.courses for module in course.modules]
        self.lesson_module = {lesson.key: module.index for module in self.modules for lesson in module.lessons}
        self.counted_keys = {lesson.key for module in self.modules for lesson in module.lessons if lesson.counted}
        self.lessons = {lesson.key: lesson for module in self.modules for lesson in module.lessons}

    @property
    def course_keys(self) -> list[uuid.UUID]:
        return [course.key for course in self.courses]


def _live_titles(keys: list[uuid.UUID], locale: Locale) -> dict[uuid.UUID, str]:
    """The titles of the live pages with these translation keys in the locale, kept in the cache with the page
    tree's generation: a page published, unpublished, moved or deleted renews it (lms.page_cache)."""
    return cache.get_or_set(
        generation.key("live-titles", locale.pk, *sorted(str(key) for key in keys)),
        lambda: dict(
            Page.objects.live().filter(translation_key__in=keys, locale=locale).values_list("translation_key", "title")
        ),
        generation.timeout(),
    )


def cohort_structure(cohort: Cohort, locale: Locale | None = None) -> CohortStructure:
    """Courses in the cohort's order, their live modules and lessons, titled in the reader's language. One
    query (the cohort's course paths); the structure itself is kept in the page cache with the page tree's
    generation, so a page published, unpublished, moved or deleted renews it (lms.page_cache)."""
    locale = locale or locales.active_locale()
    paths = list(
        CohortCourse.objects.filter(cohort=cohort).order_by("sort_order", "pk").values_list("course__path", flat=True)
    )
    if not paths:
        return CohortStructure(courses=[])
    key = generation.key("cohort-structure", locale.pk, *paths)
    return generation.remembered(
        key, lambda: cache.get_or_set(key, lambda: _build_structure(paths, locale), generation.timeout())
    )


def _build_structure(paths: list[str], locale: Locale) -> CohortStructure:
    by_path = {course.path: course for course in CoursePage.objects.filter(path__in=paths)}
    courses = [by_path[path] for path in paths if path in by_path]
    # Modules and live lessons from each course's cached tree (courses.course_tree), as every course page reads
    # them: no query once the tree is cached, until a page is published again.
    trees = [tree_of(course) for course in courses]
    modules = [module for tree in trees for module in tree.modules]
    lessons = [lesson for tree in trees for lesson in tree.lessons]
    keys = [page.translation_key for page in [*courses, *modules, *lessons]]
    titles = _live_titles(keys, locale)

    columns = []
    index = 0
    for course in courses:
        column = CourseColumn(key=course.translation_key, title=titles.get(course.translation_key, course.title))
        module_columns = {}
        for module in modules:
            if module.path.startswith(course.path):
                module_columns[module.path] = ModuleColumn(
                    index=index,
                    key=module.translation_key,
                    title=titles.get(module.translation_key, module.title),
                    course_key=course.translation_key,
                )
                index += 1
        for lesson in lessons:
            module_column = module_columns.get(lesson.path[: -LessonPage.steplen])
            if module_column is not None:
                counted = counts_towards_completion(course, lesson)
                module_column.lessons.append(
                    LessonColumn(
                        key=lesson.translation_key,
                        title=titles.get(lesson.translation_key, lesson.title),
                        counted=counted,
                    )
                )
        column.modules = list(module_columns.values())
        columns.append(column)
    return CohortStructure(courses=columns)


def localized_courses(cohort: Cohort, locale: Locale | None = None) -> list[CoursePage]:
    """The cohort's course pages in the reader's language where a live one exists, in order. Two queries."""
    linked = [
        row.course for row in CohortCourse.objects.filter(cohort=cohort).select_related("course").order_by("sort_order")
    ]
    locale = locale or Locale.get_active()
    translated = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(
            translation_key__in=[course.translation_key for course in linked], locale=locale
        )
    }
    return [translated.get(course.translation_key, course) for course in linked]


# --- Learner rows -----------------------------------------------------------------------------


class CellStatus(models.TextChoices):
    """Where a learner is in one module or course."""

    NOT_ENROLLED = "not_enrolled", _("Not enrolled")
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")


class LearnerStatus(models.TextChoices):
    """Where a learner is in the cohort, in the order the matrix counts them."""

    ACTIVE = "active", _("Progressing")
    STALLED = "stalled", _("Stalled")
    NOT_STARTED = "not_started", _("Not started")
    COMPLETED = "completed", _("Completed")


@dataclass(frozen=True)
class ModuleCell:
    status: str
    completed: int
    required: int

    @property
    def percent(self) -> int:
        return percentage(self.completed, self.required)

    @property
    def label(self) -> str:
        return CellStatus(self.status).label


@dataclass(frozen=True)
class CourseCell:
    status: str
    completed: int
    required: int

    @property
    def percent(self) -> int:
        return 100 if self.status == CellStatus.COMPLETED else percentage(self.completed, self.required)

    @property
    def label(self) -> str:
        return CellStatus(self.status).label


@dataclass
class LearnerRow:
    user_id: int
    name: str
    email: str
    joined_at: datetime
    modules: list[ModuleCell]
    courses: list[CourseCell]
    percent: int
    quiz_average: int | None
    last_activity: datetime | None
    days_inactive: int
    status: str
    last_reminded_at: datetime | None = None
    reminder_allowed_at: datetime | None = None
    # The learner's certificates for the cohort's courses, e.g. "1 × Valid" (from courses.certificates).
    certificate: str = ""
    # One cell per registered report column (report_columns: H5P average, sessions attended), None for "—".
    columns: list[ColumnCell | None] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return LearnerStatus(self.status).label

    @property
    def is_stalled(self) -> bool:
        return self.status == LearnerStatus.STALLED

    @property
    def can_be_reminded(self) -> bool:
        return self.status != LearnerStatus.COMPLETED and self.reminder_allowed_at is None


class _Member(NamedTuple):
    """A member as the trainer's pages name them. A tuple, not a frozen dataclass: the matrix makes one per
    member on every page, and a frozen dataclass costs a call per field to build."""

    user_id: int
    name: str
    email: str
    joined_at: datetime

    @classmethod
    def of(cls, user_id: int, full_name: str, email: str, joined_at: datetime) -> _Member:
        """Their full name, else their e-mail."""
        return cls(user_id, full_name or email, email, joined_at)


def _module_expression(structure: CohortStructure) -> Case:
    whens = [When(lesson_key=key, then=Value(index)) for key, index in structure.lesson_module.items()]
    return Case(*whens, default=Value(-1), output_field=IntegerField())


def _certificate_count(status: str, count: int) -> str:
    """ "1 valid certificate", "2 revoked certificates": a whole phrase per status, so that each language
    can agree the noun and adjective with the number (Arabic: "شهادتان صالحتان")."""
    phrases = {
        "valid": ngettext("%(count)s valid certificate", "%(count)s valid certificates", count),
        "expired": ngettext("%(count)s expired certificate", "%(count)s expired certificates", count),
        "revoked": ngettext("%(count)s revoked certificate", "%(count)s revoked certificates", count),
        "superseded": ngettext("%(count)s superseded certificate", "%(count)s superseded certificates", count),
    }
    return phrases[status] % {"count": count}


def _certificate_summary(certificates: list) -> str:
    """The learner's certificates for the cohort's courses, e.g. "1 valid certificate", in the reader's language."""
    counts: dict[str, int] = defaultdict(int)
    for certificate in certificates:
        if certificate is not None:
            counts[certificate.status] += 1
    statuses = ("valid", "expired", "revoked", "superseded")
    return join_list(_certificate_count(status, counts[status]) for status in statuses if counts[status])


@dataclass
class _Progress:
    """The members' progress as read once. Per learner: lessons done that count, last visit, score total and
    number of scores; per learner and course: the enrolment's status and completion date; per learner and
    module (read only for the rows whose cells are shown): lessons done that count and lessons visited."""

    totals: dict[int, tuple[int, datetime | None, int, int]] = field(default_factory=dict)
    enrolments: dict[tuple[int, uuid.UUID], tuple[str, datetime | None]] = field(default_factory=dict)
    by_module: dict[int, dict[int, tuple[int, int]]] = field(default_factory=dict)


def _totals(structure: CohortStructure, *, rows: str = "", within: Q | None = None) -> dict:
    """Per learner, as aggregates over their progress rows: lessons done that count, last visit, score total and
    number of scores. ``rows`` is the path to the rows from the model grouped (``"user__lesson_progress__"`` from
    a membership), ``within`` what keeps only the rows of the cohort's courses when the query does not."""
    if structure.counted_keys:
        counted = Q(**{f"{rows}status": LessonStatus.COMPLETED, f"{rows}lesson_key__in": structure.counted_keys})
        done = Count(f"{rows}pk", filter=counted & within if within is not None else counted)
    else:
        done = Value(0, output_field=IntegerField())
    return {
        "done": done,
        "last": Max(Coalesce(f"{rows}last_visited_at", f"{rows}first_visited_at"), filter=within),
        "score_total": Coalesce(Sum(f"{rows}best_score", filter=within), Value(0)),
        "scored": Count(f"{rows}best_score", filter=within),
    }


def _read_enrolments(structure: CohortStructure, users, progress: _Progress) -> None:
    """Each learner's enrolment in each of the cohort's courses: its status and completion date. One query,
    read as the driver returns it (``_driver_rows``): a cohort's every member, so no UUID is built per row."""
    stored = _stored_form(Enrolment._meta.get_field("course_key"), connections[Enrolment.objects.db])
    course_of = {stored(key): key for key in structure.course_keys}
    rows = Enrolment.objects.filter(user_id__in=users, course_key__in=structure.course_keys).values_list(
        "user_id", "course_key", "status", "completed_at"
    )
    for user_id, course_key, status, completed_at in _driver_rows(rows):
        progress.enrolments[(user_id, course_of[course_key])] = (status, _aware(completed_at))


def _read_modules(structure: CohortStructure, users: Sequence[int], progress: _Progress) -> None:
    """Lessons done and visited per learner and module, for the rows shown (a page of the matrix). One query.

    One row per learner and lesson, mapped to modules in Python: for a page of learners this is cheaper
    than compiling the CASE that maps every lesson to its module in SQL (``_module_expression``). Lesson keys
    are matched as the database stores them (``_stored_form``), so no UUID is built per row."""
    by_module: dict[int, dict[int, list[int]]] = defaultdict(dict)
    if structure.course_keys:
        stored = _stored_form(LessonProgress._meta.get_field("lesson_key"), connections[LessonProgress.objects.db])
        lesson_module = {stored(key): module for key, module in structure.lesson_module.items()}
        counted = {stored(key) for key in structure.counted_keys}
        completed = LessonStatus.COMPLETED
        rows = LessonProgress.objects.filter(user_id__in=users, course_key__in=structure.course_keys).values_list(
            "user_id", "lesson_key", "status"
        )
        for user_id, lesson_key, status in _driver_rows(rows):
            cell = by_module[user_id].setdefault(lesson_module.get(lesson_key, -1), [0, 0])
            cell[0] += status == completed and lesson_key in counted
            cell[1] += 1
    progress.by_module = by_module


def _read_progress(structure: CohortStructure, users) -> _Progress:
    """Per learner and module, the totals summed from them, and enrolments: two queries (exports, one learner)."""
    progress = _Progress()
    if not structure.course_keys:
        return progress
    by_module: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    totals: dict[int, list] = {}
    rows = (
        LessonProgress.objects.filter(user_id__in=users, course_key__in=structure.course_keys)
        .annotate(module=_module_expression(structure))
        .values("user_id", "module")
        .annotate(touched=Count("pk"), **_totals(structure))
        .values_list("user_id", "module", "done", "touched", "last", "score_total", "scored")
        .order_by()
    )
    for user_id, module, done, touched, last, score_total, scored in _driver_rows(rows):
        last = _aware(last)
        by_module[user_id][module] = (done, touched)
        total = totals.setdefault(user_id, [0, None, 0, 0])
        total[0] += done
        if last and (total[1] is None or last > total[1]):
            total[1] = last
        total[2] += score_total
        total[3] += scored
    progress.by_module = by_module
    progress.totals = {user_id: tuple(total) for user_id, total in totals.items()}
    _read_enrolments(structure, users, progress)
    return progress


# --- Reading many rows ------------------------------------------------------------------------
# The matrix reads a row per member of the cohort on every page, the exports one per learner and module.
# Django's converters cost more than the query there (a UUID built per lesson key, each date parsed and
# made aware through three calls), so those reads take the values as the database driver returns them and
# convert only what the page needs.


def _driver_rows(queryset: QuerySet) -> list[tuple]:
    """The rows of a ``values_list`` queryset as the driver returns them: SQLite's dates as UTC text or naive
    datetimes and its UUIDs as hex text, PostgreSQL's as aware datetimes and UUIDs."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # a filter on an empty list, which the ORM answers without a query
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _aware(value: datetime | str | None) -> datetime | None:
    """A moment from ``_driver_rows``, aware in UTC as Django stores it (settings.USE_TZ)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _stored_form(field: models.Field, connection) -> Callable[[uuid.UUID], object]:
    """How the database stores a key in ``field``, to match ``_driver_rows``' values: hex text on SQLite,
    a UUID on PostgreSQL."""
    return lambda key: field.get_db_prep_value(key, connection, prepared=False)


def _summary_rows(
    structure: CohortStructure, members: Sequence[_Member], progress: _Progress, *, now: datetime, stalled_days: int
) -> list[LearnerRow]:
    """Each member's status, percentage, quiz average and last activity: what the matrix counts, filters and
    sorts by. No query; the cells per module and course are added by ``_add_cells`` for the rows shown."""
    course_keys = structure.course_keys
    required = sum(course.required for course in structure.courses)
    stalled_after = timedelta(days=stalled_days)
    no_progress = (0, None, 0, 0)
    rows = []
    for member in members:
        user_id = member.user_id
        done, last_activity, score_total, scored = progress.totals.get(user_id, no_progress)
        courses_done = sum(1 for key in course_keys if progress.enrolments.get((user_id, key), (None, None))[1])
        since = last_activity or member.joined_at
        if course_keys and courses_done == len(course_keys):
            status = LearnerStatus.COMPLETED
        elif now - since >= stalled_after:
            status = LearnerStatus.STALLED
        elif last_activity is None:
            status = LearnerStatus.NOT_STARTED
        else:
            status = LearnerStatus.ACTIVE
        rows.append(
            LearnerRow(
                user_id=user_id,
                name=member.name,
                email=member.email,
                joined_at=member.joined_at,
                modules=[],
                courses=[],
                percent=percentage(done, required),
                quiz_average=round(score_total / scored) if scored else None,
                last_activity=last_activity,
                days_inactive=max((now - since).days, 0),
                status=status,
            )
        )
    return rows


def _add_cells(structure: CohortStructure, rows: Sequence[LearnerRow], progress: _Progress) -> None:
    """Each row's cells per module and per course. No query. Cells are frozen, so rows share equal ones: most
    learners of a cohort are in one of a few states per module, and one cell is built per state."""
    # Each module's index and required lessons, computed once rather than once per learner.
    plan = [
        (course.key, course.required, [(module.index, module.required) for module in course.modules])
        for course in structure.courses
    ]
    module_cells_made: dict[tuple, ModuleCell] = {}
    course_cells_made: dict[tuple, CourseCell] = {}
    for row in rows:
        by_module = progress.by_module.get(row.user_id, {})
        module_cells = []
        course_cells = []
        for course_key, course_required, modules in plan:
            status, completed_at = progress.enrolments.get((row.user_id, course_key), (None, None))
            enrolled = status == EnrolmentStatus.ACTIVE
            course_done = 0
            course_touched = False
            for index, required in modules:
                aggregate = by_module.get(index)
                done = aggregate[0] if aggregate else 0
                touched = bool(aggregate and aggregate[1])
                course_done += done
                course_touched = course_touched or touched
                if not enrolled and not completed_at:
                    cell_status = CellStatus.NOT_ENROLLED
                elif required and done >= required:
                    cell_status = CellStatus.COMPLETED
                elif touched:
                    cell_status = CellStatus.IN_PROGRESS
                else:
                    cell_status = CellStatus.NOT_STARTED
                key = (cell_status, done, required)
                cell = module_cells_made.get(key)
                if cell is None:
                    cell = module_cells_made[key] = ModuleCell(status=cell_status, completed=done, required=required)
                module_cells.append(cell)
            if completed_at:
                course_status = CellStatus.COMPLETED
            elif not enrolled:
                course_status = CellStatus.NOT_ENROLLED
            elif course_touched:
                course_status = CellStatus.IN_PROGRESS
            else:
                course_status = CellStatus.NOT_STARTED
            key = (course_status, course_done, course_required)
            course_cell = course_cells_made.get(key)
            if course_cell is None:
                course_cell = course_cells_made[key] = CourseCell(
                    status=course_status, completed=course_done, required=course_required
                )
            course_cells.append(course_cell)
        row.modules = module_cells
        row.courses = course_cells


def _add_certificates_and_reminders(
    structure: CohortStructure, rows: Sequence[LearnerRow], users, *, now: datetime, with_reminders: bool
) -> None:
    """Each row's certificates and, for the matrix, when they were last reminded. One or two queries."""
    course_keys = structure.course_keys
    certificates = certificates_by_learner(user_ids=users, course_keys=course_keys) if course_keys else {}
    reminded: dict[int, datetime] = {}
    if with_reminders:
        reminded = dict(
            Reminder.objects.filter(learner_id__in=users)
            .values("learner_id")
            .annotate(last=Max("sent_at"))
            .values_list("learner_id", "last")
            .order_by()
        )
    for row in rows:
        row.certificate = _certificate_summary(
            [certificates.get((row.user_id, course.key)) for course in structure.courses]
        )
        last_reminded_at = reminded.get(row.user_id)
        row.last_reminded_at = last_reminded_at
        row.reminder_allowed_at = (
            last_reminded_at + REMINDER_INTERVAL
            if last_reminded_at and now - last_reminded_at < REMINDER_INTERVAL
            else None
        )


def _learner_rows(
    structure: CohortStructure,
    members: Sequence[_Member],
    users,
    *,
    now: datetime,
    stalled_days: int,
    with_reminders: bool,
) -> list[LearnerRow]:
    """Complete rows for `members`; `users` is the same users' ids (a list or a subquery). Three or four queries."""
    progress = _read_progress(structure, users)
    rows = _summary_rows(structure, members, progress, now=now, stalled_days=stalled_days)
    _add_cells(structure, rows, progress)
    _add_certificates_and_reminders(structure, rows, users, now=now, with_reminders=with_reminders)
    return rows


def _add_columns(cohort: Cohort, structure: CohortStructure, rows: list[LearnerRow], users) -> list[ReportColumn]:
    """Fill each row's registered report columns: one batch of queries per column, whatever the rows."""
    filled = column_cells(cohort, users, structure)
    for row in rows:
        row.columns = [values.get(row.user_id) for _column, values in filled]
    return [column for column, _values in filled]


def _members(memberships: QuerySet[CohortMembership]) -> list[_Member]:
    fields = ("user_id", "user__full_name", "user__email", "joined_at")
    return [_Member.of(*values) for values in memberships.values_list(*fields)]


# --- The matrix -------------------------------------------------------------------------------


class MatrixSort(models.TextChoices):
    NAME = "name", _("Name")
    PROGRESS_DESC = "-progress", _("Progress, highest first")
    PROGRESS = "progress", _("Progress, lowest first")
    INACTIVE_LONGEST = "inactive", _("Longest without activity first")
    QUIZ_DESC = "-quiz", _("Quiz average, highest first")


# Names and e-mails match and sort with ASCII letters folded and everything else as typed, by code point:
# Arabic has no case, so Arabic names match as typed; "zoe" finds "ZOE", but "zoë" does not find "ZOË".
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """The matrix's case-insensitive form of a name or e-mail: ASCII letters lowered, nothing else changed."""
    return text.translate(_ASCII_LOWER)


def _members_with_totals(cohort: Cohort, structure: CohortStructure) -> tuple[list[_Member], _Progress]:
    """Every member with their totals in the cohort's courses (lessons done that count, last visit, score
    total and number of scores), grouped in the database: one query, one row per member, read as the driver
    returns it (``_driver_rows``) since the matrix reads every member on every page."""
    in_courses = Q(user__lesson_progress__course_key__in=structure.course_keys)
    rows = (
        CohortMembership.objects.filter(cohort=cohort)
        .values("user_id", "user__full_name", "user__email", "joined_at")
        .annotate(**_totals(structure, rows="user__lesson_progress__", within=in_courses))
        .values_list("user_id", "user__full_name", "user__email", "joined_at", "done", "last", "score_total", "scored")
        .order_by()
    )
    members = []
    totals = {}
    for user_id, full_name, email, joined_at, done, last, score_total, scored in _driver_rows(rows):
        members.append(_Member.of(user_id, full_name, email, _aware(joined_at)))
        totals[user_id] = (done, _aware(last), score_total, scored)
    return members, _Progress(totals=totals)


def _no_quiz_last(row: LearnerRow) -> int:
    return -1 if row.quiz_average is None else row.quiz_average


# Each sort's key, ties broken by name and then by the learner's id, so that pages never overlap.
_ORDER = {
    MatrixSort.NAME: lambda row: (fold(row.name), row.email, row.user_id),
    MatrixSort.PROGRESS_DESC: lambda row: (-row.percent, fold(row.name), row.user_id),
    MatrixSort.PROGRESS: lambda row: (row.percent, fold(row.name), row.user_id),
    MatrixSort.INACTIVE_LONGEST: lambda row: (-row.days_inactive, fold(row.name), row.user_id),
    MatrixSort.QUIZ_DESC: lambda row: (-_no_quiz_last(row), fold(row.name), row.user_id),
}


@dataclass
class CohortMatrix:
    cohort: Cohort
    structure: CohortStructure
    # The rows shown: the page's with ``per_page``, else every learner matching the filters.
    rows: list[LearnerRow]
    total: int
    counts: dict[str, int]
    stalled_days: int
    # How many learners match the filters, on every page.
    matching: int = 0
    columns: list[ReportColumn] = field(default_factory=list)
    # The page shown, when the matrix is paginated (``cohort_matrix(per_page=…)``), its rows in ``rows``.
    page_obj: PaginatorPage | None = None

    @property
    def stalled(self) -> list[LearnerRow]:
        return [row for row in self.rows if row.is_stalled]

    @property
    def status_counts(self) -> list[tuple[str, str, int]]:
        return [(status.value, status.label, self.counts[status]) for status in LearnerStatus]


def cohort_matrix(
    cohort: Cohort,
    *,
    locale: Locale | None = None,
    stalled_days: int = STALLED_AFTER_DAYS,
    status: str = "",
    search: str = "",
    sort: str = MatrixSort.NAME,
    now: datetime | None = None,
    page: int | str | None = None,
    per_page: int | None = None,
) -> CohortMatrix:
    """Learners × modules with status and percentage, quiz average, last activity and the registered report
    columns. Seven queries, plus each report column's constant batch.

    Every member's totals and enrolments are read in two queries (one row per member, grouped in the
    database), and counted, filtered, sorted and paged in Python by the same rules as the exports
    (``_summary_rows``). With ``per_page``, only the learners of ``page`` (in ``matrix.page_obj``) get their
    cells, certificates, reminders and report columns read, so a page of a large cohort costs the same number
    of queries as a small cohort's (tests/benchmarks/test_cohorts.py). Names and e-mails match and sort with
    ASCII letters folded (``fold``).
    """
    now = now or timezone.now()
    structure = cohort_structure(cohort, locale)
    members, progress = _members_with_totals(cohort, structure)
    if structure.course_keys:
        _read_enrolments(structure, CohortMembership.objects.filter(cohort=cohort).values("user_id"), progress)
    everyone = _summary_rows(structure, members, progress, now=now, stalled_days=stalled_days)
    counts = {value: 0 for value in LearnerStatus.values}
    for row in everyone:
        counts[row.status] += 1
    rows = everyone
    if status in LearnerStatus.values:
        rows = [row for row in rows if row.status == status]
    needle = fold(search.strip())
    if needle:
        rows = [row for row in rows if needle in fold(row.name) or needle in fold(row.email)]
    rows.sort(key=_ORDER.get(sort, _ORDER[MatrixSort.NAME]))
    matching = len(rows)
    page_obj = None
    if per_page:
        page_obj = Paginator(rows, per_page).get_page(page)
        rows = list(page_obj.object_list)
        page_obj.object_list = rows
    ids = [row.user_id for row in rows]
    _read_modules(structure, ids, progress)
    _add_cells(structure, rows, progress)
    _add_certificates_and_reminders(structure, rows, ids, now=now, with_reminders=True)
    columns = _add_columns(cohort, structure, rows, ids)
    return CohortMatrix(
        cohort=cohort,
        structure=structure,
        rows=rows,
        total=len(everyone),
        matching=matching,
        counts=counts,
        stalled_days=stalled_days,
        columns=columns,
        page_obj=page_obj,
    )


def iter_learner_rows(
    cohort: Cohort,
    structure: CohortStructure,
    *,
    chunk_size: int = 500,
    stalled_days: int = STALLED_AFTER_DAYS,
    now: datetime | None = None,
):
    """Every learner's row, by name, reading `chunk_size` learners at a time (for exports).

    Keyset pagination on (name, e-mail), which is unique within a cohort, so memory stays flat
    however many learners there are. Three queries per chunk, plus each report column's constant batch.
    """
    now = now or timezone.now()
    memberships = CohortMembership.objects.filter(cohort=cohort).order_by("user__full_name", "user__email")
    after: tuple[str, str] | None = None
    while True:
        page = memberships
        if after is not None:
            name, email = after
            page = page.filter(Q(user__full_name__gt=name) | Q(user__full_name=name, user__email__gt=email))
        chunk = list(page.values_list("user_id", "user__full_name", "user__email", "joined_at")[:chunk_size])
        if not chunk:
            return
        members = [_Member.of(*values) for values in chunk]
        ids = [member.user_id for member in members]
        rows = _learner_rows(structure, members, ids, now=now, stalled_days=stalled_days, with_reminders=False)
        _add_columns(cohort, structure, rows, ids)
        yield from rows
        if len(chunk) < chunk_size:
            return
        after = (chunk[-1][1], chunk[-1][2])


# --- One learner ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LessonLine:
    lesson: LessonColumn
    status: str
    first_visited_at: datetime | None
    last_visited_at: datetime | None
    completed_at: datetime | None
    best_score: int | None

    @property
    def label(self) -> str:
        return CellStatus(self.status).label


@dataclass(frozen=True)
class ModuleBlock:
    module: ModuleColumn
    cell: ModuleCell
    lessons: list[LessonLine]


@dataclass(frozen=True)
class CourseBlock:
    course: CourseColumn
    cell: CourseCell
    enrolled_at: datetime | None
    completed_at: datetime | None
    modules: list[ModuleBlock]


@dataclass(frozen=True)
class AttemptLine:
    lesson_title: str
    quiz_id: str
    number: int
    score: int
    passed: bool
    submitted_at: datetime


@dataclass(frozen=True)
class LearnerReport:
    cohort: Cohort
    row: LearnerRow
    courses: list[CourseBlock]
    attempts: list[AttemptLine]
    stalled_days: int
    # The registered report columns' headings (aligned with ``row.columns``) and their sections.
    columns: list[ReportColumn] = field(default_factory=list)
    sections: list[ReportSection] = field(default_factory=list)

    @property
    def column_cells(self) -> list[tuple[ReportColumn, ColumnCell | None]]:
        return list(zip(self.columns, self.row.columns, strict=True))


def learner_report(
    cohort: Cohort,
    user_id: int,
    *,
    locale: Locale | None = None,
    stalled_days: int = STALLED_AFTER_DAYS,
    now: datetime | None = None,
) -> LearnerReport:
    """One member's lessons and quiz attempts in the cohort's courses. Raises DoesNotExist for non-members."""
    now = now or timezone.now()
    structure = cohort_structure(cohort, locale)
    memberships = CohortMembership.objects.filter(cohort=cohort, user_id=user_id)
    members = _members(memberships)
    if not members:
        raise CohortMembership.DoesNotExist
    (row,) = _learner_rows(structure, members, [user_id], now=now, stalled_days=stalled_days, with_reminders=True)
    columns = _add_columns(cohort, structure, [row], [user_id])
    keys = structure.course_keys
    progress = {item.lesson_key: item for item in LessonProgress.objects.filter(user_id=user_id, course_key__in=keys)}
    enrolments = {item.course_key: item for item in Enrolment.objects.filter(user_id=user_id, course_key__in=keys)}
    courses = []
    for course, course_cell in zip(structure.courses, row.courses, strict=True):
        blocks = []
        for module in course.modules:
            lines = []
            for lesson in module.lessons:
                item = progress.get(lesson.key)
                if item is None:
                    status = CellStatus.NOT_STARTED
                elif item.is_completed:
                    status = CellStatus.COMPLETED
                else:
                    status = CellStatus.IN_PROGRESS
                lines.append(
                    LessonLine(
                        lesson=lesson,
                        status=status,
                        first_visited_at=item.first_visited_at if item else None,
                        last_visited_at=item.last_visited_at if item else None,
                        completed_at=item.completed_at if item else None,
                        best_score=item.best_score if item else None,
                    )
                )
            blocks.append(ModuleBlock(module=module, cell=row.modules[module.index], lessons=lines))
        enrolment = enrolments.get(course.key)
        courses.append(
            CourseBlock(
                course=course,
                cell=course_cell,
                enrolled_at=enrolment.enrolled_at if enrolment else None,
                completed_at=enrolment.completed_at if enrolment else None,
                modules=blocks,
            )
        )
    attempts = []
    numbers: dict[tuple, int] = defaultdict(int)
    for attempt in QuizAttempt.objects.filter(user_id=user_id, course_key__in=keys).order_by("submitted_at"):
        numbers[(attempt.lesson_key, attempt.quiz_id)] += 1
        lesson = structure.lessons.get(attempt.lesson_key)
        attempts.append(
            AttemptLine(
                lesson_title=lesson.title if lesson else "—",
                quiz_id=attempt.quiz_id,
                number=numbers[(attempt.lesson_key, attempt.quiz_id)],
                score=attempt.score,
                passed=attempt.passed,
                submitted_at=attempt.submitted_at,
            )
        )
    attempts.reverse()
    return LearnerReport(
        cohort=cohort,
        row=row,
        courses=courses,
        attempts=attempts,
        stalled_days=stalled_days,
        columns=columns,
        sections=learner_sections(cohort, user_id, structure),
    )


# --- Counts per cohort, city and country ------------------------------------------------------


@dataclass
class Counts:
    learners: int = 0
    enrolled: int = 0
    active: int = 0
    completed: int = 0
    stalled: int = 0

    def add(self, other: Counts) -> None:
        self.learners += other.learners
        self.enrolled += other.enrolled
        self.active += other.active
        self.completed += other.completed
        self.stalled += other.stalled

    @property
    def completion_rate(self) -> int:
        return percentage(self.completed, self.learners)


@dataclass
class CohortSummary:
    cohort: Cohort
    counts: Counts


def cohort_summaries(
    cohorts: QuerySet[Cohort] | Iterable[Cohort],
    *,
    now: datetime | None = None,
    stalled_days: int = STALLED_AFTER_DAYS,
) -> list[CohortSummary]:
    """Learners, enrolled, active in the last 7 days, completed and stalled, per cohort. Five queries.

    Enrolled: an active enrolment in at least one of the cohort's courses. Completed: every one
    of them completed. Active and stalled look at lessons of the cohort's courses only.
    """
    now = now or timezone.now()
    cohorts = list(cohorts)
    if not cohorts:
        return []
    ids = [cohort.pk for cohort in cohorts]
    keys_of: dict[int, set[uuid.UUID]] = defaultdict(set)
    for cohort_id, key in CohortCourse.objects.filter(cohort_id__in=ids).values_list(
        "cohort_id", "course__translation_key"
    ):
        keys_of[cohort_id].add(key)
    all_keys = set().union(*keys_of.values()) if keys_of else set()
    memberships = CohortMembership.objects.filter(cohort_id__in=ids)
    members_of: dict[int, list[tuple[int, datetime]]] = defaultdict(list)
    for cohort_id, user_id, joined_at in memberships.values_list("cohort_id", "user_id", "joined_at"):
        members_of[cohort_id].append((user_id, joined_at))
    users = Q(user_id__in=memberships.values("user_id"))
    enrolled: set[tuple[int, uuid.UUID]] = set()
    completed: set[tuple[int, uuid.UUID]] = set()
    last_seen: dict[tuple[int, uuid.UUID], datetime] = {}
    if all_keys:
        for user_id, key, status, completed_at in Enrolment.objects.filter(users, course_key__in=all_keys).values_list(
            "user_id", "course_key", "status", "completed_at"
        ):
            if status == EnrolmentStatus.ACTIVE:
                enrolled.add((user_id, key))
            if completed_at:
                completed.add((user_id, key))
        last_seen = {
            (row["user_id"], row["course_key"]): row["last"]
            for row in LessonProgress.objects.filter(users, course_key__in=all_keys)
            .values("user_id", "course_key")
            .annotate(last=Max(Coalesce("last_visited_at", "first_visited_at")))
            .order_by()
        }

    active_since = now - ACTIVE_WINDOW
    stalled_before = now - timedelta(days=stalled_days)
    summaries = []
    for cohort in cohorts:
        keys = keys_of.get(cohort.pk, set())
        counts = Counts()
        for user_id, joined_at in members_of.get(cohort.pk, []):
            counts.learners += 1
            counts.enrolled += any((user_id, key) in enrolled for key in keys)
            done = bool(keys) and all((user_id, key) in completed for key in keys)
            counts.completed += done
            seen = [last_seen[(user_id, key)] for key in keys if (user_id, key) in last_seen]
            last = max(seen) if seen else None
            counts.active += bool(last and last >= active_since)
            counts.stalled += not done and (last or joined_at) < stalled_before
        summaries.append(CohortSummary(cohort=cohort, counts=counts))
    return summaries
