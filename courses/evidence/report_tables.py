"""The programme report as labelled tables, in the reader's language: what the page, the PDF, the CSV and
the XLSX all show, so that the four cannot disagree.

``courses.evidence.report`` computes the figures and has already hidden every small one; this module
only names rows and columns and turns each figure into a ``Value``: a number (for spreadsheets) with its
text (for pages), or, for a hidden figure, the words "fewer than 5" (or "hidden to protect a small
group") and no number at all. Nothing here can bring a hidden figure back: a ``Suppressed`` marker
carries none.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django_countries import countries

from courses.cities.models import CityKind
from courses.evidence.report import ProgrammeReport
from courses.evidence.statistics import MIN_GROUP, GroupStats, GroupSummary, Suppressed, is_suppressed
from courses.evidence.suppression import CITY_KIND, COMPLEMENTARY, CONTEXT, COUNTRY, GENDER, NOT_STATED, ROLE
from courses.models import CoursePage
from lms.accounts.models import CityContext, Gender, Role
from lms.languages.bidi import isolate
from lms.languages.calendar import format_date


@dataclass(frozen=True)
class Value:
    """One cell: ``number`` is None for a hidden or empty figure; ``text`` is what a reader sees."""

    text: str
    number: float | int | None = None
    hidden: bool = False
    # An interval's low and high: a CSV writes them with its own decimal mark, not the page's.
    bounds: tuple[float, float] | None = None


@dataclass(frozen=True)
class Row:
    """A row's label, and the inserted name (a cohort's, a city's), shown isolated after it."""

    label: str
    values: tuple[Value, ...]
    name: str = ""

    @property
    def text(self) -> str:
        return f"{self.label}: {self.name}" if self.name else self.label


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    note: str = ""


@dataclass(frozen=True)
class ReportTables:
    reach: Table
    gain: Table
    confidence: Table
    satisfaction: Table
    comments: tuple[str, ...]
    disaggregations: tuple[Table, ...]
    method: tuple[str, ...]
    hidden_figures: int = 0
    measures: tuple[Table, ...] = ()  # what other apps count (sessions and attendance)


def fewer_than() -> str:
    return _("fewer than %(number)s") % {"number": MIN_GROUP}


def hidden(marker: Suppressed) -> Value:
    text = _("hidden to protect a small group") if marker == COMPLEMENTARY else fewer_than()
    return Value(text=text, hidden=True)


def count(value: int | Suppressed) -> Value:
    if isinstance(value, Suppressed):
        return hidden(value)
    return Value(text=number_format(value), number=value)


def decimal(value: float, places: int = 1) -> Value:
    rounded = round(value, places)
    return Value(text=number_format(rounded, places), number=rounded)


def mean(summary: GroupSummary | Suppressed, places: int = 1) -> Value:
    return hidden(summary) if isinstance(summary, Suppressed) else decimal(summary.mean, places)


def median(summary: GroupSummary | Suppressed, places: int = 1) -> Value:
    return hidden(summary) if isinstance(summary, Suppressed) else decimal(summary.median, places)


def interval(summary: GroupSummary | Suppressed, places: int = 1) -> Value:
    if isinstance(summary, Suppressed):
        return hidden(summary)
    low, high = round(summary.interval.low, places), round(summary.interval.high, places)
    # A range reads the same way in every language: low to high, isolated from the sentence around it.
    return Value(text=f"\u2066{number_format(low, places)} – {number_format(high, places)}\u2069", bounds=(low, high))


def _gain_columns() -> tuple[str, ...]:
    return (
        _("Learners with both checks"),
        _("Mean score before (%)"),
        _("Mean score after (%)"),
        _("Mean gain (points)"),
        _("Median gain (points)"),
        _("95 %% interval of the mean gain") % {},
        _("Mean normalised gain"),
    )


def _gain_values(stats: GroupStats) -> tuple[Value, ...]:
    return (
        count(stats.n),
        mean(stats.pre),
        mean(stats.post),
        mean(stats.difference),
        median(stats.difference),
        interval(stats.difference),
        mean(stats.normalised, 2),
    )


