"""Forms for convenings: the admin form for a course's attendance rule (the course chosen by title, one
entry per course whatever its languages, not typed as a translation key), the learners' feedback after a
session, and the trainers' form to schedule a session outside the admin."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.convenings.models import MAX_CAPACITY, Session
from courses.models import CoursePage


def course_choices() -> list[tuple[str, str]]:
    titles: dict[uuid.UUID, list[str]] = {}
    for key, title, language in CoursePage.objects.order_by("path").values_list(
        "translation_key", "title", "locale__language_code"
    ):
        titles.setdefault(key, []).append(f"{title} ({language})")
    return [(str(key), " · ".join(names)) for key, names in titles.items()]


class CourseAttendanceRuleForm(WagtailAdminModelForm):
    course_key = forms.TypedChoiceField(
        label=_("course"),
        choices=course_choices,
        coerce=uuid.UUID,
        help_text=_("The course that asks for attendance, in all its languages."),
    )


class SessionAdminForm(WagtailAdminModelForm):
    """The admin's session form: start and end are typed, and shown, on the session's own clock.

    Django reads a typed date-time in the editor's time zone; a programme manager in Rabat scheduling a
    dialogue in Amman types Amman's time, as the field's help says.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            zone = ZoneInfo(self.instance.time_zone)
            for name in ("starts_at", "ends_at"):
                self.initial[name] = timezone.make_naive(getattr(self.instance, name), zone)

    def clean(self):
        cleaned = super().clean()
        if zone_name := cleaned.get("time_zone"):
            zone, typed_in = ZoneInfo(zone_name), timezone.get_current_timezone()
            for name in ("starts_at", "ends_at"):
                if (value := cleaned.get(name)) is not None:
                    wall_clock = timezone.make_naive(value, typed_in) if timezone.is_aware(value) else value
                    cleaned[name] = timezone.make_aware(wall_clock, zone)
        return cleaned


class SessionFeedbackForm(forms.Form):
    """A learner's feedback after a session: three short questions, the score required."""

    usefulness = forms.TypedChoiceField(
        label=_("How useful was this session for your work?"),
        choices=[(value, str(value)) for value in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 = not useful, 5 = very useful."),
        error_messages={"required": _("Choose a score from 1 to 5.")},
    )
    will_apply = forms.CharField(
        label=_("What will you apply in your city?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    comment = forms.CharField(
        label=_("Any other comment"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The organisers read the answers without names."),
    )


class LocalDateTimeField(forms.DateTimeField):
    """A date and time typed on the session's clock: kept naive here, made aware in the form's ``clean``
    with the session's time zone (not the reader's)."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

    def to_python(self, value):
        result = super().to_python(value)
        if result is not None and timezone.is_aware(result):
            result = timezone.make_naive(result)  # undo Django's reading in the current time zone
        return result


class SessionForm(forms.ModelForm):
    """Scheduling a session outside the admin, for trainers and programme managers. A trainer invites only
    their own cohorts and their cities; times are read on the session's clock."""

    starts_at = LocalDateTimeField(label=_("starts at"), help_text=_("On the clock of the session's time zone."))
    ends_at = LocalDateTimeField(label=_("ends at"), help_text=_("On the clock of the session's time zone."))

    class Meta:
        model = Session
        fields = [
            "kind",
            "title_ar",
            "title_en",
            "title_fr",
            "agenda_ar",
            "agenda_en",
            "agenda_fr",
            "starts_at",
            "ends_at",
            "time_zone",
            "venue_address",
            "map_url",
            "online_url",
            "capacity",
            "invited_cohorts",
            "invited_cities",
            "related_pages",
            "languages",
        ]
        widgets = {
            "invited_cohorts": forms.CheckboxSelectMultiple,
            "invited_cities": forms.CheckboxSelectMultiple,
            "related_pages": forms.CheckboxSelectMultiple,
            "agenda_ar": forms.Textarea(attrs={"rows": 4}),
            "agenda_en": forms.Textarea(attrs={"rows": 4}),
            "agenda_fr": forms.Textarea(attrs={"rows": 4}),
            "venue_address": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, cohorts, cities, **kwargs):
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            zone = ZoneInfo(instance.time_zone)
            kwargs.setdefault("initial", {})
            kwargs["initial"].update(
                starts_at=timezone.make_naive(instance.starts_at, zone),
                ends_at=timezone.make_naive(instance.ends_at, zone),
            )
        super().__init__(*args, **kwargs)
        self.fields["invited_cohorts"].queryset = cohorts
        self.fields["invited_cities"].queryset = cities
        self.fields["related_pages"].queryset = CoursePage.objects.live().select_related("locale").order_by("path")
        self.fields["related_pages"].label_from_instance = lambda page: f"{page.title} ({page.locale.language_code})"
        self.fields["related_pages"].label = _("related courses")
        # The model's validators give the error; these only tune the number field on a phone.
        self.fields["capacity"].widget.attrs.update(min=1, max=MAX_CAPACITY)

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone")
        if zone_name:
            zone = ZoneInfo(zone_name)
            for name in ("starts_at", "ends_at"):
                value = cleaned.get(name)
                if value is not None and timezone.is_naive(value):
                    cleaned[name] = timezone.make_aware(value, zone)
        if not (cleaned.get("invited_cohorts") or cleaned.get("invited_cities")):
            self.add_error("invited_cohorts", _("Invite at least one cohort or city."))
        return cleaned
