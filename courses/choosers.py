"""Snippet choosers (the admin's modal and the page editor's widget) whose texts follow the editor's language.

Wagtail's ChooserViewSet translates its labels ("Choose", "Search"...) with gettext when its module is imported,
and AdminSnippetChooser formats "Choose %(object)s" when the widget is built (once per process for a block), so
the language active at start-up stuck for everyone ("اختر Paquet H5P" for a French editor). These classes keep
the texts lazy, so each request renders them in its own language. Our snippet viewsets use `SnippetViewSet`
from here.
"""

import copy

from django.core.cache import cache
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext, gettext_lazy
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet as WagtailSnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

from lms.page_cache import generation


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
    """A SnippetChooserBlock whose widget texts are translated per request, and whose chosen snippets are read
    from the page cache.

    Every lesson view expands its blocks, and each chooser block type cost one query per page (the H5P package,
    the case study, the guidebook). The snippets are kept under the page cache's generation, which any snippet
    save or delete replaces (``lms.page_cache.signal_handlers``), so an edited snippet shows at once.
    """

    def bulk_to_python(self, values):
        ids = sorted({value for value in values if value is not None}, key=str)
        if not ids:
            return super().bulk_to_python(values)
        key = generation.key("snippets", self.model_class._meta.label_lower, *ids)
        found = cache.get(key)
        if found is None:
            found = self.model_class.objects.in_bulk(ids)
            cache.set(key, found, generation.timeout())
        result, seen = [], set()
        for value in values:
            instance = found.get(value)
            # Wagtail's contract: one instance per occurrence, even when a snippet is chosen twice.
            result.append(copy.copy(instance) if instance is not None and value in seen else instance)
            seen.add(value)
        return result

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
