from django.urls import path

from courses.offline import views

urlpatterns = [
    path("offline/", views.offline_page, name="offline_page"),
    path("offline/manifest.webmanifest", views.manifest, name="offline_manifest"),
    path("learn/offline/", views.storage_page, name="offline_storage"),
    path("learn/offline/versions/", views.versions, name="offline_versions"),
    path("learn/offline/courses/<int:course_id>/", views.course_manifest, name="offline_course_download"),
]