def course_titles(keys, language: str) -> dict:
    """Each course's title in ``language``, else in any language it has. One query."""
    titles: dict = {}
    for key, title, code in CoursePage.objects.filter(translation_key__in=list(keys)).values_list(
        "translation_key", "title", "locale__language_code"
    ):
        if code == language or key not in titles:
            titles[key] = title
    return titles


def category_label(dimension: str, key: str) -> str:
    if key == "total":
        return _("Total")
    if key == NOT_STATED:
        return _("Not stated")
    choices = {ROLE: Role, GENDER: Gender, CITY_KIND: CityKind, CONTEXT: CityContext}.get(dimension)
    if choices is not None:
        return str(dict(choices.choices).get(key, key))
    if dimension == COUNTRY:
        return str(countries.name(key) or key)
    return key


def dimension_title(dimension: str) -> str:
    return {
        ROLE: _("By role"),
        COUNTRY: _("By country"),
        CITY_KIND: _("By kind of city"),
        CONTEXT: _("By city context"),
        GENDER: _("By gender (self-reported)"),
    }.get(dimension, dimension)


def method_paragraphs(report: ProgrammeReport, hidden_figures: int) -> tuple[str, ...]:
    """The report's method and limits in plain words."""
    paragraphs = [
        _(
            "Learners chose to take this training and chose to take the checks: they are not a random sample, "
            "and those who took both checks may differ from those who did not."
        ),
        _(
            "There is no control group: a gain shows what changed between the two checks, not that the "
            "training alone caused it."
        ),
        _(
            "Gain is the score after the course minus the score before (in points out of 100); the normalised "
            "gain is that difference divided by what was left to learn (100 minus the score before). The 95 %% "
            "interval is a t-interval around the mean. Learners with several courses count once, with the mean "
            "of their scores."
        )
        % {},
        _(
            "No figure is shown for fewer than %(number)s learners. A second figure is hidden where the first "
            "could otherwise be worked out by subtraction. Comparing several tables of the same learners may "
            "still narrow a small group down."
        )
        % {"number": MIN_GROUP},
    ]
    if hidden_figures:
        paragraphs.append(
            translation.ngettext(
                "In this report, %(count)s figure is hidden.",
                "In this report, %(count)s figures are hidden.",
                hidden_figures,
            )
            % {"count": hidden_figures}
        )
    paragraphs.append(
        _(
            "Where a check's questions changed between a learner's two attempts, both are scored only on the "
            "questions both attempts shared."
        )
    )
    if any(is_suppressed(figure) or figure for figure in (report.rescored, report.not_comparable)):
        paragraphs.append(
            _(
                "Scored again on shared questions: %(rescored)s pairs of checks. Left out because the two "
                "checks shared no question: %(left_out)s."
            )
            % {"rescored": count(report.rescored).text, "left_out": count(report.not_comparable).text}
        )
    return tuple(paragraphs)


