"""What clears the page cache: any change to the page tree or to what pages show.

Publishing, unpublishing, moving and deleting pages (Wagtail's signals), any page save (a title
changed in code, a draft), view restrictions, sites, locales, snippets (tracks, guidebooks, case
studies shown inside pages), images and documents. The generation is replaced at once and again
when the transaction commits, so a request that read the old tree meanwhile cannot keep it.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from lms.page_cache import generation


def clear_page_cache(**_kwargs) -> None:
    generation.bump()
    transaction.on_commit(generation.bump)


def _watched_types() -> tuple[type, ...]:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    return (Page, PageViewRestriction, Site, Locale, get_image_model(), get_document_model(), *get_snippet_models())


def _on_model_change(sender, instance, **kwargs) -> None:
    # Called for every save in the project (progress rows too): a type check, nothing more, unless watched.
    if isinstance(instance, _watched_types()):
        clear_page_cache()


def connect() -> None:
    page_published.connect(clear_page_cache, dispatch_uid="page_cache_published")
    page_unpublished.connect(clear_page_cache, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(clear_page_cache, dispatch_uid="page_cache_moved")
    post_save.connect(_on_model_change, dispatch_uid="page_cache_saved")
    post_delete.connect(_on_model_change, dispatch_uid="page_cache_deleted")
