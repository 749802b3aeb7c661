"""Snippet choosers (the admin's modal and the page editor's widget) whose texts follow the editor's language.

Wagtail's ChooserViewSet translates its labels ("Choose", "Search"...) with gettext when its module is imported,
and AdminSnippetChooser formats "Choose %(object)s" when the widget is built (once per process for a block), so
the language active at start-up stuck for everyone ("اختر Paquet H5P" for a French editor). These classes keep
the texts lazy, so each request renders them in its own language. Our snippet viewsets use `SnippetViewSet`
from here.
"""

from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext, gettext_lazy
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet as WagtailSnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


def _lazy_object_text(message: str, model) -> str:
    # The message is one of Wagtail's own msgids, so Wagtail's catalogues translate it.
    return lazy(lambda: gettext(message) % {"object": model._meta.verbose_name}, str)()


class LazySnippetChooser(AdminSnippetChooser):
    def __init__(self, model=None, **kwargs):
        super().__init__(model, **kwargs)
        self.choose_one_text = _lazy_object_text("Choose %(object)s", self.model)
        self.choose_another_text = _lazy_object_text("Choose another %(object)s", self.model)
        self.link_to_chosen_text = _lazy_object_text("Edit this %(object)s", self.model)


class LazySnippetChooserBlock(SnippetChooserBlock):
    """A SnippetChooserBlock whose widget texts are translated per request."""

    @cached_property
    def widget(self):
        # Wagtail's own widget property checks the model and picks the viewset's icon.
        icon = SnippetChooserBlock.widget.func(self).icon
        return LazySnippetChooser(self.target_model, icon=icon)

    def deconstruct(self):
        # Same block as far as migrations are concerned: only the widget's texts differ.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.snippets.blocks.SnippetChooserBlock", args, kwargs


class LazySnippetChooserViewSet(SnippetChooserViewSet):
    # Wagtail's own msgids, so Wagtail's catalogues translate them.
    choose_one_text = gettext_lazy("Choose")
    choose_another_text = gettext_lazy("Choose another")
    edit_item_text = gettext_lazy("Edit")
    search_tab_label = gettext_lazy("Search")
    create_action_label = gettext_lazy("Create")


class SnippetViewSet(WagtailSnippetViewSet):
    """Wagtail's SnippetViewSet with a chooser modal translated per request."""

    chooser_viewset_class = LazySnippetChooserViewSet
