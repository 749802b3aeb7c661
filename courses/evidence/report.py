"""The programme report: what the training reached and changed, for a period and a place.

A report's *scope* is a period (a date range, both ends included, in the current time zone) and
optionally a cohort, a city or a country (the learners of the cohorts there) and a course. Without a
place, every learner with an enrolment is in scope. Its figures:

- enrolments made, learners active (a lesson visited or completed), courses completed and
  certificates issued (current, not revoked) in the period, each hidden from 1 to 4 like any other
  count (``_protected_counts``), and the learners reached hidden too when a table's total had to be;
- the knowledge gain of learners whose post-check falls in the period, from their pre and post
  scores (``courses.evidence.statistics``), overall, per course, per cohort and per city; a learner
  with several courses counts once overall, with the mean of their pre scores and of their post
  scores, so that "at least 5 learners" means 5 people. Each list (courses, cohorts, cities) is
  protected like a table's row whose total is the overall gain: a hidden cohort's gain cannot be
  worked out from the city's and the other cohorts';
- the change in confidence (1–5) on the statements both checks share;
- the end-of-course survey, nothing of it below 5 responses;
- the disaggregation of the learners reached in the period by role, country, city kind, city
  context and self-reported gender, protected by ``courses.evidence.suppression``;
- what other apps count (``report_measures``): registrations and attendances hidden from 1 to 4 like
  any count of people, the sessions held shown as they are (a session is not a person).

When a check's questions changed between a learner's two attempts, both are scored again on the
questions they share (``rescored``); a pair with none in common is left out (``not_comparable``).
The report says how many.

Everything is read in a constant number of queries (eight, and two for sessions and attendance,
which ``courses.convenings`` registers through ``report_measures``), whatever the number of learners and
cohorts, and returned as plain dataclasses: pages, exports and the API all render the same,
already-suppressed figures. Who may see which report is the views' business, not this module's.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import CharField, Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from courses.certificates.models import Certificate
from courses.cities.models import City, CityKind
from courses.cohorts.models import Cohort, CohortMembership
from courses.evidence.models import CheckAttempt, Phase, SurveyResponse
from courses.evidence.report_measures import MeasureScope, ReportMeasure, measures
from courses.evidence.statistics import (
    MIN_GROUP,
    GroupStats,
    GroupSummary,
    LearnerGain,
    Suppressed,
    learner_gain,
    summarise,
    summarise_learner_gains,
)
from courses.evidence.suppression import (
    CITY_KIND,
    COMPLEMENTARY,
    CONTEXT,
    COUNTRY,
    GENDER,
    ROLE,
    SMALL,
    LearnerRecord,
    OneWayTable,
    disaggregate,
    hidden_stats,
    protect,
)
from courses.progress.models import Enrolment, LessonProgress
from lms.accounts.models import CityContext, Gender, Role, User

__all__ = [
    "CityGain",
    "CohortGain",
    "ConfidenceChange",
    "CourseGain",
    "MeasureCounts",
    "ProgrammeReport",
    "ReportScope",
    "Satisfaction",
    "programme_report",
]

#: The categories every disaggregation table lists, even when empty, in this order.
CATEGORIES = {
    ROLE: Role.values,
    GENDER: Gender.values,
    CITY_KIND: CityKind.values,
    CONTEXT: CityContext.values,
}


@dataclass(frozen=True, slots=True)
class ReportScope:
    """What a report covers. Empty fields do not filter; ``start`` and ``end`` are both included."""

    start: date | None = None
    end: date | None = None
    country: str = ""
    city_id: int | None = None
    cohort_id: int | None = None
    course_key: uuid.UUID | None = None

    @property
    def has_place(self) -> bool:
        return bool(self.country or self.city_id or self.cohort_id)


@dataclass(frozen=True, slots=True)
class CourseGain:
    course_key: uuid.UUID
    gain: GroupStats


@dataclass(frozen=True, slots=True)
class CohortGain:
    cohort: Cohort
    gain: GroupStats


@dataclass(frozen=True, slots=True)
class CityGain:
    city: City
    gain: GroupStats


@dataclass(frozen=True, slots=True)
class ConfidenceChange:
    """Mean confidence (1–5) before and after, and its change, per learner over the statements both checks share."""

    pre: GroupSummary | Suppressed
    post: GroupSummary | Suppressed
    difference: GroupSummary | Suppressed


@dataclass(frozen=True, slots=True)
class Satisfaction:
    """The end-of-course survey (1–5 each). Below MIN_GROUP responses, nothing is shown, not even how many."""

    responses: int | Suppressed
    relevance: GroupSummary | Suppressed
    usefulness: GroupSummary | Suppressed
    likely_to_apply: GroupSummary | Suppressed
    comments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MeasureCounts:
    """A registered measure's counts for this report (sessions and attendance), already protected."""

    measure: ReportMeasure
    counts: dict[str, int | Suppressed]


