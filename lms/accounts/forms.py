"""Forms for sign-up and for the Wagtail user admin."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from .models import User
from .names import clean_name


class SignupForm(AllauthSignupForm):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["full_name", "email", "password1", "password2"]

    def clean_full_name(self):
        name = clean_name(self.cleaned_data["full_name"])
        if not name:
            raise forms.ValidationError(_("Enter your name."))
        return name

    def save(self, request):
        user = super().save(request)
        if user is not None and not user.full_name:
            user.full_name = self.cleaned_data["full_name"]
            user.save(update_fields=["full_name"])
        return user


class ProfileForm(forms.ModelForm):
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
            "city_context",
        ]
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "certificate_name_latin": forms.TextInput(attrs={"dir": "ltr", "lang": "en"}),
            "certificate_name_arabic": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "municipality": forms.TextInput(attrs={"autocomplete": "address-level2"}),
        }

    def clean_full_name(self):
        return clean_name(self.cleaned_data["full_name"])

    def clean_certificate_name_arabic(self):
        value = clean_name(self.cleaned_data["certificate_name_arabic"])
        if value and not any("\u0600" <= character <= "\u06ff" for character in value):
            raise forms.ValidationError(_("Write this name in Arabic letters, or leave it empty."))
        return value

    def clean_certificate_name_latin(self):
        value = clean_name(self.cleaned_data["certificate_name_latin"])
        if value and any("\u0600" <= character <= "\u06ff" for character in value):
            raise forms.ValidationError(_("Write this name in Latin letters, or leave it empty."))
        return value

            "time_zone",

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
