"""Scoring quizzes on the server, from the options a learner chose, never from a score sent by the browser.

A question counts as correct when the chosen options are exactly the correct ones. Ids of
questions and options come from the quiz block, and are the same in every translation.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wagtail.blocks import StreamValue, StructValue


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    chosen: tuple[str, ...]
    correct: bool


@dataclass(frozen=True)
class QuizResult:
    score: int
    passed: bool
    questions: tuple[QuestionResult, ...]


def quiz_blocks(body: StreamValue) -> list:
    return [child for child in body if child.block_type == "quiz"]


def required_quiz_ids(body: StreamValue) -> set[str]:
    return {child.id for child in quiz_blocks(body) if child.value.get("required")}


def find_quiz(body: StreamValue, quiz_id: str) -> StructValue | None:
    return next((child.value for child in quiz_blocks(body) if child.id == quiz_id), None)


def questions_with_ids(quiz: StructValue):
    """(question id, question value, [(option id, option value), ...]) for each question."""
    for question in quiz["questions"].bound_blocks:
        options = [(option.id, option.value) for option in question.value["options"].bound_blocks]
        yield question.id, question.value, options


def score_questions(questions: Iterable, answers: dict[str, list[str]]) -> tuple[QuestionResult, ...]:
    """Each question's result, from (question id, question value, [(option id, option value), ...]).

    Also used by the course's knowledge check (courses.evidence), whose questions are quiz questions.
    """
    results = []
    for question_id, _question, options in questions:
        valid = {option_id for option_id, _option in options}
        chosen = tuple(sorted(option_id for option_id in answers.get(question_id, []) if option_id in valid))
        expected = {option_id for option_id, option in options if option["correct"]}
        results.append(QuestionResult(question_id=question_id, chosen=chosen, correct=set(chosen) == expected))
    return tuple(results)


def percent_correct(results: Sequence[QuestionResult]) -> int:
    return round(100 * sum(result.correct for result in results) / len(results)) if results else 0


def score_quiz(quiz: StructValue, answers: dict[str, list[str]]) -> QuizResult:
    results = score_questions(questions_with_ids(quiz), answers)
    score = percent_correct(results)
    return QuizResult(score=score, passed=score >= quiz["pass_mark"], questions=results)