@dataclass(frozen=True, slots=True)
class ProgrammeReport:
    scope: ReportScope
    learners: int | Suppressed
    enrolments: int | Suppressed
    active_learners: int | Suppressed
    completions: int | Suppressed
    certificates: int | Suppressed
    gain: GroupStats
    gain_by_course: tuple[CourseGain, ...]
    gain_by_cohort: tuple[CohortGain, ...]
    gain_by_city: tuple[CityGain, ...]
    confidence: ConfidenceChange
    satisfaction: Satisfaction
    disaggregations: dict[str, OneWayTable]
    rescored: int | Suppressed = 0  # pairs of checks scored again on the questions both asked, 1 to 4 hidden
    not_comparable: int | Suppressed = 0  # pairs left out: the two checks shared no question
    cohorts: tuple[Cohort, ...] = field(default=())
    measures: tuple[MeasureCounts, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        """Nobody reached and nothing enrolled in the scope (a hidden count is not empty: it is 1 to 4)."""
        return self.learners == 0 and self.enrolments == 0


def _bounds(scope: ReportScope) -> tuple[datetime | None, datetime | None]:
    """The period as [since, until): midnight of the first day to midnight after the last, local time."""
    zone = timezone.get_current_timezone()
    since = datetime.combine(scope.start, time.min, tzinfo=zone) if scope.start else None
    until = datetime.combine(scope.end + timedelta(days=1), time.min, tzinfo=zone) if scope.end else None
    return since, until


def _in_period(name: str, since: datetime | None, until: datetime | None) -> Q:
    q = Q()
    if since:
        q &= Q(**{f"{name}__gte": since})
    if until:
        q &= Q(**{f"{name}__lt": until})
    return q


def _in_dates(name: str, scope: ReportScope) -> Q:
    q = Q()
    if scope.start:
        q &= Q(**{f"{name}__gte": scope.start})
    if scope.end:
        q &= Q(**{f"{name}__lte": scope.end})
    return q


def _ids(raw: str | None) -> set:
    """A list of ids stored as JSON, read as its text (decoded only when needed: ten thousand learners)."""
    return set(json.loads(raw) or []) if raw else set()


def _comparable_scores(pre: dict, post: dict) -> tuple[tuple[float, float] | None, bool]:
    """The two scores, and whether they were scored again on the questions both attempts asked
    (because the questions changed in between). None when they share no question.

    The ids come as JSON text: the same text means the same questions, and nothing is decoded."""
    scores = (float(pre["score"]), float(post["score"]))
    if pre["asked"] == post["asked"]:
        return scores, False
    asked_pre, asked_post = _ids(pre["asked"]), _ids(post["asked"])
    if not asked_pre or not asked_post or asked_pre == asked_post:
        return scores, False
    shared = asked_pre & asked_post
    if not shared:
        return None, True
    right_pre = len(shared & _ids(pre["right"]))
    right_post = len(shared & _ids(post["right"]))
    return (100 * right_pre / len(shared), 100 * right_post / len(shared)), True


def _confidence_change(pre: dict, post: dict) -> tuple[float, float] | None:
    """Mean rating before and after over the statements rated both times, or None if there are none."""
    before, after = pre["confidence"] or {}, post["confidence"] or {}
    shared = [key for key in before if key in after]
    if not shared:
        return None
    # Plain sums (fmean's exact summation costs more than it brings on a few ratings of 1 to 5).
    return sum(before[key] for key in shared) / len(shared), sum(after[key] for key in shared) / len(shared)


def _mean_pair(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    if len(pairs) == 1:
        return pairs[0]
    return sum(p for p, _ in pairs) / len(pairs), sum(q for _, q in pairs) / len(pairs)


def _satisfaction(rows: list[tuple[int, int, int, str]]) -> Satisfaction:
    if len(rows) < MIN_GROUP:
        return Satisfaction(responses=SMALL, relevance=SMALL, usefulness=SMALL, likely_to_apply=SMALL)
    return Satisfaction(
        responses=len(rows),
        relevance=summarise(r[0] for r in rows),
        usefulness=summarise(r[1] for r in rows),
        likely_to_apply=summarise(r[2] for r in rows),
        # Comments only, in no particular order tied to a person (sorted), never with who wrote them.
        comments=tuple(sorted(r[3].strip() for r in rows if r[3].strip())),
    )


def _protected_counts(counts: dict[str, int], *, hidden: dict[str, Suppressed] | None = None) -> dict:
    """Headline counts with 1 to 4 hidden (``suppression.protect``, as a table's cells are); ``hidden`` names
    counts to hide as complements (the learners reached, when a table whose total they are had to hide it).
    The headline counts are not parts of one another (a learner active in the period need not have enrolled
    in it), so no sum binds them and none is hidden to protect another."""
    names = list(counts)
    entries = {(0, i): counts[name] for i, name in enumerate(names)}
    marks = protect(entries, [], hidden={(0, names.index(name)): mark for name, mark in (hidden or {}).items()})
    return {name: marks.get((0, i), counts[name]) for i, name in enumerate(names)}


def _measure_counts(measure: ReportMeasure, counts: dict[str, int]) -> MeasureCounts:
    """A measure's counts in its own order, those of people protected (small counts are hidden to protect
    people: a count of sessions names no one)."""
    protected = _protected_counts(measure.people(counts))
    return MeasureCounts(measure=measure, counts={key: protected.get(key, value) for key, value in counts.items()})


def _protected_gains(groups: list[list[LearnerGain]], total: int) -> tuple[list[GroupStats], bool]:
    """The gain of each group of a list whose total is published, protected as a table's line is.

    A cohort's hidden gain could otherwise be recovered from the city's and its other cohorts'
    (n × mean adds up). Returns the groups' statistics and whether the total must be hidden too
    (only when no group was left to hide in its place).
    """
    if not groups:
        return [], False
    values = {(0, i): len(pairs) for i, pairs in enumerate(groups)}
    values[(0, len(groups))] = total
    hidden = protect(values, [list(values)], margins=[(0, len(groups))])
    stats = [
        hidden_stats(hidden[(0, i)]) if (0, i) in hidden else summarise_learner_gains(gains)
        for i, gains in enumerate(groups)
    ]
    return stats, hidden.get((0, len(groups))) == COMPLEMENTARY


def programme_report(scope: ReportScope) -> ProgrammeReport:
    """The programme report for ``scope``, every figure already protected. Eight queries, and each registered
    measure's own fixed number (two for sessions and attendance)."""
    since, until = _bounds(scope)

    # 1. The cohorts of the place, with their cities.
    place = Cohort.objects.all()
    if scope.cohort_id:
        place = place.filter(pk=scope.cohort_id)
    if scope.city_id:
        place = place.filter(city_id=scope.city_id)
    if scope.country:
        # The linked city's country; the cohort's own for a cohort whose city is not linked yet.
        place = place.filter(Q(city__country=scope.country) | Q(city__isnull=True, country=scope.country))
    cohorts = {cohort.pk: cohort for cohort in place.select_related("city").order_by("pk")}

    # 2. Their memberships: who is in scope, and each learner's city (their earliest cohort's).
    memberships = CohortMembership.objects.order_by("joined_at", "pk")
    if scope.has_place:
        memberships = memberships.filter(cohort__in=place)
    cohort_of: dict[int, int] = {}
    members: dict[int, set[int]] = defaultdict(set)
    for user_id, cohort_id in memberships.values_list("user_id", "cohort_id"):
        cohort_of.setdefault(user_id, cohort_id)
        members[cohort_id].add(user_id)

    enrolments = Enrolment.objects.all()
    if scope.course_key:
        enrolments = enrolments.filter(course_key=scope.course_key)
    # Subqueries, not lists of ids: ten thousand learners would not fit in SQLite's parameters.
    if scope.has_place:
        population_ids = CohortMembership.objects.filter(cohort__in=place).values("user_id")
    else:
        population_ids = enrolments.values("user_id")
    population = Q(user_id__in=population_ids)

    def of(model_qs):
        qs = model_qs.filter(population)
        return qs.filter(course_key=scope.course_key) if scope.course_key else qs

    # 3. Enrolments made and courses completed in the period.
    enrolled_in_period: set[int] = set()
    enrolment_count = completions = 0
    for user_id, enrolled_at, completed_at in of(Enrolment.objects).values_list(
        "user_id", "enrolled_at", "completed_at"
    ):
        if (not since or enrolled_at >= since) and (not until or enrolled_at < until):
            enrolment_count += 1
            enrolled_in_period.add(user_id)
        if completed_at and (not since or completed_at >= since) and (not until or completed_at < until):
            completions += 1

    # 4. Learners active in the period: a lesson first visited, visited again or completed in it.
    activity = (
        _in_period("first_visited_at", since, until)
        | _in_period("last_visited_at", since, until)
        | _in_period("completed_at", since, until)
    )
    active = set(of(LessonProgress.objects).filter(activity).values_list("user_id", flat=True).distinct())

    # 5. Certificates issued in the period, current and not revoked.
    certificates = (
        of(Certificate.objects)
        .filter(_in_dates("issued_on", scope), superseded_by__isnull=True, revoked_at__isnull=True)
        .count()
    )

    # 6. Check attempts of learners in scope; a pair counts when its post-check is in the period.
    # The ids lists as their JSON text and the course as text: decoding 20,000 rows of each costs more than
    # the rest of the report; they are decoded only where a check changed, the keys once per course.
    attempts: dict[tuple[int, str], dict[str, dict]] = defaultdict(dict)
    fields = ["user_id", "phase", "score", "confidence"] + (["submitted_at"] if since or until else [])
    for row in (
        of(CheckAttempt.objects)
        .order_by()
        .values(
            *fields,
            key=Cast("course_key", CharField()),
            asked=Cast("question_ids", TextField()),
            right=Cast("correct_question_ids", TextField()),
        )
    ):
        attempts[(row["user_id"], row["key"])][row["phase"]] = row
    pairs_by_user: dict[int, list[tuple[float, float]]] = defaultdict(list)
    gains_by_course: dict[str, list[LearnerGain]] = defaultdict(list)
    confidence_by_user: dict[int, list[tuple[float, float]]] = defaultdict(list)
    rescored = not_comparable = 0
    for (user_id, course_key), phases in attempts.items():
        pre, post = phases.get(Phase.PRE), phases.get(Phase.POST)
        if not pre or not post:
            continue
        if (since and post["submitted_at"] < since) or (until and post["submitted_at"] >= until):
            continue
        scores, changed = _comparable_scores(pre, post)
        if scores is None:
            not_comparable += 1
            continue
        rescored += changed
        pairs_by_user[user_id].append(scores)
        gains_by_course[course_key].append(learner_gain(*scores))
        if (ratings := _confidence_change(pre, post)) is not None:
            confidence_by_user[user_id].append(ratings)
    pair_of = {user_id: _mean_pair(pairs) for user_id, pairs in pairs_by_user.items()}
    # Each learner's gain, computed once and summarised in every group they are in (ten thousand learners).
    gain_of = {user_id: learner_gain(*pair) for user_id, pair in pair_of.items()}
    ratings_of = [_mean_pair(ratings) for ratings in confidence_by_user.values()]

    # 7. The survey answers given in the period.
    survey = list(
        of(SurveyResponse.objects)
        .filter(_in_period("submitted_at", since, until))
        .values_list("relevance", "usefulness", "likely_to_apply", "comment")
    )

    # 8. The profiles of the learners reached in the period (enrolled, active or post-checked in it).
    reached = enrolled_in_period | active | set(pair_of)
    profiles = User.objects.filter(pk__in=population_ids).values_list("pk", "role", "country", "gender")
    records = []
    for user_id, role, country, gender in profiles.order_by("pk"):
        if user_id not in reached:
            continue
        cohort = cohorts.get(cohort_of.get(user_id))
        city = cohort.city if cohort else None
        pre_post = pair_of.get(user_id)
        records.append(
            LearnerRecord(
                user_id=user_id,
                attributes={
                    ROLE: role,
                    COUNTRY: str(country),
                    CITY_KIND: city.kind if city else "",
                    CONTEXT: city.context if city else "",
                    # As the learner chose it, "prefer not to say" by default; never guessed.
                    GENDER: gender,
                },
                pre=pre_post[0] if pre_post else None,
                post=pre_post[1] if pre_post else None,
                gain=gain_of.get(user_id),
            )
        )

    cities = {cohort.city.pk: cohort.city for cohort in cohorts.values() if cohort.city}
    members_of_city: dict[int, set[int]] = defaultdict(set)
    for cohort_id, users in members.items():
        cohort = cohorts.get(cohort_id)
        if cohort and cohort.city:
            members_of_city[cohort.city.pk] |= users

    # Per course, cohort and city, each list protected against subtraction from the overall gain.
    courses = sorted(gains_by_course, key=lambda key: str(uuid.UUID(key)))
    course_gains, hide_1 = _protected_gains([gains_by_course[key] for key in courses], len(gain_of))
    cohort_gains, hide_2 = _protected_gains(
        [[gain_of[user] for user in members[pk] if user in gain_of] for pk in cohorts], len(gain_of)
    )
    city_gains, hide_3 = _protected_gains(
        [[gain_of[user] for user in users if user in gain_of] for users in members_of_city.values()], len(gain_of)
    )
    overall = (
        hidden_stats(COMPLEMENTARY) if hide_1 or hide_2 or hide_3 else summarise_learner_gains(list(gain_of.values()))
    )

    disaggregations = disaggregate(records, categories=CATEGORIES)
    # The learners reached are every table's total: hidden with it, whichever way a table had to hide it.
    total_hidden = next((t.total.count for t in disaggregations.values() if t.total.suppressed), None)
    counts = _protected_counts(
        {
            "learners": len(records),
            "enrolments": enrolment_count,
            "active_learners": len(active),
            "completions": completions,
            "certificates": certificates,
        },
        hidden={"learners": total_hidden} if total_hidden is not None else None,
    )

    # 9. What other apps count for these learners in the period (sessions and attendance): counts of people
    # protected alike, counts of things (sessions held) as they are.
    measure_scope = MeasureScope(since=since, until=until, population_ids=population_ids, course_key=scope.course_key)
    measured = tuple(_measure_counts(measure, measure.count(measure_scope)) for measure in measures())

    return ProgrammeReport(
        scope=scope,
        **counts,
        measures=measured,
        gain=overall,
        gain_by_course=tuple(
            CourseGain(course_key=uuid.UUID(key), gain=gain) for key, gain in zip(courses, course_gains, strict=True)
        ),
        gain_by_cohort=tuple(
            CohortGain(cohort=cohort, gain=gain) for cohort, gain in zip(cohorts.values(), cohort_gains, strict=True)
        ),
        gain_by_city=tuple(
            CityGain(city=cities[pk], gain=gain) for pk, gain in zip(members_of_city, city_gains, strict=True)
        ),
        confidence=ConfidenceChange(
            pre=summarise(p for p, _ in ratings_of),
            post=summarise(q for _, q in ratings_of),
            difference=summarise(q - p for p, q in ratings_of),
        ),
        satisfaction=_satisfaction(survey),
        disaggregations=disaggregations,
        **_protected_counts({"rescored": rescored, "not_comparable": not_comparable}),
        cohorts=tuple(cohorts.values()),
    )
