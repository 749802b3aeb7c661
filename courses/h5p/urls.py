from django.urls import path

from courses.h5p import views

urlpatterns = [
    path(
        "learn/lessons/<int:lesson_id>/activities/<str:block_id>/statements/", views.statements, name="h5p_statements"
    ),
    path("learn/lessons/<int:lesson_id>/activities/<str:block_id>/state/", views.state, name="h5p_state"),
]
