from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "lms.page_cache"
    label = "page_cache"
    verbose_name = "Page cache"

    def ready(self):
        from django.core.signals import request_finished, request_started

        from lms.page_cache import generation, signal_handlers

        signal_handlers.connect()
        request_started.connect(generation.start_request, dispatch_uid="page_cache_request_started")
        request_finished.connect(generation.end_request, dispatch_uid="page_cache_request_finished")
