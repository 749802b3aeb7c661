"""The admin form for a course's attendance rule: the course is chosen from a list of courses by title
(one entry per course, whatever its languages), not typed as a translation key."""

from __future__ import annotations

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

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
