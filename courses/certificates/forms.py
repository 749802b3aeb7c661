"""The name for certificates, asked where a learner asks for a certificate and has given no name yet.

The two fields are the profile's own (same labels, same cleaning, same script checks), so a name typed
here is stored exactly as one typed on the profile. The form only validates: ``services.claim`` stores
the name, and only when it issues the certificate.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.certificates.names import ScriptNames
from lms.accounts.forms import ProfileForm
from lms.accounts.models import User

FIELDS = ["certificate_name_arabic", "certificate_name_latin"]


class CertificateNameForm(forms.ModelForm):
    """Bound to no account: a model form writes what it cleans onto its instance, and the learner's own
    must stay untouched until the certificate is issued."""

    class Meta:
        model = User
        fields = FIELDS
        widgets = {name: ProfileForm._meta.widgets[name] for name in FIELDS}

    # The profile's checks: Arabic letters in the one, none in the other, no invisible controls.
    clean_certificate_name_arabic = ProfileForm.clean_certificate_name_arabic
    clean_certificate_name_latin = ProfileForm.clean_certificate_name_latin

    def __init__(self, *args, **kwargs):
        kwargs.pop("instance", None)
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not any(cleaned.get(name) for name in FIELDS):
            raise forms.ValidationError(_("Give your name in Arabic letters, in Latin letters, or both."))
        return cleaned

    def given_names(self) -> ScriptNames:
        return ScriptNames(
            latin=self.cleaned_data["certificate_name_latin"], arabic=self.cleaned_data["certificate_name_arabic"]
        )
