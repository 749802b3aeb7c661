"""Reads for the city pages of trainers and programme managers: the cities the viewer may see, and one
city's page — its profile, its needs assessments over time and what changed between the last two, its
pathway (which they may adjust), its team's progress through it, its cohorts, and its team's
completions and certificates.

Cities knows its own parts (``courses.cities``: pathway, history, team progress); this module adds
what only cohorts and certificates know, which is why the page lives here: cohorts knows cities, never
the other way round. A trainer sees only the team members who joined one of their cohorts (the consent
the join page asks for); programme managers see the whole team. Each read costs a fixed number of
queries, whatever the number of cities, team members, courses or assessments.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.certificates.selectors import certificates_by_learner
from courses.cities import access as city_access
from courses.cities import history, selectors, team
from courses.cities.models import City, CityMembership
from courses.cohorts import access
from courses.cohorts.selectors import CohortSummary, cohort_summaries
from courses.progress.models import Enrolment

# --- The list of cities ------------------------------------------------------------------------


@dataclass(frozen=True)
class CityCard:
    city: City  # annotated with ``local_name``
    members: int
    cohorts: int  # the viewer's cohorts in this city (all of them for a programme manager)
    last_assessed: datetime | None


def city_cards(viewer, *, search: str = "") -> list[CityCard]:
    """The cities the viewer may open, by country and name, with their counts. Four queries."""
    cities = list(access.visible_cities(viewer).with_local_name().search(search).order_by("country", "local_name"))
    ids = [city.pk for city in cities]
    members = dict(
        CityMembership.objects.filter(city_id__in=ids)
        .values("city_id")
        .annotate(n=Count("pk"))
        .values_list("city_id", "n")
    )
    cohorts = dict(
        access.visible_cohorts(viewer)
        .filter(city_id__in=ids)
        .values("city_id")
        .annotate(n=Count("pk"))
        .values_list("city_id", "n")
    )
    assessed = dict(
        City.objects.filter(pk__in=ids).annotate(last=Max("assessments__submitted_at")).values_list("pk", "last")
    )
    return [
        CityCard(
            city=city,
            members=members.get(city.pk, 0),
            cohorts=cohorts.get(city.pk, 0),
            last_assessed=assessed.get(city.pk),
        )
        for city in cities
    ]


# --- One city's page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamRow:
    progress: team.MemberProgress
    completed_courses: int
    certificates: int

    @property
    def membership(self) -> CityMembership:
        return self.progress.membership


@dataclass(frozen=True)
class CourseCompletions:
    title: str
    completed: int  # followed team members who completed the course
    certificates: int  # of them, those holding a current certificate for it


@dataclass
class CityPage:
    city: City
    can_adjust: bool
    timeline: list[history.TimelineEntry]
    changes: history.LatestChanges | None
    pathway: selectors.Pathway
    team: team.TeamProgress
    rows: list[TeamRow]
    team_size: int
    cohorts: list[CohortSummary]
    completions: list[CourseCompletions]
    pin_choices: list[tuple[int, str]]  # (page id, label) of the courses and modules not on the pathway

    @property
    def not_followed(self) -> int:
        """Team members the viewer does not follow (in none of their cohorts): counted, never named."""
        return self.team_size - len(self.rows)


def _pin_choices(catalogue: selectors.Catalogue, pathway: selectors.Pathway) -> list[tuple[int, str]]:
    """Courses, and their modules under them, that are neither on the pathway nor taken off it."""
    taken = {entry.page.translation_key for entry in [*pathway.entries, *pathway.removed]}
    pages = sorted(catalogue.pages.values(), key=lambda page: catalogue.order[page.translation_key])
    course_titles = {page.path: page.title for page in pages if page.content_type.model == "coursepage"}
    choices = []
    for page in pages:
        if page.translation_key in taken:
            continue
        if page.content_type.model == "coursepage":
            choices.append((page.pk, page.title))
        else:
            course = course_titles.get(page.path[: -Page.steplen], "")
            choices.append((page.pk, f"{course} › {page.title}" if course else page.title))
    return choices


def _completions(
    user_ids: list[int], catalogue: selectors.Catalogue, language: str
) -> tuple[list[CourseCompletions], Counter, Counter]:
    """Courses completed by these learners, with certificates; and per learner, both counts. Two queries."""
    done = set(
        Enrolment.objects.filter(user_id__in=user_ids, completed_at__isnull=False).values_list("user_id", "course_key")
    )
    keys = {key for _user, key in done}
    certificates = certificates_by_learner(user_ids=user_ids, course_keys=keys) if keys else {}
    by_course: dict[uuid.UUID, list[int]] = {key: [0, 0] for key in keys}
    completed_by, certified_by = Counter(), Counter()
    for user_id, key in done:
        by_course[key][0] += 1
        completed_by[user_id] += 1
    for (user_id, key), _certificate in certificates.items():
        if key in by_course:
            by_course[key][1] += 1
        certified_by[user_id] += 1
    titles = {}
    for (_user, key), certificate in certificates.items():
        titles.setdefault(key, (certificate.course_titles or {}).get(language, ""))
    rows = []
    for key, (completed, certified) in by_course.items():
        page = catalogue.pages.get(key)
        title = page.title if page else titles.get(key) or _("A course no longer published")
        rows.append((catalogue.order.get(key, len(catalogue.order)), CourseCompletions(title, completed, certified)))
    rows.sort(key=lambda row: (row[0], row[1].title))
    return [row for _order, row in rows], completed_by, certified_by


def city_page(*, city: City, viewer, language: str) -> CityPage:
    """The city's page as ``viewer`` may see it (look ``city`` up through ``access.visible_cities``)."""
    catalogue = selectors.pathway_catalogue(language)
    pathway = selectors.city_pathway(city=city, language=language, catalogue=catalogue)
    members = None
    if not access.sees_all_cohorts(viewer):
        members = CityMembership.objects.filter(user__in=access.followed_learners(viewer).values("user_id"))
    progress = team.team_progress(city=city, entries=pathway.entries, members=members)
    user_ids = [member.membership.user_id for member in progress.members]
    completions, completed_by, certified_by = _completions(user_ids, catalogue, language)
    cohorts = access.visible_cohorts(viewer).filter(city=city).select_related("city").order_by("status", "name")
    return CityPage(
        city=city,
        can_adjust=city_access.can_adjust_pathway(viewer, city),
        timeline=history.timeline(city=city),
        changes=history.latest_changes(city=city, language=language, catalogue=catalogue),
        pathway=pathway,
        team=progress,
        rows=[
            TeamRow(
                progress=member,
                completed_courses=completed_by[member.membership.user_id],
                certificates=certified_by[member.membership.user_id],
            )
            for member in progress.members
        ],
        team_size=CityMembership.objects.of_city(city).count(),
        cohorts=cohort_summaries(cohorts),
        completions=completions,
        pin_choices=_pin_choices(catalogue, pathway),
    )
