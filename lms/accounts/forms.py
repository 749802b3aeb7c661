"""Forms for sign-up, the learner's profile and the Wagtail user admin.

Sign-up and the profile take the fields other apps add through ``form_extensions`` (e.g. the city).
"""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib import messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from .form_extensions import PROFILE, SIGNUP, ExtensibleFormMixin
from .models import Gender, User
from .names import clean_name, has_arabic_letter


def put_blank_country_first(field: forms.ChoiceField) -> None:
    """Offer "- Select an option -" first in the country select, as every other select does.

    django-countries gives its break between the programme's countries and the rest (COUNTRIES_FIRST_BREAK)
    the empty value, so Django adds no blank choice of its own and a learner without a country saw the
    break, a row of dashes, as their country.
    """
    field.choices = [("", _("- Select an option -")), *field.choices]


class SignupForm(ExtensibleFormMixin, AllauthSignupForm):
    form_name = SIGNUP

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    # Optional: it narrows the list of cities, and a programme manager needs it to add a missing one.
    country = User._meta.get_field("country").formfield(required=False)

    field_order = ["full_name", "email", "password1", "password2", "country"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        put_blank_country_first(self.fields["country"])
        self.add_extensions(user=None)

    def clean_full_name(self):
        name = clean_name(self.cleaned_data["full_name"])
        if not name:
            raise forms.ValidationError(_("Enter your name."))
        return name

    def save(self, request):
        # The account and what the extensions store for it (the city) are created together or not at all.
        with transaction.atomic():
            user = super().save(request)
            if user is None:
                return user
            if not user.full_name:
                user.full_name = self.cleaned_data["full_name"]
            user.country = self.cleaned_data.get("country") or ""
            user.save(update_fields=["full_name", "country"])
            notes = self.save_extensions(user)
        for note in notes:
            messages.info(request, note)
        return user


class ProfileForm(ExtensibleFormMixin, forms.ModelForm):
    form_name = PROFILE

    class Meta:
        model = User
        fields = [
            "full_name",
            "certificate_name_latin",
            "certificate_name_arabic",
            "municipality",
            "country",
            "role",
            "preferred_language",
            "time_zone",
            "city_context",
            "gender",
            "data_saver",
        ]
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "certificate_name_latin": forms.TextInput(attrs={"dir": "ltr", "lang": "en"}),
            "certificate_name_arabic": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "municipality": forms.TextInput(attrs={"autocomplete": "address-level2"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        put_blank_country_first(self.fields["country"])
        self.fields["gender"].required = False  # optional: left out of a post, it stays as it was
        self.add_extensions(user=self.instance)

    def clean_gender(self):
        return self.cleaned_data.get("gender") or self.instance.gender or Gender.PREFER_NOT_TO_SAY

    def clean_full_name(self):
        return clean_name(self.cleaned_data["full_name"])

    def clean_certificate_name_arabic(self):
        value = clean_name(self.cleaned_data["certificate_name_arabic"])
        if value and not has_arabic_letter(value):
            raise forms.ValidationError(_("Write this name in Arabic letters, or leave it empty."))
        return value

    def clean_certificate_name_latin(self):
        value = clean_name(self.cleaned_data["certificate_name_latin"])
        if value and has_arabic_letter(value):
            raise forms.ValidationError(_("Write this name in Latin letters, or leave it empty."))
        return value


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Deleting an account needs its password, so that nobody else can do it from an open session."),
    )
    confirm = forms.CharField(
        label=_("Type DELETE to confirm"),
        help_text=_("This cannot be undone. Issued certificates stay verifiable with the name printed on them."),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("This is not your password."))
        return self.cleaned_data["password"]

    def clean_confirm(self):
        if self.cleaned_data["confirm"].strip().upper() not in {"DELETE", "حذف", "SUPPRIMER"}:
            raise forms.ValidationError(_("Type DELETE to confirm."))
        return self.cleaned_data["confirm"]


class _NoFirstLastNameMixin:
    """Wagtail's user forms assume first and last names; ours has one full name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("first_name", None)
        self.fields.pop("last_name", None)

    def clean_full_name(self):
        return clean_name(self.cleaned_data["full_name"])


class AdminUserCreationForm(_NoFirstLastNameMixin, UserCreationForm):
    full_name = forms.CharField(label=_("Full name"), max_length=200, required=False)

    class Meta(UserCreationForm.Meta):
        model = User
        fields = {"email", "full_name", "is_superuser", "groups"}


class AdminUserEditForm(_NoFirstLastNameMixin, UserEditForm):
    full_name = forms.CharField(label=_("Full name"), max_length=200, required=False)

    class Meta(UserEditForm.Meta):
        model = User
        fields = {"email", "full_name", "is_active", "is_superuser", "groups"}
