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


def raw_blocks(body: StreamValue, block_type: str) -> list[tuple[int, dict]]:
    """(index, raw data) of the blocks of one type, read from the stored JSON: no other block (and no
    snippet, image or document it chooses) is loaded."""
    return [(index, raw) for index, raw in enumerate(body.raw_data) if raw["type"] == block_type]


def raw_flag(body: StreamValue, raw: dict, name: str) -> bool:
    """A boolean field of a StructBlock's raw value, with the block's default when it was never stored."""
    if name in raw["value"]:
        return bool(raw["value"][name])
    return bool(body.stream_block.child_blocks[raw["type"]].child_blocks[name].get_default())


def quiz_blocks(body: StreamValue) -> list:
    return [body[index] for index, _raw in raw_blocks(body, "quiz")]


def required_quiz_ids(body: StreamValue) -> set[str]:
    return {raw["id"] for _index, raw in raw_blocks(body, "quiz") if raw_flag(body, raw, "required")}


def find_quiz(body: StreamValue, quiz_id: str) -> StructValue | None:
    index = next((index for index, raw in raw_blocks(body, "quiz") if raw["id"] == quiz_id), None)
    return None if index is None else body[index].value


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
