"""A quiz question needs two answers at least: the editor starts each new question with two (issue #13)."""

from wagtail.blocks.list_block import ListBlockAdapter

from courses.blocks import QuizBlock, QuizQuestionBlock


def test_a_new_question_starts_with_two_empty_answers():
    options = QuizQuestionBlock().get_default()["options"]
    assert [(option["text"], option["correct"]) for option in options] == [("", False), ("", False)]


def test_a_new_quiz_starts_with_one_question_of_two_answers():
    (question,) = QuizBlock().get_default()["questions"]
    assert len(question["options"]) == 2


def test_the_editor_adds_questions_with_two_answers():
    """What the page editor's "add question" button inserts: the child's default form state."""
    _name, _child, new_question, meta = ListBlockAdapter().js_args(QuizBlock().child_blocks["questions"])
    assert len(new_question["options"]) == 2
    assert meta["minNum"] == 1
