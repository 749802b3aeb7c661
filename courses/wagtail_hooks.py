"""Admin registration: tracks, guidebooks and case studies under one "Course library" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.models import CaseStudy, Guidebook, Track


class TrackViewSet(SnippetViewSet):
    model = Track
    icon = "list-ul"
    list_display = ["name", "slug", "colour", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class GuidebookViewSet(SnippetViewSet):
    model = Guidebook
    icon = "doc-full"
    list_display = ["title", "publisher", "year", "locale"]
    list_filter = ["locale", "year"]
    search_fields = ["title", "publisher"]


class CaseStudyViewSet(SnippetViewSet):
    model = CaseStudy
    icon = "site"
    list_display = ["title", "city", "country", "locale"]
    list_filter = ["locale", "country"]
    search_fields = ["title", "city"]


class CourseLibraryGroup(SnippetViewSetGroup):
    menu_label = _("Course library")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (TrackViewSet, GuidebookViewSet, CaseStudyViewSet)


register_snippet(CourseLibraryGroup)
