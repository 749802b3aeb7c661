"""The programme report's filter (GET): a period and a place (a country, a city or a cohort).

The choices are what the reader may see (``courses.evidence.report_access``): a trainer is offered their
own cohorts and no country or city. A value outside the choices makes the form invalid on that field,
and the view answers 404 rather than say whether the cohort exists. A period that starts after today, or
ends before it starts, is refused on its field and no report is computed.
"""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from courses.cohorts.models import Cohort
from courses.evidence import report_access
from courses.evidence.report import ReportScope

PLACE_FIELDS = ("country", "city", "cohort")


class DateInput(forms.DateInput):
    input_type = "date"


class ReportFilterForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=DateInput, help_text=_("Leave empty to start at the beginning.")
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=DateInput, help_text=_("Included. Leave empty for today.")
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    city = forms.ModelChoiceField(label=_("City"), queryset=None, required=False, empty_label=_("All cities"))
    cohort = forms.ModelChoiceField(label=_("Cohort"), queryset=None, required=False, empty_label=_("All cohorts"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = report_access.reportable_cohorts(user).order_by("name")
        self.fields["cohort"].label_from_instance = lambda cohort: cohort.local_name
        if report_access.needs_a_cohort(user):
            # A trainer's report is one of their cohorts'; no wider place is offered.
            del self.fields["country"], self.fields["city"]
            self.fields["cohort"].empty_label = _("Choose a cohort")
            return
        self.fields["city"].queryset = report_access.reportable_cities(user).with_local_name().order_by("local_name")
        self.fields["city"].label_from_instance = lambda city: city.local_name
        codes = sorted({str(code) for code in Cohort.objects.values_list("country", flat=True) if code})
        self.fields["country"].choices = [("", _("All countries"))] + sorted(
            ((code, countries.name(code) or code) for code in codes), key=lambda choice: str(choice[1])
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and start > timezone.localdate():
            # Nothing has happened yet: the report would be all zeros that read as a finding.
            self.add_error("start", _("The period cannot start in the future."))
        if start and end and start > end:
            self.add_error("end", _("The end of the period comes before its start."))
        return data

    @property
    def refused_place(self) -> bool:
        """A place outside the reader's choices was asked for (another trainer's cohort, a made-up id)."""
        return any(name in self.errors for name in PLACE_FIELDS) or any(
            self.data.get(name) for name in PLACE_FIELDS if name not in self.fields
        )

    def scope(self) -> ReportScope:
        data = self.cleaned_data
        return ReportScope(
            start=data.get("start"),
            end=data.get("end"),
            country=data.get("country") or "",
            city_id=data["city"].pk if data.get("city") else None,
            cohort_id=data["cohort"].pk if data.get("cohort") else None,
        )
