"""H5P results in a cohort's reports: the average best score in the matrix and the exports (next to the quiz
average), and each H5P activity of the cohort's lessons in the learner report, with the learner's best
score, attempts and last attempt.

Registered with ``courses.cohorts.report_columns`` from ``H5PConfig.ready()``: cohorts do not import this app.
The best score is the one progress keeps (``ActivityResult``); an attempt is a stored top-level statement
that reports a scored result of the whole activity (``xapi.RESULT_VERBS``: answered, completed, passed…),
and the last attempt is the latest one's server time. Each read is a fixed number of queries whatever the
number of learners, lessons and activities.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from django.db.models import Avg, Count, Max
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from courses.cohorts.report_columns import ColumnCell, ReportColumn, ReportSection, SectionCell
from courses.h5p import xapi
from courses.h5p.models import H5PPackage, H5PStatement
from courses.models import LessonPage
from courses.progress.activities import H5P_BLOCK
from courses.progress.models import ActivityResult

RESULT_VERB_IRIS = sorted(f"{xapi.VERB_PREFIX}{verb}" for verb in xapi.RESULT_VERBS)


def average_best_scores(cohort, learner_ids, structure) -> Mapping[int, ColumnCell]:
    """Each learner's average best score over the H5P activities they have a score in, in the cohort's lessons.
    One query."""
    lesson_keys = list(structure.lessons)
    if not lesson_keys:
        return {}
    rows = (
        ActivityResult.objects.filter(user_id__in=learner_ids, lesson_key__in=lesson_keys, best_score__isnull=False)
        .values("user_id")
        .annotate(average=Avg("best_score"), scored=Count("pk"))
        .order_by()
    )
    cells = {}
    for row in rows:
        average = round(row["average"])
        cells[row["user_id"]] = ColumnCell(
            value=average,
            label=ngettext(
                "Average best score of %(count)d H5P activity",
                "Average best score of %(count)d H5P activities",
                row["scored"],
            )
            % {"count": row["scored"]},
            export=(average,),
        )
    return cells


@dataclass(frozen=True)
class _Activity:
    lesson_key: uuid.UUID
    lesson_title: str
    block_id: str
    title: str
    package_id: int | None


def _raw_blocks(body) -> list[dict]:
    """The body's blocks as stored (no block is converted, so no chooser runs a query)."""
    raw = getattr(body, "raw_data", body)
    if isinstance(raw, str):
        raw = json.loads(raw or "[]")
    return [dict(block) for block in raw or []]


def _activities(structure) -> list[_Activity]:
    """The H5P blocks of the cohort's live lessons, in course order, from the lesson in the reader's language
    where there is one (block ids are the same in every language). Two queries."""
    keys = list(structure.lessons)
    if not keys:
        return []
    language = translation.get_language() or ""
    bodies: dict[uuid.UUID, object] = {}
    for key, code, body in (
        LessonPage.objects.live()
        .filter(translation_key__in=keys)
        .values_list("translation_key", "locale__language_code", "body")
    ):
        if key not in bodies or code == language:
            bodies[key] = body
    found = []
    for module in structure.modules:
        for lesson in module.lessons:
            for block in _raw_blocks(bodies.get(lesson.key)):
                if block.get("type") != H5P_BLOCK or not block.get("id"):
                    continue
                value = block.get("value") or {}
                package = value.get("package")
                found.append(
                    _Activity(
                        lesson_key=lesson.key,
                        lesson_title=lesson.title,
                        block_id=block["id"],
                        title=(value.get("title") or "").strip(),
                        package_id=package if isinstance(package, int) else None,
                    )
                )
    packages = {pk for activity in found if (pk := activity.package_id) is not None}
    titles = dict(H5PPackage.objects.filter(pk__in=packages).values_list("pk", "title")) if packages else {}
    return [
        activity if activity.title else replace(activity, title=titles.get(activity.package_id) or _("H5P activity"))
        for activity in found
    ]


def activity_lines(cohort, learner_id: int, structure) -> ReportSection | None:
    """Each H5P activity of the cohort's lessons with this learner's best score, attempts and last attempt.
    Four queries; none of it when the cohort's lessons hold no H5P activity."""
    activities = _activities(structure)
    if not activities:
        return None
    keys = list({activity.lesson_key for activity in activities})
    results: dict[tuple[uuid.UUID, str], tuple[int | None, datetime]] = {
        (lesson_key, block_id): (best, updated)
        for lesson_key, block_id, best, updated in ActivityResult.objects.filter(
            user_id=learner_id, lesson_key__in=keys
        ).values_list("lesson_key", "block_id", "best_score", "updated_at")
    }
    attempts = {
        (row["lesson_key"], row["block_id"]): (row["attempts"], row["last"])
        for row in H5PStatement.objects.filter(
            user_id=learner_id, lesson_key__in=keys, top_level=True, score__isnull=False, verb__in=RESULT_VERB_IRIS
        )
        .values("lesson_key", "block_id")
        .annotate(attempts=Count("pk"), last=Max("stored_at"))
        .order_by()
    }
    rows = []
    tried = 0
    for activity in activities:
        key = (activity.lesson_key, activity.block_id)
        best, updated = results.get(key, (None, None))
        count, last = attempts.get(key, (0, None))
        tried += best is not None or count > 0
        rows.append(
            (
                SectionCell(text=activity.title),
                SectionCell(text=activity.lesson_title),
                SectionCell(percent=best),
                SectionCell(number=count or None),
                SectionCell(moment=last or updated),
            )
        )
    return ReportSection(
        key="h5p",
        heading=_("H5P activities"),
        summary=ngettext(
            "%(tried)d of %(count)d H5P activity tried.", "%(tried)d of %(count)d H5P activities tried.", len(rows)
        )
        % {"tried": tried, "count": len(rows)},
        columns=(_("Activity"), _("Lesson"), _("Best score"), _("Attempts"), _("Last attempt")),
        rows=tuple(rows),
    )


H5P_AVERAGE = ReportColumn(
    key="h5p",
    header=gettext_lazy("H5P average"),
    values=average_best_scores,
    export_headers=(gettext_lazy("H5P average (%)"),),
    section=activity_lines,
    order=10,
)
