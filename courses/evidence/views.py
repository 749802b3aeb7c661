"""Learner views for evidence of learning: take or skip the pre-check, take the post-check, see one's own
before and after, answer the survey. One thin view each; writes are POST with CSRF, on request.user only.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from courses.evidence import checks, selectors, services
from courses.evidence.forms import SurveyForm
from courses.evidence.models import CheckSkip, Phase
from courses.models import CoursePage
from courses.progress.selectors import course_progress


def _course(course_id: int) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live().public(), pk=course_id)


def _continue_url(request: HttpRequest, course: CoursePage) -> str:
    resume = course_progress(request.user, course).resume
    return resume.get_url(request) if resume else course.get_url(request)


@login_required
def take_check(request: HttpRequest, course_id: int, phase: str) -> HttpResponse:
    if phase not in Phase.values:
        raise Http404
    course = _course(course_id)
    language = Locale.get_active().language_code
    check = checks.check_for(course.translation_key, language=language)
    if check is None:
        raise Http404
    if selectors.took_check(user=request.user, course_key=course.translation_key, phase=phase):
        return redirect("evidence_results", course_id=course.pk)
    error = ""
    if request.method == "POST":
        answers = {question_id: request.POST.getlist(f"q-{question_id}") for question_id in checks.topics(check)}
        confidence = {statement.id: request.POST.get(f"c-{statement.id}", "") for statement in checks.statements(check)}
        try:
            services.submit_check(
                user=request.user, course=course, phase=phase, answers=answers, confidence=confidence, language=language
            )
        except services.CheckRefused as refused:
            error = str(refused)
        else:
            if phase == Phase.PRE:
                messages.success(
                    request, _("Thank you. Your answers are saved: you will see how they compare at the end.")
                )
                return redirect(_continue_url(request, course))
            if selectors.took_check(user=request.user, course_key=course.translation_key, phase=Phase.PRE):
                messages.success(request, _("Thank you. Here is what changed since you started the course."))
            else:
                messages.success(
                    request,
                    _("Thank you. Here are your answers: without a check at the start, there is nothing to compare."),
                )
            if services.course_completed(user=request.user, course_key=course.translation_key):
                messages.success(request, _("You have completed the course: your certificate is on the course page."))
            return redirect("evidence_results", course_id=course.pk)
    closed = services.closed_reason(user=request.user, course_key=course.translation_key, phase=phase)
    ordered = checks.shuffled(
        checks.questions(check), user_id=request.user.pk, course_key=course.translation_key, phase=phase
    )
    return TemplateResponse(
        request,
        "evidence/check.html",
        {
            "course": course,
            "phase": phase,
            "questions": ordered,
            "statements": [
                (statement, request.POST.get(f"c-{statement.id}", "")) for statement in checks.statements(check)
            ],
            "ratings": [str(rating) for rating in range(1, 6)],
            "error": error,
            "closed": closed,
            "skipped": phase == Phase.POST
            and CheckSkip.objects.filter(user=request.user, course_key=course.translation_key, phase=phase).exists(),
            "continue_url": _continue_url(request, course),
            # After a refusal the form keeps what the learner chose.
            "chosen": {value for key in request.POST if key.startswith("q-") for value in request.POST.getlist(key)},
        },
        status=400 if error else 200,
    )


@require_POST
@login_required
def skip(request: HttpRequest, course_id: int) -> HttpResponse:
    course = _course(course_id)
    services.skip_pre_check(user=request.user, course=course)
    return redirect(_continue_url(request, course))


@require_POST
@login_required
def skip_final(request: HttpRequest, course_id: int) -> HttpResponse:
    """The learner chose not to take the final check: it counts towards nothing, and the course completes."""
    course = _course(course_id)
    try:
        services.skip_post_check(user=request.user, course=course)
    except services.CheckRefused as refused:
        messages.error(request, str(refused))
        return redirect(course.get_url(request))
    messages.success(request, _("You skipped the final check. It counts towards nothing, and it is not offered again."))
    if services.course_completed(user=request.user, course_key=course.translation_key):
        messages.success(request, _("You have completed the course: your certificate is on the course page."))
    return redirect(course.get_url(request))


@login_required
def results(request: HttpRequest, course_id: int) -> TemplateResponse:
    course = _course(course_id)
    comparison = selectors.before_after(
        user=request.user, course_key=course.translation_key, language=Locale.get_active().language_code
    )
    if comparison is None:
        raise Http404
    return TemplateResponse(request, "evidence/results.html", {"course": course, "comparison": comparison})


@require_POST
@login_required
def survey(request: HttpRequest, course_id: int) -> HttpResponse:
    course = _course(course_id)
    form = SurveyForm(request.POST)
    if form.is_valid():
        try:
            services.submit_survey(
                user=request.user, course=course, language=Locale.get_active().language_code, **form.cleaned_data
            )
        except services.CheckRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, _("Thank you for your answers."))
            return redirect(course.get_url(request))
    return TemplateResponse(request, "evidence/survey.html", {"course": course, "form": form}, status=400)
