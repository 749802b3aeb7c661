"""The practice form: a case study's fields as a learner answers them, checked before anything is stored."""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from courses.cities.models import CityMembership
from courses.practices.models import Credit
from courses.practices.services import PracticeData
from lms.languages.lists import join_list

TEXT_LIMIT = 6000
# Commas and semicolons, Latin and Arabic: an Arabic keyboard types "،".
THEME_SEPARATORS = re.compile("[,;\u060c\u061b]")
MAX_THEMES = 5


def _text(label, help_text, *, required=True):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class PracticeForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, help_text=_("What your city did, in a few words."))
    summary = _text(_("Summary"), _("One or two sentences, shown in the library's list."))
    goal = _text(_("Goal"), _("What your city wanted to achieve."))
    approach = _text(_("Approach"), _("What your city did, and with whom."))
    impact = _text(_("Impact"), _("What changed. Give figures only if you know where they come from."))
    challenges = _text(_("Challenges"), _("What was hard, and how your city dealt with it."))
    lessons_learned = _text(_("Lessons for other cities"), _("What other cities can take from it."))
    city = forms.CharField(label=_("City or municipality"), max_length=120, help_text=_("Where it happened."))
    country = forms.ChoiceField(label=_("Country"), choices=[("", "—"), *countries], help_text=_("Its country."))
    themes = forms.CharField(
        label=_("Themes"),
        max_length=300,
        help_text=_("One to five themes, separated by commas, e.g. youth, gender equality."),
    )
    language = forms.ChoiceField(
        label=_("Language of your text"),
        choices=settings.LANGUAGES,
        help_text=_("The language you write in. Once published, it is translated into the others."),
    )
    credit = forms.ChoiceField(
        label=_("How should the library credit you?"),
        choices=Credit.choices,
        widget=forms.RadioSelect,
        initial=Credit.BY_NAME,
        help_text=_("By name shows your full name, never your e-mail address. Anonymously shows neither."),
    )

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:  # the case study's language is chosen once
            del self.fields["language"]

    def clean_themes(self) -> tuple[str, ...]:
        names = []
        for name in THEME_SEPARATORS.split(self.cleaned_data["themes"]):
            name = " ".join(name.split())
            if name and name.casefold() not in {seen.casefold() for seen in names}:
                names.append(name[:100])
        if not names:
            raise forms.ValidationError(_("Give at least one theme."))
        if len(names) > MAX_THEMES:
            raise forms.ValidationError(_("Give at most five themes."))
        return tuple(names)

    def practice(self) -> PracticeData:
        data = self.cleaned_data
        return PracticeData(
            title=data["title"].strip(),
            summary=data["summary"].strip(),
            goal=data["goal"].strip(),
            approach=data["approach"].strip(),
            impact=data["impact"].strip(),
            challenges=data["challenges"].strip(),
            lessons_learned=data["lessons_learned"].strip(),
            city=data["city"].strip(),
            country=data["country"],
            themes=data["themes"],
            credit=data["credit"],
        )


def initial_for(user, *, language: str) -> dict:
    """The learner's city (their team's, else the municipality in their profile) and country, and the
    language they are reading in."""
    membership = CityMembership.objects.filter(user=user).select_related("city").first()
    if membership is not None:
        city, country = membership.city.name_in(language), str(membership.city.country)
    else:
        city, country = user.municipality, str(user.country or "")
    return {"city": city, "country": country, "language": language, "credit": Credit.BY_NAME}


def initial_from(case_study, credit: str) -> dict:
    fields = ("title", "summary", "goal", "approach", "impact", "challenges", "lessons_learned", "city")
    initial = {name: getattr(case_study, name) for name in fields}
    initial["country"] = str(case_study.country)
    # In the reader's language ("،" in Arabic): clean_themes splits on Latin and Arabic commas alike.
    initial["themes"] = join_list(tag.name for tag in case_study.themes.all())
    initial["credit"] = credit
    return initial
