"""Lesson blocks: what an editor can put in a lesson's body.

Each block has a template in templates/blocks/, a description and a preview value for the
admin. Quizzes are scored on the server (courses/progress/quizzes.py); their block ids, and
the ids of their questions and options, stay the same in every translation, so an answer
given in Arabic counts in French.
"""

import re

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from courses.choosers import LazySnippetChooserBlock as SnippetChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]

PREVIEW_PARAGRAPH = (
    "<p>A city that knows its neighbourhoods, its young people and its partners can act "
    "before tensions turn into violence.</p>"
)


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A section heading inside the lesson.")
        preview_value = "Why cities matter"


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text.html"
        label = _("Text")
        description = _("Paragraphs, lists and links.")
        preview_value = PREVIEW_PARAGRAPH


class KeyTakeawaysBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, help_text=_("Leave empty for “Key takeaways”."))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Takeaway")), label=_("Takeaways"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_takeaways.html"
        label = _("Key takeaways")
        description = _("The few points a learner should remember from this lesson.")
        preview_value = {
            "title": "",
            "items": ["No city is immune.", "Prevention starts with trust.", "Work with national partners."],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), help_text=_("What the checklist helps the learner do."))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Step")), label=_("Steps"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/checklist.html"
        label = _("Checklist")
        description = _("Practical steps a learner can tick off in their own city. Not saved or scored.")
        preview_value = {
            "title": "Before your first prevention meeting",
            "items": ["List who already works with young people.", "Agree who chairs the meeting."],
        }


class CalloutKind(blocks.ChoiceBlock):
    def __init__(self, **kwargs):
        super().__init__(
            choices=[("tip", _("Tip")), ("caution", _("Caution")), ("practice", _("From practice"))],
            default="tip",
            **kwargs,
        )


class CalloutBlock(blocks.StructBlock):
    kind = CalloutKind(label=_("Kind"), help_text=_("Tip, caution, or an example from practice."))
    title = blocks.CharBlock(label=_("Title"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted tip, caution or example from practice.")
        preview_value = {"kind": "tip", "title": "Start small", "text": PREVIEW_PARAGRAPH}


class CaseStudyBlock(blocks.StructBlock):
    case_study = SnippetChooserBlock("courses.CaseStudy", label=_("Case study"))
    note = blocks.CharBlock(
        label=_("Why it matters here"),
        required=False,
        help_text=_("One sentence linking the case to this lesson."),
    )

    def get_preview_value(self):
        return self.to_python(
            {
                "case_study": apps.get_model("courses", "CaseStudy").objects.values_list("pk", flat=True).first(),
                "note": "",
            }
        )

    class Meta:
        icon = "doc-full"
        template = "blocks/case_study.html"
        label = _("Case study")
        description = _("A city's practice example, shown as a card in the reader's language.")


class GuidebookReferenceBlock(blocks.StructBlock):
    guidebook = SnippetChooserBlock("courses.Guidebook", label=_("Guidebook"))
    chapter = blocks.CharBlock(label=_("Chapter or section"), required=False)
    page = blocks.IntegerBlock(label=_("Page"), required=False, min_value=1)
    url = blocks.URLBlock(
        label=_("Link"), required=False, help_text=_("A deep link; leave empty to use the guide's own link.")
    )

    def get_preview_value(self):
        first = apps.get_model("courses", "Guidebook").objects.values_list("pk", flat=True).first()
        return self.to_python({"guidebook": first, "chapter": "Chapter 2: Prevention", "page": 12, "url": ""})

    class Meta:
        icon = "openquote"
        template = "blocks/guidebook_reference.html"
        label = _("Guidebook reference")
        description = _("Points learners to the chapter of the guide this part is based on.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(label=_("Speaker"))
    role = blocks.CharBlock(label=_("Role"), required=False, help_text=_("Their role, city or event."))

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")
        description = _("Words of a practitioner, attributed honestly.")
        preview_value = {
            "text": "We cannot wait for the capital to solve what happens in our streets.",
            "speaker": "A deputy mayor",
            "role": "Workshop participant (paraphrased)",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    def get_preview_value(self):
        first = get_image_model().objects.values_list("pk", flat=True).first()
        return self.to_python({"image": first, "alt_text": "A preview image", "caption": "Caption"})

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("An image with required alternative text, served in small sizes for phones.")


class VideoValue(blocks.StructValue):
    YOUTUBE = re.compile(r"(?:youtube\.com/(?:watch\?v=|embed/)|youtu\.be/)([\w-]{11})")
    VIMEO = re.compile(r"vimeo\.com/(?:video/)?(\d+)")

    def embed_url(self) -> str:
        """A privacy-friendly player URL for known providers; empty for anything else."""
        url = self.get("url") or ""
        if match := self.YOUTUBE.search(url):
            return f"https://www.youtube-nocookie.com/embed/{match.group(1)}?autoplay=1"
        if match := self.VIMEO.search(url):
            return f"https://player.vimeo.com/video/{match.group(1)}?autoplay=1&dnt=1"
        return ""


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(
        label=_("Video link"),
        required=False,
        help_text=_("A YouTube or Vimeo link, or any page with the video. Or upload a file below."),
    )
    file = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("A small MP4 or WebM file served by the academy itself: no third-party player."),
    )
    duration = blocks.CharBlock(label=_("Duration"), required=False, help_text=_("For example 4:30."))
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Required: many learners read instead of streaming video on a weak connection."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("url") and not value.get("file"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Give a video link or choose a video file."))}
            )
        return value

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        description = _("A video that loads only when the learner asks for it, with its transcript shown.")
        value_class = VideoValue
        preview_value = {
            "title": "Why cities matter",
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "duration": "3:00",
            "transcript": PREVIEW_PARAGRAPH,
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, help_text=_("Leave empty to use the file's title."))
    description = blocks.CharBlock(label=_("Description"), required=False)

    def get_preview_value(self):
        first = get_document_model().objects.values_list("pk", flat=True).first()
        return self.to_python({"document": first, "title": "", "description": "A worksheet to fill in"})

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/document.html"
        label = _("Downloadable document")
        description = _("A worksheet or template to download, with its type and size shown.")


