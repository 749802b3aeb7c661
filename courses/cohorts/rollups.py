"""Roll-ups for programme managers: country → city → cohort, with the cohorts' counts added up at
each level.

Cities are the cohorts' linked City rows (named in the viewer's language, in the City's country);
a cohort whose typed city is not linked yet is grouped under "City not linked" in its own country,
so that a programme manager sees what is left to choose. A learner in two cohorts of one city
counts in both: the levels add up cohorts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation
from django.utils.translation import gettext

from courses.cities.models import City
from courses.cohorts.models import Cohort
from courses.cohorts.selectors import CohortSummary, Counts, cohort_summaries


@dataclass
class CityRollup:
    name: str
    # None for the cohorts of a country whose city is not linked yet.
    city: City | None = None
    counts: Counts = field(default_factory=Counts)
    cohorts: list[CohortSummary] = field(default_factory=list)

    @property
    def linked(self) -> bool:
        return self.city is not None


@dataclass
class CountryRollup:
    code: str
    name: str
    counts: Counts = field(default_factory=Counts)
    cities: list[CityRollup] = field(default_factory=list)


@dataclass
class RegionalRollup:
    countries: list[CountryRollup]
    totals: Counts


def regional_rollup(
    cohorts: QuerySet[Cohort], *, language: str | None = None, now: datetime | None = None
) -> RegionalRollup:
    """Country → city → cohort in ``language`` (the active one by default). Five queries.

    The country is the linked City's (a cohort's own country can only differ by mistake), else
    the cohort's. Cities are sorted by their name in that language; "City not linked" comes last.
    """
    language = language or translation.get_language() or "en"
    summaries = cohort_summaries(cohorts.select_related("city").order_by("name"), now=now)
    countries: dict[str, CountryRollup] = {}
    cities: dict[tuple[str, int | None], CityRollup] = {}
    totals = Counts()
    with translation.override(language):
        not_linked = gettext("City not linked")
        for summary in summaries:
            cohort = summary.cohort
            place = cohort.city.country if cohort.city else cohort.country
            code = place.code or ""
            country = countries.setdefault(code, CountryRollup(code=code, name=str(place.name or "—")))
            city_key = (code, cohort.city_id)
            city = cities.get(city_key)
            if city is None:
                name = cohort.city.name_in(language) if cohort.city else not_linked
                city = cities[city_key] = CityRollup(name=name, city=cohort.city)
                country.cities.append(city)
            city.cohorts.append(summary)
            city.counts.add(summary.counts)
            country.counts.add(summary.counts)
            totals.add(summary.counts)
    first = list(getattr(settings, "COUNTRIES_FIRST", []))
    ordered = sorted(
        countries.values(),
        key=lambda country: (first.index(country.code) if country.code in first else len(first), country.name),
    )
    for country in ordered:
        country.cities.sort(key=lambda city: (not city.linked, city.name.casefold()))
    return RegionalRollup(countries=ordered, totals=totals)
