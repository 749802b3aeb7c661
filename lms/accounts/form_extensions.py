"""Fields other apps add to the account forms (the profile and sign-up), through one explicit hook.

Accounts know no app above them (cities, cohorts): an app that keeps something a learner chooses for
themselves (their city) registers a function with ``wagtail.hooks.register(ACCOUNT_FORM_EXTENSIONS)``.
It is called once per form with the form's name (``PROFILE`` or ``SIGNUP``), the user (None at sign-up)
and the language, and returns an ``AccountFormExtension`` (its fields, the form's fields they replace, a
check across the form's values, a save callback, a summary for the profile page), or None when it has
nothing to add. The forms call the callbacks without knowing who listens; the saves run in the form's
transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from django import forms
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from wagtail import hooks

from lms.accounts.models import User

ACCOUNT_FORM_EXTENSIONS = "account_form_extensions"

PROFILE = "profile"
SIGNUP = "signup"
FormName = Literal["profile", "signup"]

CleanData = dict[str, Any]


@dataclass(frozen=True)
class AccountFormExtension:
    """What one app adds to one account form."""

    fields: Mapping[str, forms.Field]
    # The host form's field these follow (e.g. "country"); at the end when the form has no such field.
    after: str = ""
    # Host form fields these take the place of (e.g. a free-text "municipality"): left out of the form,
    # their stored values untouched.
    replaces: tuple[str, ...] = ()
    # Checks the submitted values (the host form's too); raises ValidationError({field: message}). It may
    # fill in a host field the values imply and the learner left empty (the country of the chosen city).
    clean: Callable[[CleanData], None] | None = None
    # Stores the choice for the user (through the app's services); returns a note for the learner, or "".
    save: Callable[[User, CleanData], str] | None = None
    # Shown on the profile page above the form (already rendered and escaped).
    summary: SafeString | str = ""


def extensions_for(
    form_name: FormName, *, user: User | None, language: str | None = None
) -> list[AccountFormExtension]:
    """Each registered app's extension of this form, in the order the apps registered."""
    language = language or get_language() or "en"
    found = (
        hook(form_name=form_name, user=user, language=language) for hook in hooks.get_hooks(ACCOUNT_FORM_EXTENSIONS)
    )
    return [extension for extension in found if extension is not None]


class ExtensibleFormMixin:
    """Adds the registered extensions' fields to a form, runs their checks, and saves them."""

    form_name: FormName

    def add_extensions(self, *, user: User | None) -> None:
        self.extensions = extensions_for(self.form_name, user=user)
        for extension in self.extensions:
            clashes = set(extension.fields) & set(self.fields)
            if clashes:
                raise ImproperlyConfigured(f"The {self.form_name} form already has the fields {sorted(clashes)}.")
            for name in extension.replaces:
                self.fields.pop(name, None)
            names = list(self.fields)
            position = names.index(extension.after) + 1 if extension.after in names else len(names)
            ordered = names[:position] + list(extension.fields) + names[position:]
            fields = {**self.fields, **extension.fields}
            self.fields = {name: fields[name] for name in ordered}

    def clean(self):
        cleaned_data = super().clean()
        for extension in self.extensions:
            if extension.clean is None:
                continue
            try:
                extension.clean(cleaned_data)
            except ValidationError as error:
                # A dict of field → message puts each message next to its field, in the learner's language.
                self.add_error(None, error)
        return cleaned_data

    def save_extensions(self, user: User) -> list[str]:
        """Store each extension's fields for ``user``; the notes to show the learner."""
        notes = []
        for extension in self.extensions:
            if extension.save is not None:
                note = extension.save(user, self.cleaned_data)
                if note:
                    notes.append(note)
        return notes

    @property
    def summaries(self) -> list[SafeString | str]:
        return [extension.summary for extension in self.extensions if extension.summary]
