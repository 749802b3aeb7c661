"""Admin panels for H5P packages: what the checker found that the editor should know before using the package."""

from wagtail.admin.panels import Panel

from courses.h5p.external_media import ExternalMedia, editor_warning


class ExternalMediaPanel(Panel):
    """A warning when the package's content loads media from other sites (shown only then)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "h5p/external_media_panel.html"

        def warning(self) -> str:
            items = getattr(self.instance, "external_media", None) or []
            return editor_warning([ExternalMedia.from_json(item) for item in items])

        def is_shown(self) -> bool:
            return bool(self.warning())

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["warning"] = self.warning()
            return context
