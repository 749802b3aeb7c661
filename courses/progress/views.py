"""Learner actions: one thin view each. Writes are POST with CSRF; the user is always request.user."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from courses.progress import selectors, services
from courses.progress.panels import after_enrolment_url, completion_actions, dashboard_panels
from lms.languages.bidi import isolate


def _live(model, page_id: int):
    return get_object_or_404(model.objects.live().public(), pk=page_id)


def _forbidden(request: HttpRequest, error: services.LearnerError) -> HttpResponse:
    if request.accepts("application/json") and not request.accepts("text/html"):
        return JsonResponse({"error": str(error)}, status=403)
    return HttpResponseForbidden(str(error))


@require_POST
@login_required
def enrol(request: HttpRequest, course_id: int) -> HttpResponse:
    course = _live(CoursePage, course_id)
    try:
        services.enrol(user=request.user, course=course)
    except services.EnrolmentRefused as refused:
        messages.error(request, str(refused))
        return redirect(course.get_url(request))
    messages.success(request, _("You are enrolled. Welcome to the course!"))
    next_url = after_enrolment_url(request, course)
    if next_url:
        return redirect(next_url)
    first = selectors.course_progress(request.user, course).resume
    return redirect(first.get_url(request) if first else course.get_url(request))


@require_POST
@login_required
def leave(request: HttpRequest, course_id: int) -> HttpResponse:
    course = _live(CoursePage, course_id)
    services.leave_course(user=request.user, course=course)
    messages.info(request, _("You have left the course. Your progress is kept if you come back."))
    return redirect(course.get_url(request))


@require_POST
@login_required
def complete_lesson(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = _live(LessonPage, lesson_id)
    try:
        result = services.mark_lesson_complete(user=request.user, lesson=lesson)
    except services.NotEnrolled as error:
        return _forbidden(request, error)
    except services.ActivityRequired as error:
        messages.error(request, str(error))
        return redirect(lesson.get_url(request))
    after = selectors.after_lesson(request.user, lesson, course_completed_now=result.course_completed_now)
    messages.success(request, _completion_message(lesson, after))
    return redirect(after.destination.get_url(request))


def _completion_message(lesson: LessonPage, after: selectors.AfterLesson) -> str:
    """Said on the page the learner is taken to, which is not the lesson just completed."""
    if after.course_completed_now:
        return _("Congratulations: you have completed the course!")
    title = isolate(lesson.title)
    if after.next_lesson is None and after.still_to_do:
        count = len(after.still_to_do)
        return ngettext(
            "Lesson “%(title)s” is complete. It was the last lesson of the course; %(count)s lesson is still to "
            "do: here it is.",
            "Lesson “%(title)s” is complete. It was the last lesson of the course; %(count)s lessons are still to "
            "do: here is the first of them.",
            count,
        ) % {"title": title, "count": count}
    return _("Lesson “%(title)s” is complete.") % {"title": title}


def _submission_id(request: HttpRequest) -> uuid.UUID | None:
    try:
        return uuid.UUID(request.POST.get("submission_id", ""))
    except ValueError:
        return None


@require_POST
@login_required
def submit_quiz(request: HttpRequest, lesson_id: int, quiz_id: str) -> HttpResponse:
    lesson = _live(LessonPage, lesson_id)
    submission_id = _submission_id(request)
    if submission_id is None:
        messages.error(request, _("The form was incomplete. Please answer the quiz again."))
        return redirect(lesson.get_url(request))
    answers = {key.removeprefix("q-"): request.POST.getlist(key) for key in request.POST if key.startswith("q-")}
    try:
        attempt = services.submit_quiz(
            user=request.user, lesson=lesson, quiz_id=quiz_id, answers=answers, submission_id=submission_id
        )
    except services.NotEnrolled as error:
        return _forbidden(request, error)
    except services.UnknownActivity as error:
        raise Http404(str(error)) from error
    except services.AttemptsExhausted as error:
        messages.error(request, str(error))
        return redirect(lesson.get_url(request))
    if attempt.passed:
        messages.success(request, _("Well done: you passed the quiz."))
    else:
        messages.warning(request, _("Not passed yet. Read the feedback and try again."))
    return redirect(f"{lesson.get_url(request)}#quiz-{quiz_id}")


@require_POST
@login_required
def save_reflection(request: HttpRequest, lesson_id: int, block_id: str) -> HttpResponse:
    lesson = _live(LessonPage, lesson_id)
    text = request.POST.get("text", "")
    if len(text) > 20_000:
        return JsonResponse({"error": _("This note is too long (20,000 characters at most).")}, status=400)
    try:
        note = services.save_reflection(user=request.user, lesson=lesson, block_id=block_id, text=text)
    except services.NotEnrolled as error:
        return _forbidden(request, error)
    except services.UnknownActivity as error:
        raise Http404(str(error)) from error
    if request.headers.get("X-Requested-With") == "fetch":
        return JsonResponse({"saved": True, "updated_at": note.updated_at.isoformat()})
    messages.success(request, _("Your note is saved."))
    return redirect(f"{lesson.get_url(request)}#reflection-{block_id}")


@login_required
def dashboard(request: HttpRequest) -> TemplateResponse:
    dashboard = selectors.my_learning(request.user, Locale.get_active())
    # What other apps offer for each completed course (its certificate), in one call for all the cards.
    actions = completion_actions(request, [item.course for item in dashboard.completed], compact=True)
    return TemplateResponse(
        request,
        "progress/dashboard.html",
        {
            "dashboard": dashboard,
            "completed": [(item, actions.get(item.course.pk, [])) for item in dashboard.completed],
            # What other apps show the learner here (e.g. "Recommended for your city"), without progress knowing them.
            "panels": dashboard_panels(request),
        },
    )
