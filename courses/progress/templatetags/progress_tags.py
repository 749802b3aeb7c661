"""Template access to a learner's progress: the course and lesson pages ask, progress answers.

Pages do not import progress (progress knows pages, not the other way round); their
templates load these tags instead.
"""

import uuid
from dataclasses import dataclass

from django import template

from courses.progress import completion, quizzes, selectors
from courses.progress.panels import completion_actions

register = template.Library()


@register.simple_tag(takes_context=True)
def course_progress(context, course):
    return selectors.course_progress(context["request"].user, course)


@register.simple_tag(takes_context=True)
def lesson_course_progress(context, lesson):
    # The same object the lesson visit read before the page was rendered (no second query).
    return selectors.request_course_progress(context["request"], selectors.course_of(lesson))


@register.simple_tag(takes_context=True)
def learner_lesson_state(context, lesson):
    return selectors.lesson_state(context["request"].user, lesson)


@dataclass(frozen=True)
class OptionView:
    id: str
    text: str
    chosen: bool
    correct: bool
    feedback: str


@dataclass(frozen=True)
class QuestionView:
    id: str
    number: int
    kind: str
    prompt: str
    options: list[OptionView]
    answered_correctly: bool | None


@dataclass(frozen=True)
class QuizView:
    questions: list[QuestionView]
    state: selectors.QuizState
    attempts_left: int | None
    submission_id: str

    @property
    def can_attempt(self) -> bool:
        return self.attempts_left is None or self.attempts_left > 0


@register.simple_tag(takes_context=True)
def quiz_view(context, state: selectors.LessonState | None, quiz_id: str, quiz) -> QuizView:
    """The quiz with the learner's latest answers and the feedback for them. Its submission id is the
    context's when the lesson's kept HTML gives one (a slot it fills for each response), else a new one."""
    quiz_state = state.quiz(quiz_id) if state else selectors.QuizState(attempts=[], best=None, latest=None)
    latest_answers = quiz_state.latest.answers if quiz_state.latest else {}
    questions = []
    for number, (question_id, question, options) in enumerate(quizzes.questions_with_ids(quiz), start=1):
        chosen = set(latest_answers.get(question_id, []))
        expected = {option_id for option_id, option in options if option["correct"]}
        questions.append(
            QuestionView(
                id=question_id,
                number=number,
                kind=question["kind"],
                prompt=question["prompt"],
                options=[
                    OptionView(
                        id=option_id,
                        text=option["text"],
                        chosen=option_id in chosen,
                        correct=option["correct"],
                        feedback=option["feedback"],
                    )
                    for option_id, option in options
                ],
                answered_correctly=(chosen == expected) if quiz_state.latest else None,
            )
        )
    limit = quiz["max_attempts"]
    return QuizView(
        questions=questions,
        state=quiz_state,
        attempts_left=max(limit - len(quiz_state.attempts), 0) if limit else None,
        submission_id=context.get("submission_id") or str(uuid.uuid4()),
    )


@register.filter
def note_for(state: selectors.LessonState | None, block_id: str) -> str:
    return state.notes.get(block_id, "") if state else ""


@register.filter
def module_progress_for(progress: selectors.CourseProgress, lesson):
    return progress.module_for(lesson)


@register.filter
def completed_in(lesson, progress: selectors.CourseProgress) -> bool:
    return progress.lesson_completed(lesson)


@register.filter
def new_in(lesson, progress: selectors.CourseProgress) -> bool:
    """Published after the learner completed the course: the outline marks it as new."""
    return progress.lesson_is_new(lesson)


@register.simple_tag(takes_context=True)
def unmet_prerequisites(context, course):
    from courses.progress.services import unmet_prerequisites as find_unmet

    return find_unmet(user=context["request"].user, course=course)


@register.inclusion_tag("progress/includes/course_completed.html", takes_context=True)
def course_completed_box(context, course):
    """A completed course's box: what other apps offer next (the certificate) and the course to take next."""
    request = context["request"]
    return {
        "request": request,
        "course": course,
        "actions": completion_actions(request, [course]).get(course.pk, []),
        "next_course": selectors.next_course(request.user, course),
    }


@register.inclusion_tag("progress/includes/completion_requirements.html", takes_context=True)
def completion_requirements(context, course, lessons_done=False):
    """What else the course needs before it is complete (a session to attend), from the apps that require it."""
    return {
        "missing": completion.missing_for(user=context["request"].user, course=course),
        "lessons_done": lessons_done,
    }
