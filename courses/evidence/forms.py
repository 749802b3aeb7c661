"""The end-of-course survey form: three ratings from 1 to 5 and a free comment."""

from django import forms
from django.utils.translation import gettext_lazy as _

RATING_CHOICES = [(rating, str(rating)) for rating in range(1, 6)]


class SurveyForm(forms.Form):
    relevance = forms.TypedChoiceField(
        label=_("How relevant was this course to your work?"),
        help_text=_("1: not at all, 5: very."),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    usefulness = forms.TypedChoiceField(
        label=_("How useful is it for your city?"),
        help_text=_("1: not at all, 5: very."),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    likely_to_apply = forms.TypedChoiceField(
        label=_("How likely are you to apply what you learned?"),
        help_text=_("1: not at all, 5: certainly."),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Anything else you would like to tell us?"),
        help_text=_("Optional. Trainers never see who wrote it."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
