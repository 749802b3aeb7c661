"""A learner's session URLs, inside the language prefix: /<lang>/sessions/<id>/ and its actions."""

from django.urls import path

from courses.convenings import views

urlpatterns = [
    path("sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("sessions/<int:pk>/register/", views.session_register, name="session_register"),
    path("sessions/<int:pk>/cancel/", views.session_cancel, name="session_cancel"),
    path("sessions/<int:pk>/session.ics", views.session_calendar, name="session_ics"),
]
