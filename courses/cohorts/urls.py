"""Cohort URLs, inside the language prefix: /<lang>/trainer/… (with the cities' pages for trainers and
programme managers), /<lang>/join/<token>/ and the learner's own /<lang>/learn/cohorts/."""

from django.urls import path

from courses.cohorts import city_views, views

urlpatterns = [
    path("trainer/", views.dashboard, name="trainer_dashboard"),
    path("trainer/region/", views.region, name="trainer_region"),
    path("trainer/cities/", city_views.city_list, name="trainer_cities"),
    path("trainer/cities/<int:city_id>/", city_views.city_detail, name="trainer_city"),
    path("trainer/cities/<int:city_id>/pathway/", city_views.adjust_pathway, name="trainer_city_pathway"),
    path("trainer/cohorts/<int:cohort_id>/", views.cohort_matrix, name="trainer_cohort"),
    path("trainer/cohorts/<int:cohort_id>/learners/<int:user_id>/", views.learner_detail, name="trainer_learner"),
    path("trainer/cohorts/<int:cohort_id>/export.csv", views.export_csv, name="trainer_export_csv"),
    path("trainer/cohorts/<int:cohort_id>/export.xlsx", views.export_xlsx, name="trainer_export_xlsx"),
    path("trainer/cohorts/<int:cohort_id>/reminders/", views.send_reminders, name="trainer_send_reminders"),
    path("trainer/cohorts/<int:cohort_id>/manage/", views.manage, name="trainer_cohort_manage"),
    path("trainer/cohorts/<int:cohort_id>/invitation/", views.update_invitation, name="trainer_update_invitation"),
    path(
        "trainer/cohorts/<int:cohort_id>/invitation/rotate/", views.rotate_invitation, name="trainer_rotate_invitation"
    ),
    path("trainer/cohorts/<int:cohort_id>/learners/add/", views.add_learners, name="trainer_add_learners"),
    path("join/<str:token>/", views.join, name="cohort_join"),
    path("learn/cohorts/", views.my_cohorts, name="my_cohorts"),
    path("learn/cohorts/<int:cohort_id>/leave/", views.leave, name="leave_cohort"),
]
