"""Progress hooks: lesson visits (what "continue" resumes from), quizzes in the lesson's kept HTML and the learner's
data export."""

from wagtail import hooks

from courses.models import LessonPage
from courses.progress import selectors, services
from courses.progress.models import Enrolment, LessonProgress, QuizAttempt, ReflectionNote
from courses.progress.reader_states import quiz_reader_state
from courses.templatetags.lesson_body import READER_STATE_HOOK


@hooks.register("before_serve_page")
def record_lesson_visit(page, request, serve_args, serve_kwargs):
    if isinstance(page, LessonPage) and request.user.is_authenticated and not getattr(request, "is_preview", False):
        course = selectors.course_of(page)
        progress = selectors.request_course_progress(request, course)
        services.record_lesson_visit(user=request.user, lesson=page, course=course, progress=progress)


hooks.register(READER_STATE_HOOK, quiz_reader_state)


@hooks.register("export_personal_data")
def export_progress(user):
    return "learning", {
        "enrolments": list(
            Enrolment.objects.filter(user=user).values("course_key", "status", "enrolled_at", "left_at", "completed_at")
        ),
        "lesson_progress": list(
            LessonProgress.objects.filter(user=user).values(
                "lesson_key",
                "course_key",
                "status",
                "first_visited_at",
                "last_visited_at",
                "completed_at",
                "best_score",
            )
        ),
        "quiz_attempts": list(
            QuizAttempt.objects.filter(user=user).values(
                "lesson_key", "quiz_id", "answers", "score", "passed", "submitted_at"
            )
        ),
        "reflections": list(
            ReflectionNote.objects.filter(user=user).values("lesson_key", "block_id", "text", "updated_at")
        ),
    }
