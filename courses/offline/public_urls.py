"""Outside the language prefix: the service worker must sit at the root to look after every learner page."""

from django.urls import path

from courses.offline import views

urlpatterns = [
    path("sw.js", views.service_worker, name="offline_service_worker"),
    path("offline-sync/", views.sync_state, name="offline_sync"),
]