def build(report: ProgrammeReport, *, language: str | None = None) -> ReportTables:
    """The report's tables in ``language`` (the active one by default). One query (course titles)."""
    language = language or translation.get_language() or "en"
    with translation.override(language):
        reach = Table(
            key="reach",
            title=_("Reach in the period"),
            columns=(_("Learners"),),
            rows=(
                Row(_("Learners reached"), (count(report.learners),)),
                Row(_("Enrolments"), (count(report.enrolments),)),
                Row(_("Active learners"), (count(report.active_learners),)),
                Row(_("Courses completed"), (count(report.completions),)),
                Row(_("Certificates issued"), (count(report.certificates),)),
            ),
        )
        titles = course_titles([line.course_key for line in report.gain_by_course], language)
        gain_rows = [Row(_("All learners"), _gain_values(report.gain))]
        gain_rows += [
            Row(_("Course"), _gain_values(line.gain), titles.get(line.course_key, _("a deleted course")))
            for line in report.gain_by_course
        ]
        gain_rows += [
            Row(_("Cohort"), _gain_values(line.gain), line.cohort.name_in(language)) for line in report.gain_by_cohort
        ]
        gain_rows += [
            Row(_("City"), _gain_values(line.gain), line.city.name_in(language)) for line in report.gain_by_city
        ]
        gain = Table(key="gain", title=_("Knowledge gain"), columns=_gain_columns(), rows=tuple(gain_rows))

        confidence_columns = (_("Learners"), _("Mean"), _("Median"), _("95 %% interval") % {})
        conf = report.confidence

        def summary_values(summary):
            n = summary.n if isinstance(summary, GroupSummary) else summary
            return (count(n), mean(summary, 2), median(summary, 2), interval(summary, 2))

        confidence = Table(
            key="confidence",
            title=_("Confidence (1 to 5)"),
            columns=confidence_columns,
            rows=(
                Row(_("Before the course"), summary_values(conf.pre)),
                Row(_("After the course"), summary_values(conf.post)),
                Row(_("Change"), summary_values(conf.difference)),
            ),
            note=_("On the statements both checks asked."),
        )
        sat = report.satisfaction
        satisfaction = Table(
            key="satisfaction",
            title=_("End-of-course survey (1 to 5)"),
            columns=confidence_columns,
            rows=(
                Row(_("Relevance"), summary_values(sat.relevance)),
                Row(_("Usefulness for their city"), summary_values(sat.usefulness)),
                Row(_("Likelihood to apply"), summary_values(sat.likely_to_apply)),
            ),
            note=_("Responses: %(count)s") % {"count": count(sat.responses).text},
        )
        tables = []
        for dimension, table in report.disaggregations.items():
            rows = [
                Row(
                    category_label(dimension, cell.key),
                    (
                        count(cell.count),
                        count(cell.stats.n),
                        mean(cell.stats.difference),
                        interval(cell.stats.difference),
                    ),
                )
                for cell in (*table.cells, table.total)
            ]
            tables.append(
                Table(
                    key=f"by-{dimension}",
                    title=dimension_title(dimension),
                    columns=(
                        _("Learners reached"),
                        _("Learners with both checks"),
                        _("Mean gain (points)"),
                        _("95 %% interval of the mean gain") % {},
                    ),
                    rows=tuple(rows),
                )
            )
        measured = tuple(
            Table(
                key=f"measure-{line.measure.key}",
                title=line.measure.title(),
                columns=(_("Number"),),
                rows=tuple(Row(label(), (count(line.counts.get(key, 0)),)) for key, label in line.measure.rows),
            )
            for line in report.measures
        )
        every = (reach, *measured, gain, confidence, satisfaction, *tables)
        hidden_figures = sum(value.hidden for table in every for row in table.rows for value in row.values)
        return ReportTables(
            reach=reach,
            gain=gain,
            confidence=confidence,
            satisfaction=satisfaction,
            comments=sat.comments,
            disaggregations=tuple(tables),
            method=method_paragraphs(report, hidden_figures),
            hidden_figures=hidden_figures,
            measures=measured,
        )


def describe_scope(report: ProgrammeReport, *, language: str | None = None) -> tuple[str, str]:
    """(period, place) in words, e.g. ("1 January 2026 – 30 June 2026", "Cohort: Irbid Young Cities")."""
    scope = report.scope
    language = language or translation.get_language() or "en"
    with translation.override(language):
        start = format_date(scope.start) if scope.start else _("the beginning")
        end = format_date(scope.end) if scope.end else _("today")
        period = _("From %(start)s to %(end)s") % {"start": start, "end": end}
        cohort = next((c for c in report.cohorts if c.pk == scope.cohort_id), None) if scope.cohort_id else None
        city = next((c.city for c in report.cohorts if c.city_id == scope.city_id), None) if scope.city_id else None
        if cohort:
            place = _("Cohort: %(name)s") % {"name": isolate(cohort.name_in(language))}
        elif city:
            place = _("City: %(name)s") % {"name": isolate(city.name_in(language))}
        elif scope.city_id:
            place = _("A city with no cohort")
        elif scope.country:
            place = _("Country: %(name)s") % {"name": countries.name(scope.country) or scope.country}
        else:
            place = _("The whole programme")
        return period, place
