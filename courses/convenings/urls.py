"""A learner's session URLs, inside the language prefix: /<lang>/sessions/<id>/ and its actions."""

from django.urls import path

from courses.convenings import attendance_views, scheduling_views, views

urlpatterns = [
    path("sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("sessions/<int:pk>/register/", views.session_register, name="session_register"),
    path("sessions/<int:pk>/cancel/", views.session_cancel, name="session_cancel"),
    path("sessions/<int:pk>/session.ics", views.session_calendar, name="session_ics"),
    path("sessions/<int:pk>/feedback/", views.session_feedback, name="session_feedback"),
    path("sessions/check-in/<str:token>/", attendance_views.check_in, name="session_check_in"),
    path("trainer/sessions/", attendance_views.session_list, name="trainer_sessions"),
    path("trainer/sessions/new/", scheduling_views.session_new, name="session_new"),
    path("trainer/sessions/<int:pk>/edit/", scheduling_views.session_edit, name="session_edit"),
    path("trainer/sessions/<int:pk>/attendance/", attendance_views.roster, name="session_attendance"),
    path("trainer/sessions/<int:pk>/check-in-code/", attendance_views.check_in_code, name="session_check_in_code"),
    path("trainer/sessions/<int:pk>/feedback/", attendance_views.feedback_report, name="session_feedback_report"),
]
