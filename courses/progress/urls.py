from django.urls import path

from courses.progress import views

urlpatterns = [
    path("learn/", views.dashboard, name="my_learning"),
    path("learn/courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("learn/courses/<int:course_id>/leave/", views.leave, name="leave_course"),
    path("learn/lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path("learn/lessons/<int:lesson_id>/quizzes/<str:quiz_id>/", views.submit_quiz, name="submit_quiz"),
    path("learn/lessons/<int:lesson_id>/reflections/<str:block_id>/", views.save_reflection, name="save_reflection"),
]
