"""The learner's form under a module ("Was this part of the guide useful for your city?") and the editors'
report filter."""

from __future__ import annotations

from datetime import date

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from lms.accounts.models import CityContext

RATING_CHOICES = [(rating, str(rating)) for rating in range(1, 6)]


class GuideFeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Was this part of the guide useful for your city?"),
        help_text=_("1: not at all, 5: very."),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how useful it was, from 1 to 5.")},
    )
    comment = forms.CharField(
        label=_("Your comment"),
        help_text=_("Optional. Only the academy's editors read it; it is never published."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    missing = forms.CharField(
        label=_("What is missing for a city like mine?"),
        help_text=_("Optional. Only the academy's editors read it; it is never published."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReportFilterForm(forms.Form):
    """The report's filters; every one optional. Choices come from the caller (read once per request)."""

    guidebook = forms.ChoiceField(label=_("Guidebook"), required=False)
    chapter = forms.ChoiceField(label=_("Chapter"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    city_context = forms.ChoiceField(
        label=_("City context"), required=False, choices=[("", _("All"))] + list(CityContext.choices)
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All"))] + list(settings.LANGUAGES)
    )
    since = forms.DateField(label=_("Answered from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(
        label=_("Answered until"),
        required=False,
        help_text=_("Included."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, data, *, guidebooks, chapters, countries):
        super().__init__(data)
        self.fields["guidebook"].choices = [("", _("All"))] + list(guidebooks)
        self.fields["chapter"].choices = [("", _("All"))] + list(chapters)
        self.fields["country"].choices = [("", _("All"))] + list(countries)

    def clean(self):
        cleaned = super().clean()
        since: date | None = cleaned.get("since")
        until: date | None = cleaned.get("until")
        if since and until and until < since:
            self.add_error("until", _("The end of the period comes before its start."))
        return cleaned
