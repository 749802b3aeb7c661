"""The admin upload form: a package is checked before anything is saved, and every problem is listed.

Entries that H5P skips (names starting with "." or "_", such as ``__MACOSX/``) and Flash files
that H5P accepts but no browser plays do not refuse a package: they are left out, and the editor
is warned which ones (``skipped_warning``).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from courses.h5p import services
from courses.h5p.package import PackageRejected, check_package
from lms.languages.bidi import isolate
from lms.languages.lists import join_list

SKIPPED_SHOWN = 10


def _listed(sentence: str, names: list[str]) -> str:
    """A translated sentence naming the first few files (``%(count)s``, ``%(names)s``), and how many more there are."""
    message = sentence % {
        "count": len(names),
        "names": join_list(f"“{isolate(name)}”" for name in names[:SKIPPED_SHOWN]),
    }
    if len(names) > SKIPPED_SHOWN:
        rest = len(names) - SKIPPED_SHOWN
        message += " " + ngettext("(and %(count)s more)", "(and %(count)s more)", rest) % {"count": rest}
    return message


class H5PPackageForm(WagtailAdminModelForm):
    checked = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form writes the new upload onto the instance while validating; remember the old files first.
        self.previous_files = (self.instance.content_prefix, self.instance.file.name) if self.instance.pk else None
        if "file" in self.fields:
            # Not the clearable input: it links to the stored file's URL, and the private storage has none.
            self.fields["file"].widget = forms.FileInput(attrs={"accept": ".h5p"})

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or "file" not in self.changed_data:
            return upload
        if not upload.name.lower().endswith(".h5p"):
            raise ValidationError(_("Choose an .h5p file."))
        if upload.size > settings.H5P_MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("This file is %(size)s; at most %(limit)s can be uploaded.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(settings.H5P_MAX_UPLOAD_BYTES)}
            )
        upload.seek(0)
        try:
            self.checked = check_package(upload.read())
        except PackageRejected as rejected:
            raise ValidationError([problem.message for problem in rejected.problems]) from None
        finally:
            upload.seek(0)
        self.upload_size = upload.size
        return upload

    def skipped_warning(self) -> str:
        """What the upload left out, in the editor's language; "" when nothing was skipped."""
        if self.checked is None:
            return ""
        messages = []
        if skipped := self.checked.skipped:
            sentence = ngettext(
                "%(count)s file was left out, as H5P leaves out names starting with “.” or “_”: %(names)s.",
                "%(count)s files were left out, as H5P leaves out names starting with “.” or “_”: %(names)s.",
                len(skipped),
            )
            messages.append(_listed(sentence, skipped))
        if unserved := self.checked.unserved:
            sentence = ngettext(
                "%(count)s Flash file was left out, as browsers no longer play Flash: %(names)s.",
                "%(count)s Flash files were left out, as browsers no longer play Flash: %(names)s.",
                len(unserved),
            )
            messages.append(_listed(sentence, unserved))
        return " ".join(messages)

    def save(self, commit=True):
        package = super().save(commit=False)
        if self.checked is not None and commit:
            return services.store_checked_package(
                package,
                self.checked,
                file_size=self.upload_size,
                replaces=self.previous_files,
                uploaded_by=self.for_user,
            )
        if commit:
            package.save()
        return package
