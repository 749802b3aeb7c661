"""The learner's answer about a module's guide, inside the language prefix, by the module page's id."""

from django.urls import path

from courses.guide_feedback import views

urlpatterns = [
    path("learn/guide-feedback/<int:module_id>/", views.answer, name="guide_feedback_answer"),
]
