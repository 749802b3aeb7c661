"""Admin registration: tracks, guidebooks and case studies under one "Course library" menu, and
translations that go through moderation (courses/translation_moderation.py)."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup
from wagtail_localize.views.update_translations import UpdateTranslationsView

from courses.choosers import SnippetViewSet
from courses.models import CaseStudy, Guidebook, Track
from courses.translation_moderation import TranslationModerationError, submit_translation, translation_for
from lms.languages.bidi import isolate

MODERATION_FIELD = "courses-translation-moderation"


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


# Translations and moderation ------------------------------------------------------------------


@hooks.register("before_edit_page", order=-1)
def submit_translation_for_moderation(request, page):
    """The translation editor's "Submit for moderation" (its panel posts here, to the page's edit URL).

    Runs before wagtail-localize's own hook, which answers every request to a translated page's
    editor with its translation editor. Wagtail has already checked that the user may edit the page.
    """
    if request.method != "POST" or request.POST.get(MODERATION_FIELD) != "submit":
        return None
    translation = translation_for(page)
    if translation is None:
        return None
    permissions = page.permissions_for_user(request.user)
    if permissions.page_locked():
        raise PermissionDenied
    try:
        submit_translation(translation=translation, page=page, user=request.user)
    except TranslationModerationError as error:
        messages.error(request, str(error))
    except ValidationError as error:
        messages.error(
            request,
            gettext("The translation could not be saved: %(errors)s") % {"errors": " ".join(error.messages)},
        )
    else:
        messages.success(
            request,
            gettext("“%(title)s” in %(language)s has been submitted for moderation.")
            % {
                "title": isolate(page.get_admin_display_title()),
                "language": isolate(translation.target_locale.get_display_name()),
            },
        )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def can_publish_translations(user, source) -> bool:
    """Whether `user` may publish every translation that "Sync translated pages" would update."""
    for translation in source.translations.filter(enabled=True):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            target = source.get_source_instance()
        if isinstance(target, Page):
            allowed = target.permissions_for_user(user).can_publish()
        elif isinstance(target, DraftStateMixin):
            allowed = user.has_perm(f"{target._meta.app_label}.publish_{target._meta.model_name}")
        else:
            allowed = True  # a snippet without drafts is saved live by anyone who may edit it
        if not allowed:
            return False
    return True


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "Publish immediately" skipped moderation for anyone.

    For those who may not publish every translation, the box is switched off (a disabled field keeps
    its initial value whatever is posted): the translations are updated and wait, as drafts, to be
    submitted from the translation editor.
    """

    def get_form(self):
        form = super().get_form()
        if not can_publish_translations(self.request.user, self.object):
            field = form.fields["publish_translations"]
            field.disabled = True
            field.initial = False
            field.help_text = _(
                "Only moderators can publish translations. Update them here, then submit each one for "
                "moderation from its translation editor."
            )
        return form


@hooks.register("register_admin_urls", order=-1)
def register_moderated_translation_urls():
    # The same path as wagtail-localize's update view, listed first so that it answers instead.
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            ModeratedUpdateTranslationsView.as_view(),
            name="courses_update_translations",
        )
    ]
