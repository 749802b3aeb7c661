"""A learner's practice URLs, inside the language prefix: /<lang>/practices/ and its actions."""

from django.urls import path

from courses.practices import views

urlpatterns = [
    path("practices/", views.practice_list, name="practice_list"),
    path("practices/new/", views.practice_new, name="practice_new"),
    path("practices/<int:pk>/edit/", views.practice_edit, name="practice_edit"),
]
