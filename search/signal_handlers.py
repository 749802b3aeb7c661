"""Keeping the search index in step with published content."""

from django.db.models.signals import post_save
from wagtail.signals import page_published, page_unpublished

from courses.models import CaseStudy
from search import indexing


def _page_published(sender, instance, **kwargs):
    indexing.index_page(instance)


def _page_unpublished(sender, instance, **kwargs):
    indexing.remove_page(instance)


def _case_study_saved(sender, instance, **kwargs):
    indexing.index_case_study(instance)


def register_signal_handlers() -> None:
    page_published.connect(_page_published, dispatch_uid="search_index_page_published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="search_index_page_unpublished")
    post_save.connect(_case_study_saved, sender=CaseStudy, dispatch_uid="search_index_case_study_saved")
