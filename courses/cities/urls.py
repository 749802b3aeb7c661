"""A learner's city URLs, inside the language prefix: /<lang>/city/ and /<lang>/city/assessment/.

No URL names a city or an assessment: each view works on the learner's own city.
"""

from django.urls import path

from courses.cities import views

urlpatterns = [
    path("city/", views.my_city, name="my_city"),
    path("city/assessment/", views.assessment, name="city_assessment"),
    path("city/assessment/start/", views.start_assessment, name="city_assessment_start"),
    path("city/assessment/save/", views.save_assessment, name="city_assessment_save"),
]
