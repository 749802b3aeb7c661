"""H5P packages uploaded by editors, and what learners do with them: xAPI statements and saved state.

A package's archive is kept as uploaded; its checked files are unpacked through Django's
storage under ``h5p/content/<folder>/``, a fresh folder per upload, so that a replaced or
deleted package never leaves a half-written tree behind for the player. Both live in the
private storage (``lms.private_storage``): no media URL reaches them, only the signed content view.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel

from courses.h5p.external_media import ExternalMedia
from courses.h5p.panels import ExternalMediaPanel
from lms.private_storage import private_storage

CONTENT_ROOT = "h5p/content"
PACKAGE_ROOT = "h5p/packages"
RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "ckb"}


def package_upload_path(package: "H5PPackage", filename: str) -> str:
    # The editor's file name never reaches storage: it may hold anything.
    return f"{PACKAGE_ROOT}/{package.folder}.h5p"


class PackageStatus(models.TextChoices):
    PROCESSING = "processing", _("Processing")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class ContentDirection(models.TextChoices):
    LTR = "ltr", _("Left to right (English, French…)")
    RTL = "rtl", _("Right to left (Arabic…)")


class H5PPackage(models.Model):
    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(
        _("H5P file"),
        upload_to=package_upload_path,
        storage=private_storage,
        max_length=255,
        help_text=_(
            "An .h5p file exported from Lumi, Moodle, WordPress or h5p.org, with its libraries included. "
            "It is checked before anything is saved."
        ),
    )
    folder = models.UUIDField(_("content folder"), default=uuid.uuid4, unique=True, editable=False)
    main_library = models.CharField(_("main library"), max_length=128, blank=True, editable=False)
    main_version = models.CharField(_("version"), max_length=16, blank=True, editable=False)
    libraries = models.JSONField(_("libraries"), default=list, blank=True, editable=False)
    language = models.CharField(
        _("language"), max_length=16, blank=True, editable=False, help_text=_("The content's language, from h5p.json.")
    )
    detected_direction = models.CharField(
        _("detected direction"),
        max_length=3,
        blank=True,
        choices=ContentDirection.choices,
        editable=False,
        help_text=_("The direction of the content's own text, found when the package was unpacked."),
    )
    content_direction = models.CharField(
        _("direction of the content"),
        max_length=3,
        blank=True,
        choices=ContentDirection.choices,
        help_text=_(
            "Leave empty to use the direction found in the content's own text. Choose one if the activity "
            "is laid out the wrong way round."
        ),
    )
    external_media = models.JSONField(
        _("external media"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Addresses on other sites that the content uses (videos, sounds, pictures, embeds, links)."),
    )
    file_size = models.PositiveBigIntegerField(_("file size"), default=0, editable=False)
    unpacked_size = models.PositiveBigIntegerField(_("unpacked size"), default=0, editable=False)
    file_count = models.PositiveIntegerField(_("files"), default=0, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=PackageStatus.choices, default=PackageStatus.PROCESSING, editable=False
    )
    error = models.TextField(_("error"), blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    panels = [
        HelpPanel(
            content=_(
                "H5P scores are reported by the learner's browser, so a determined learner can forge them. "
                "If a course's certificate must rest on server-scored answers only, untick "
                "“H5P results count towards completion” on the course."
            )
        ),
        FieldPanel("title"),
        FieldPanel("file"),
        ExternalMediaPanel(),
        FieldPanel("content_direction"),
    ]

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.title

    @property
    def content_prefix(self) -> str:
        return f"{CONTENT_ROOT}/{self.folder}"

    @property
    def text_direction(self) -> str:
        return "rtl" if self.language.split("-")[0].lower() in RTL_LANGUAGES else "ltr"

    @property
    def content_dir(self) -> str:
        """The frame's direction: the editor's choice, else h5p.json's language, else the text's; "" if unknown."""
        if self.content_direction:
            return self.content_direction
        if self.language:
            return self.text_direction
        return self.detected_direction

    @property
    def media(self) -> list[ExternalMedia]:
        return [ExternalMedia.from_json(item) for item in self.external_media or []]

    @property
    def is_ready(self) -> bool:
        return self.status == PackageStatus.READY


class H5PState(models.Model):
    """The player's resume state ("contentUserData") for one learner and one H5P block."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="h5p_states"
    )
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.CharField(_("activity"), max_length=64)
    data = models.TextField(_("state"), help_text=_("The player's own JSON, kept as it sent it."))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("H5P state")
        verbose_name_plural = _("H5P states")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key", "block_id"], name="one_h5p_state_per_activity"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.block_id}"


class H5PStatement(models.Model):
    """An xAPI statement from the player, as stored: our actor, id, timestamp and ``stored`` time."""

    statement_id = models.UUIDField(_("statement id"), unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="h5p_statements"
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"))
    block_id = models.CharField(_("activity"), max_length=64)
    verb = models.CharField(_("verb"), max_length=255)
    top_level = models.BooleanField(
        _("top level"), help_text=_("False for statements about a part, such as one question in a question set.")
    )
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    body_hash = models.CharField(_("body hash"), max_length=64, editable=False)
    statement = models.JSONField(_("statement"))
    stored_at = models.DateTimeField(_("stored at"), auto_now_add=True)

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        ordering = ["-stored_at"]
        indexes = [models.Index(fields=["user", "lesson_key", "block_id"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.verb.rsplit('/', 1)[-1]} · {self.block_id}"