class ContextVariantsBlock(blocks.StructBlock):
    intro = blocks.CharBlock(
        label=_("Introduction"), required=False, help_text=_("What this guidance is about, in one sentence.")
    )
    stable = blocks.RichTextBlock(label=_("Stable cities"), features=RICH_TEXT_FEATURES)
    fragile = blocks.RichTextBlock(label=_("Fragile or conflict-affected cities"), features=RICH_TEXT_FEATURES)
    post_conflict = blocks.RichTextBlock(label=_("Post-conflict cities"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "resubmit"
        template = "blocks/context_variants.html"
        label = _("Guidance by city context")
        description = _(
            "Separate guidance for stable, fragile or conflict-affected, and post-conflict cities, shown as tabs."
        )
        preview_value = {
            "intro": "Where to start",
            "stable": "<p>Focus on long-term drivers.</p>",
            "fragile": "<p>Start with immediate safety.</p>",
            "post_conflict": "<p>Rebuild trust between communities.</p>",
        }


class QuizOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"))
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), required=False, help_text=_("Shown after answering: why this answer is right or wrong.")
    )


class QuestionKind(blocks.ChoiceBlock):
    def __init__(self, **kwargs):
        super().__init__(
            choices=[
                ("single", _("One correct answer")),
                ("multiple", _("Several correct answers")),
                ("true_false", _("True or false")),
            ],
            default="single",
            **kwargs,
        )


class QuizQuestionBlock(blocks.StructBlock):
    kind = QuestionKind(label=_("Kind of question"))
    prompt = blocks.TextBlock(label=_("Question"))
    # A new question starts with the two answers it needs at least: with Wagtail's one, the editor met
    # "The minimum number of items is 2" on saving.
    options = blocks.ListBlock(
        QuizOptionBlock(),
        label=_("Answers"),
        min_num=2,
        default=[{"text": "", "correct": False, "feedback": ""}, {"text": "", "correct": False, "feedback": ""}],
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if value["kind"] in ("single", "true_false") and correct != 1:
            raise blocks.StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark exactly one answer as correct."))}
            )
        if value["kind"] == "multiple" and correct < 1:
            raise blocks.StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one answer as correct."))}
            )
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), required=False, help_text=_("Leave empty for “Check your understanding”.")
    )
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"), min_value=1, max_value=100, default=70, help_text=_("The score needed to pass.")
    )
    max_attempts = blocks.IntegerBlock(
        label=_("Maximum attempts"),
        min_value=0,
        default=0,
        help_text=_("0 means unlimited. The best attempt counts."),
    )
    required = blocks.BooleanBlock(label=_("Required to complete the lesson"), required=False, default=True)
    questions = blocks.ListBlock(QuizQuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/quiz.html"
        label = _("Quiz")
        description = _("Questions scored on the server, with feedback for every answer.")
        preview_value = {
            "title": "",
            "pass_mark": 70,
            "max_attempts": 0,
            "required": True,
            "questions": [
                {
                    "kind": "true_false",
                    "prompt": "No city is immune to extremism.",
                    "options": [
                        {"text": "True", "correct": True, "feedback": "Right: the threat reaches every city."},
                        {"text": "False", "correct": False, "feedback": "No city is immune."},
                    ],
                }
            ],
        }


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Prompt"), help_text=_("A question the learner answers for themselves."))

    class Meta:
        icon = "edit"
        template = "blocks/reflection.html"
        label = _("Reflection")
        description = _("A private note the learner writes; only they can read it.")
        preview_value = {"prompt": "Which partners in your city already work with young people?"}


class H5PActivityBlock(blocks.StructBlock):
    package = SnippetChooserBlock("h5p.H5PPackage", label=_("H5P package"))
    title = blocks.CharBlock(label=_("Title"), required=False, help_text=_("Leave empty to use the package's title."))
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"),
        min_value=1,
        max_value=100,
        default=70,
        help_text=_("The score the activity must report for a pass."),
    )
    required = blocks.BooleanBlock(
        label=_("Required to complete the lesson"),
        required=False,
        default=True,
        help_text=_(
            "H5P scores are reported by the learner's browser and can be forged. The course decides "
            "whether they count towards completion and the certificate."
        ),
    )

    class Meta:
        icon = "code"
        template = "blocks/h5p.html"
        label = _("H5P activity")
        description = _("An interactive H5P exercise, played in a sandbox; its result is reported by the browser.")


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = RichTextBlock()
    key_takeaways = KeyTakeawaysBlock()
    callout = CalloutBlock()
    case_study = CaseStudyBlock()
    guidebook_reference = GuidebookReferenceBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    context_variants = ContextVariantsBlock()
    checklist = ChecklistBlock()
    quiz = QuizBlock()
    reflection = ReflectionBlock()
    h5p = H5PActivityBlock()
