"""The search index: one entry per live page or case study, with language-aware terms.

Entries are rebuilt from the content whenever it is published, changed or removed (see
signal_handlers.py), and all at once by `manage.py rebuild_search_index`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EntryKind(models.TextChoices):
    COURSE = "course", _("Course")
    MODULE = "module", _("Module")
    LESSON = "lesson", _("Lesson")
    CASE_STUDY = "case_study", _("Case study")
    PAGE = "page", _("Page")


class SearchEntry(models.Model):
    kind = models.CharField(_("kind"), max_length=12, choices=EntryKind.choices)
    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    case_study = models.OneToOneField(
        "courses.CaseStudy",
        verbose_name=_("case study"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    locale = models.ForeignKey("wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE)
    track_slug = models.SlugField(_("track"), max_length=100, blank=True)
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("text"), help_text=_("Plain text, for excerpts."))
    title_terms = models.TextField(_("title terms"))
    terms = models.TextField(_("terms"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=False, case_study__isnull=True)
                | models.Q(page__isnull=True, case_study__isnull=False),
                name="search_entry_is_a_page_or_a_case_study",
            )
        ]

    def __str__(self) -> str:
        return self.title
