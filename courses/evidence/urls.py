"""A learner's evidence URLs, inside the language prefix, by the course page's id; every view works on the
learner's own records only."""

from django.urls import path

from courses.evidence import views

urlpatterns = [
    path("learn/evidence/<int:course_id>/", views.results, name="evidence_results"),
    path("learn/evidence/<int:course_id>/check/<str:phase>/", views.take_check, name="evidence_check"),
    path("learn/evidence/<int:course_id>/skip/", views.skip, name="evidence_skip"),
    path("learn/evidence/<int:course_id>/skip-final/", views.skip_final, name="evidence_skip_final"),
    path("learn/evidence/<int:course_id>/survey/", views.survey, name="evidence_survey"),
]
