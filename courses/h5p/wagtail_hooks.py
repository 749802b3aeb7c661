"""H5P packages in the admin (a snippet, so lessons can choose them), and the learner's data export."""

from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView

from courses.choosers import SnippetViewSet
from courses.h5p import external_media
from courses.h5p.external_media import hosts, needed
from courses.h5p.forms import H5PPackageForm
from courses.h5p.models import H5PPackage, H5PState, H5PStatement


class SkippedFilesWarning:
    """After a successful upload, a warning lists the entries H5P skips (a success, not an error)."""

    def save_action(self):
        if warning := self.form.skipped_warning():
            messages.warning(self.request, warning)
        if warning := external_media.upload_warning(self.form.checked):
            messages.warning(self.request, warning)
        return super().save_action()


class H5PPackageCreateView(SkippedFilesWarning, CreateView):
    pass


class H5PPackageEditView(SkippedFilesWarning, EditView):
    pass


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    add_view_class = H5PPackageCreateView
    edit_view_class = H5PPackageEditView
    icon = "code"
    menu_label = _("H5P packages")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("main_library", label=_("Main library"), accessor=lambda p: f"{p.main_library} {p.main_version}"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("external_media", label=_("External media"), accessor=lambda p: ", ".join(hosts(needed(p.media)))),
        Column("unpacked_size", label=_("Size"), accessor=lambda p: f"{p.unpacked_size / 1_048_576:.1f} MB"),
        "uploaded_by",
        "uploaded_at",
    ]
    list_filter = ["status"]
    search_fields = ["title", "main_library"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "main_library",
        "main_version",
        "libraries",
        "file_count",
        "file_size",
        "unpacked_size",
        "status",
        "error",
        "uploaded_by",
        "uploaded_at",
    ]
    edit_handler = ObjectList(H5PPackage.panels, base_form_class=H5PPackageForm)


register_snippet(H5PPackageViewSet)


@hooks.register("export_personal_data")
def export_h5p(user):
    return "h5p", {
        "states": list(H5PState.objects.filter(user=user).values("lesson_key", "block_id", "data", "updated_at")),
        "statements": list(H5PStatement.objects.filter(user=user).values_list("statement", flat=True)),
    }
