"""The city a learner chooses for themselves, in their profile or at sign-up: a list of the programme's
cities in their language (grouped by country, narrowed by a small script to the country they chose and
to what they type), or "My city is not listed" with its name, which asks a programme manager to add it.

Accounts do not know cities: this module answers their ``account_form_extensions`` hook
(``lms.accounts.form_extensions``) with the two fields, their checks, a save that goes through
``services`` and, on the profile page, the learner's city. Three queries whatever the number of cities.
A city chosen with the country left empty brings its country; a city of another country is refused.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses.cities import services
from courses.cities.models import City, CityMembership, CityRequest
from lms.accounts.form_extensions import PROFILE, AccountFormExtension, FormName
from lms.accounts.models import User

NOT_LISTED = "not_listed"
CITY = "city"
NOT_LISTED_NAME = "city_not_listed"


class CitySelect(forms.Select):
    """A plain <select>; each city's option carries its country and its three names, for city-choice.js."""

    class Media:
        js = ("cities/city-choice.js",)

    def __init__(self, *, option_data: dict[str, dict[str, str]], attrs=None):
        super().__init__(attrs=attrs)
        self.option_data = option_data

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex=subindex, attrs=attrs)
        option["attrs"].update(self.option_data.get(str(value), {}))
        return option


@dataclass(frozen=True)
class Request:
    """ "My city is not listed": the name the learner typed and the country they chose."""

    name: str
    country: str


class CityChoice:
    """The city fields of one account form: the cities, the learner's city and open request, read once."""

    def __init__(self, *, user: User | None, language: str):
        self.language = language
        cities = City.objects.with_local_name(language).only("pk", "country", "name_ar", "name_en", "name_fr")
        self.cities = {str(city.pk): city for city in cities}
        self.membership = None
        self.open_request = None
        if user is not None and user.pk:
            self.membership = CityMembership.objects.filter(user=user).only("city").first()
            self.open_request = CityRequest.objects.open().filter(user=user).only("name", "country").first()
        self.preferred_country = str(user.country.code or "") if user is not None else ""

    @property
    def city(self) -> City | None:
        return self.cities.get(str(self.membership.city_id)) if self.membership else None

    def fields(self) -> dict[str, forms.Field]:
        choices, option_data = self._choices()
        city_field = forms.ChoiceField(
            label=_("Your city"),
            required=False,
            choices=choices,
            widget=CitySelect(
                option_data=option_data,
                attrs={"data-city-choice": "", "data-filter-label": gettext("Find your city in the list")},
            ),
            help_text=_(
                "The cities of the country you chose. If yours is not in the list, choose “My city is not listed” "
                "and type its name below."
            ),
            error_messages={"invalid_choice": _("Choose a city from the list, or “My city is not listed”.")},
        )
        name_field = forms.CharField(
            label=_("Your city’s name, if it is not listed"),
            required=False,
            max_length=120,
            widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
            help_text=_("A programme manager will add it to the list and link you to it."),
        )
        if self.city is not None:
            city_field.initial = str(self.city.pk)
        elif self.open_request is not None:
            city_field.initial = NOT_LISTED
            name_field.initial = self.open_request.name
        return {CITY: city_field, NOT_LISTED_NAME: name_field}

    def _choices(self) -> tuple[list, dict[str, dict[str, str]]]:
        """Cities grouped by country: the learner's country first, then the programme's, then the rest."""
        first = list(getattr(settings, "COUNTRIES_FIRST", []))
        groups: dict[str, list[City]] = {}
        for city in self.cities.values():
            groups.setdefault(city.country.code, []).append(city)

        def rank(code: str):
            programme = first.index(code) if code in first else len(first)
            return (code != self.preferred_country, programme, str(groups[code][0].country.name))

        choices: list = [("", _("- Select an option -"))]
        option_data = {}
        for code in sorted(groups, key=rank):
            members = sorted(groups[code], key=lambda city: city.local_name.casefold())
            choices.append((str(members[0].country.name), [(str(city.pk), city.local_name) for city in members]))
            for city in members:
                names = " ".join(sorted({city.name_ar, city.name_en, city.name_fr} - {""})).casefold()
                option_data[str(city.pk)] = {"data-country": code, "data-names": names}
        choices.append((NOT_LISTED, _("My city is not listed")))
        return choices, option_data

    def decide(self, data: dict[str, Any]) -> City | Request | None:
        """The city chosen, the request for a missing one, or None (nothing chosen: nothing changes)."""
        value = data.get(CITY)
        if value is None:  # refused by the list itself (an unknown id): its error is already shown
            return None
        country = str(data.get("country") or "")
        name = " ".join((data.get(NOT_LISTED_NAME) or "").split())
        if value == NOT_LISTED or (not value and name):
            if not name:
                raise ValidationError({NOT_LISTED_NAME: gettext("Type the name of your city.")})
            if not country:
                message = gettext("Choose the country of your city too, so that a programme manager can add it.")
                raise ValidationError({NOT_LISTED_NAME: message})
            return Request(name=name, country=country)
        if not value:
            return None
        city = self.cities[value]
        if country and city.country.code != country:
            message = gettext("%(city)s is not in the country you chose. Choose a city of that country, or change it.")
            raise ValidationError({CITY: message % {"city": city.local_name}})
        return city

    def clean(self, data: dict[str, Any]) -> None:
        choice = self.decide(data)
        if isinstance(choice, City) and not data.get("country"):
            # The country follows the city: without one, the learner's dates and times would read as UTC's.
            data["country"] = choice.country.code

    def save(self, user: User, data: dict[str, Any]) -> str:
        """Store the choice through ``services``; what the form showed and is sent back unchanged is not
        written again, so saving the rest of the profile neither moves the learner nor repeats the note."""
        choice = self.decide(data)
        if isinstance(choice, City):
            if self.city != choice or self.open_request is not None:
                services.choose_city(user=user, city=choice)
            return ""
        if isinstance(choice, Request):
            asked = self.open_request
            if asked is not None and self.membership is None and (asked.name, asked.country.code) == astuple(choice):
                return ""
            services.ask_for_city(user=user, name=choice.name, country=choice.country)
            note = gettext("Thank you. A programme manager will add %(city)s to the list and link you to it.")
            return note % {"city": choice.name}
        return ""

    def summary(self) -> str:
        return render_to_string(
            "cities/includes/profile_city.html", {"city": self.city, "open_request": self.open_request}
        )


def account_form_extension(*, form_name: FormName, user: User | None, language: str) -> AccountFormExtension:
    """The ``account_form_extensions`` hook: the city fields after the country, on both account forms."""
    choice = CityChoice(user=user, language=language)
    return AccountFormExtension(
        fields=choice.fields(),
        after="country",
        # The list takes the place of the profile's free-text municipality (kept as typed: the matching
        # of link_city_profiles reads it).
        replaces=("municipality",),
        clean=choice.clean,
        save=choice.save,
        summary=choice.summary() if form_name == PROFILE else "",
    )
