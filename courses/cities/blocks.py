"""The needs-assessment questionnaire's blocks: sections of questions, and answer options tagged with the
tracks, courses or modules that address them.

Question ids are the StreamField block ids and option ids the ListBlock item ids: Wagtail keeps them
when a page is edited, and wagtail-localize keeps them in every translation, so an answer given in
Arabic still points to the same question in French, and after the wording changes. Tags are the
ranking rules as data (``courses.cities.pathway``): an editor changes them here, not in code.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from courses.choosers import LazySnippetChooserBlock as SnippetChooserBlock


class TagBlock(blocks.StructBlock):
    """One course, module or track that addresses an answer, and how strongly."""

    page = blocks.PageChooserBlock(
        page_type=["courses.CoursePage", "courses.ModulePage"],
        required=False,
        label=_("Course or module"),
        help_text=_("A course or module that addresses this answer."),
    )
    track = SnippetChooserBlock(
        "courses.Track",
        required=False,
        label=_("Track"),
        help_text=_("Or a whole track: every course in it is recommended."),
    )
    weight = blocks.IntegerBlock(
        default=1,
        min_value=1,
        max_value=10,
        label=_("Weight"),
        help_text=_("From 1 to 10: how strongly this answer points to it."),
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("track")):
            raise StructBlockValidationError(
                non_block_errors=[ValidationError(_("Choose either a course or module, or a track."))]
            )
        return value

    class Meta:
        icon = "tag"
        label = _("Recommendation")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=255, label=_("Option"), help_text=_("The answer as the city sees it."))
    tags = blocks.ListBlock(
        TagBlock(),
        default=[],
        label=_("Recommendations"),
        help_text=_("What to recommend to a city that chooses this answer."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


class ChoiceQuestionBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(max_length=500, label=_("Question"))
    help_text = blocks.CharBlock(
        max_length=500, required=False, label=_("Help text"), help_text=_("Shown under the question.")
    )
    options = blocks.ListBlock(OptionBlock(), min_num=2, label=_("Options"))

    class Meta:
        icon = "list-ul"


class ScaleQuestionBlock(blocks.StructBlock):
    """A 1–5 rating. Phrase it so that 1 means the greatest need: the need falls as the rating rises."""

    prompt = blocks.CharBlock(max_length=500, label=_("Question"))
    help_text = blocks.CharBlock(
        max_length=500, required=False, label=_("Help text"), help_text=_("Shown under the question.")
    )
    low_label = blocks.CharBlock(max_length=100, label=_("Label for 1"), help_text=_("e.g. Not at all"))
    high_label = blocks.CharBlock(max_length=100, label=_("Label for 5"), help_text=_("e.g. Fully"))
    tags = blocks.ListBlock(
        TagBlock(),
        default=[],
        label=_("Recommendations"),
        help_text=_("Recommended more strongly the lower the city rates itself."),
    )

    class Meta:
        icon = "order"
        label = _("Scale from 1 to 5")


class TextQuestionBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(max_length=500, label=_("Question"))
    help_text = blocks.CharBlock(
        max_length=500, required=False, label=_("Help text"), help_text=_("Shown under the question.")
    )

    class Meta:
        icon = "pilcrow"
        label = _("Short text")


class QuestionsBlock(blocks.StreamBlock):
    single_choice = ChoiceQuestionBlock(label=_("Single choice"), icon="radio-full")
    multiple_choice = ChoiceQuestionBlock(label=_("Multiple choice"), icon="tick-inverse")
    scale = ScaleQuestionBlock()
    short_text = TextQuestionBlock()


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, label=_("Heading"))
    intro = blocks.TextBlock(required=False, label=_("Introduction"), help_text=_("Why these questions matter."))
    questions = QuestionsBlock(label=_("Questions"))

    class Meta:
        icon = "folder-open-inverse"
        label = _("Section")
