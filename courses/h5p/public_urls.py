"""The player frame and content files: outside the language prefix, reached by signed URLs only."""

from django.urls import path

from courses.h5p import views

urlpatterns = [
    path("h5p/frame/<str:token>/", views.frame, name="h5p_frame"),
    path("h5p/content/<str:token>/<path:path>", views.content, name="h5p_content"),
    path("h5p/offline-host/<str:token>/", views.offline_host, name="h5p_offline_host"),
]
