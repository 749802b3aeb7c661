"""H5P packages in the admin (a snippet, so lessons can choose them; editors can download the original .h5p),
and the learner's data export."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, IndexView

from courses.choosers import SnippetViewSet
from courses.h5p import external_media
from courses.h5p.admin_views import download_package, may_download
from courses.h5p.external_media import hosts, needed
from courses.h5p.forms import H5PPackageForm
from courses.h5p.models import H5PPackage, H5PState, H5PStatement
from courses.h5p.reader_states import h5p_reader_state
from courses.templatetags.lesson_body import READER_STATE_HOOK
from lms.languages.lists import join_list


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


def _download_url(package) -> str:
    return reverse("wagtailsnippets_h5p_h5ppackage:download", args=[package.pk])


class H5PPackageEditView(SkippedFilesWarning, EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if may_download(self.request.user):
            buttons.append(
                Button(_("Download the .h5p file"), url=_download_url(self.object), icon_name="download", priority=5)
            )
        return buttons


class H5PPackageIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if may_download(self.request.user):
            buttons.append(
                MenuItem(_("Download the .h5p file"), url=_download_url(instance), icon_name="download", priority=15)
            )
        return buttons


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    add_view_class = H5PPackageCreateView
    edit_view_class = H5PPackageEditView
    index_view_class = H5PPackageIndexView
    icon = "code"
    menu_label = _("H5P packages")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("main_library", label=_("Main library"), accessor=lambda p: f"{p.main_library} {p.main_version}"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("external_media", label=_("External media"), accessor=lambda p: join_list(hosts(needed(p.media)))),
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

    def get_urlpatterns(self):
        # The original archive, for editing in Lumi or on h5p.org (courses/h5p/admin_views.py).
        return [*super().get_urlpatterns(), path("download/<str:pk>/", download_package, name="download")]


register_snippet(H5PPackageViewSet)


hooks.register(READER_STATE_HOOK, h5p_reader_state)


@hooks.register("export_personal_data")
def export_h5p(user):
    return "h5p", {
        "states": list(H5PState.objects.filter(user=user).values("lesson_key", "block_id", "data", "updated_at")),
        "statements": list(H5PStatement.objects.filter(user=user).values_list("statement", flat=True)),
    }
