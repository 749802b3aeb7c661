"""Public verification, outside the language prefix: the URL in the QR code works for anyone."""

from django.urls import path

from courses.certificates import views

urlpatterns = [
    path("verify/", views.verify_form, name="certificate_verify_form"),
    path("verify/<str:code>/", views.verify, name="certificate_verify"),
    path("verify/<str:code>/credential.json", views.credential, name="certificate_credential"),
    path("badges/issuer.json", views.issuer, name="badge_issuer"),
    path("badges/jwks.json", views.issuer_keys, name="badge_jwks"),
]
