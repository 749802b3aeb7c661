"""The blocks of a course's knowledge check: the quiz's own question block with a topic, and confidence
statements. Block ids are kept by wagtail-localize, so a question's id is the same in every language and
the pre and post checks are compared question by question.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from courses.blocks import QuizQuestionBlock


class CheckQuestionBlock(QuizQuestionBlock):
    """A server-scored quiz question (the lessons' block, with its checks), labelled with a topic."""

    topic = blocks.CharBlock(
        label=_("Topic"),
        max_length=80,
        help_text=_(
            "Results are shown per topic, e.g. “Prevention networks”. Use the same words for related questions."
        ),
    )

    class Meta:
        icon = "help"
        label = _("Question")


class ConfidenceStatementBlock(blocks.CharBlock):
    class Meta:
        icon = "pick"
        label = _("Confidence statement")
        help_text = _(
            "Learners rate it from 1 (not at all) to 5 (fully), e.g. “I can explain the city's role to my council”."
        )
