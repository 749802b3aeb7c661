"""Forms of the trainer pages: the matrix filters, the invitation settings and the list of learners."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from courses.cohorts import roster, services
from courses.cohorts.exports import default_separator
from courses.cohorts.models import REMINDER_MESSAGE_MAX_LENGTH, Cohort
from courses.cohorts.selectors import STALLED_AFTER_DAYS, LearnerStatus, MatrixSort


class MatrixFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[("", _("All learners")), *LearnerStatus.choices],
    )
    q = forms.CharField(label=_("Name or e-mail"), required=False, max_length=100)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=MatrixSort.choices)
    stalled_days = forms.IntegerField(
        label=_("Stalled after (days)"),
        required=False,
        min_value=1,
        max_value=365,
        initial=STALLED_AFTER_DAYS,
        help_text=_("Learners without activity for this many days are highlighted."),
    )

    def filters(self) -> dict:
        """The selector's keyword arguments; invalid values fall back to the defaults."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "status": data.get("status") or "",
            "search": data.get("q") or "",
            "sort": data.get("sort") or MatrixSort.NAME,
            "stalled_days": data.get("stalled_days") or STALLED_AFTER_DAYS,
        }


class CsvExportForm(forms.Form):
    """The CSV's separator: the one Excel expects in the trainer's language unless they choose."""

    separator = forms.ChoiceField(
        label=_("Separator"),
        choices=[
            ("semicolon", _("Semicolon (;): Excel in French or Arabic")),
            ("comma", _("Comma (,): Excel in English")),
        ],
        help_text=_("Choose the one your spreadsheet expects, if the columns come out merged."),
    )

    def __init__(self, data=None, *, language: str | None = None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["separator"].initial = default_separator(language)

    def chosen_separator(self) -> str:
        return self.cleaned_data["separator"] if self.is_valid() else self.fields["separator"].initial


class ReminderForm(forms.Form):
    """The trainer's optional personal message in a reminder (the learners are the checked boxes)."""

    message = forms.CharField(
        label=_("Personal message (optional)"),
        required=False,
        max_length=REMINDER_MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": REMINDER_MESSAGE_MAX_LENGTH}),
        help_text=_("Added to the reminder as you write it, in every learner's mail."),
    )


class InvitationSettingsForm(forms.ModelForm):
    """The link's expiry and seat limit; what makes them acceptable is decided by
    ``services.update_invitation_settings``, whose reasons the view shows on the fields."""

    class Meta:
        model = Cohort
        fields = ["invitation_expires_at", "seat_limit"]
        widgets = {
            "invitation_expires_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        }

    def clean(self):
        # The service's reasons, on their fields, before the model checks the seat limit against its column's
        # range (2,147,483,647 on PostgreSQL, none on SQLite), which would answer on one database only, in digits.
        cleaned = super().clean()
        refusals = services.invitation_settings_refusals(
            expires_at=cleaned.get("invitation_expires_at"), seat_limit=cleaned.get("seat_limit")
        )
        for field_name, message in refusals.items():
            self.add_error(field_name, message)
        return cleaned


class RotateInvitationForm(forms.Form):
    """A new link breaks the one already shared, so it takes a ticked box, not one click (and no script)."""

    confirm = forms.BooleanField(
        label=_("I understand that the current link stops working for everyone I have sent it to."),
        error_messages={"required": _("Tick the box to confirm that the current link may stop working.")},
    )


class AddLearnersForm(forms.Form):
    emails = forms.CharField(
        label=_("E-mail addresses"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "ltr", "spellcheck": "false"}),
        help_text=_("One address a line. You can paste a column from a spreadsheet."),
    )
    file = forms.FileField(
        label=_("Or a CSV file"),
        required=False,
        help_text=_("The first column holds the e-mail addresses; a header line is fine. 1 MB at most."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,text/csv,text/plain"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the invitations"),
        choices=settings.LANGUAGES,
        help_text=_("Invitations are written in this language unless the person has chosen their own."),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > roster.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB. Split it into smaller lists."))
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("emails", "").strip() and not cleaned.get("file"):
            raise forms.ValidationError(_("Paste some e-mail addresses or choose a CSV file."))
        return cleaned

    def roster(self) -> roster.Roster:
        upload = self.cleaned_data.get("file")
        text = roster.decode_upload(upload.read()) if upload else self.cleaned_data["emails"]
        return roster.parse(text)
