"""Forms for sign-up and for the Wagtail user admin."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from .models import User


class SignupForm(AllauthSignupForm):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["full_name", "email", "password1", "password2"]

    def save(self, request):
        user = super().save(request)
        if user is not None and not user.full_name:
            user.full_name = self.cleaned_data["full_name"]
            user.save(update_fields=["full_name"])
        return user


class _NoFirstLastNameMixin:
    """Wagtail's user forms assume first and last names; ours has one full name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("first_name", None)
        self.fields.pop("last_name", None)


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
