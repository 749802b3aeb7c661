"""Learner-facing certificate pages, under the language prefix."""

from django.urls import path

from courses.certificates import views

urlpatterns = [
    path("learn/certificates/", views.my_certificates, name="my_certificates"),
    path("learn/certificates/courses/<int:course_id>/", views.certificate_request, name="certificate_request"),
    path("learn/certificates/claim/<int:course_id>/", views.claim, name="claim_certificate"),
    path("learn/certificates/<str:code>/download/", views.download, name="download_certificate"),
    path("learn/certificates/<str:code>/reissue/", views.request_reissue, name="reissue_certificate"),
]
