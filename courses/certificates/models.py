"""Completion certificates: a snapshot of who completed what, verifiable by anyone with the code.

A certificate never changes once issued: a name change leads to a re-issue (a new certificate,
the old one superseded); a mistake leads to revocation. Every issue, revocation and re-issue
is written to the audit log. The verification code is random (``secrets``), never the key.
The PDF is kept in the private storage for its owner's download only, and deleted once the
certificate is revoked or replaced, or its owner deletes the account.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from lms.private_storage import private_storage


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


class CertificateQuerySet(models.QuerySet):
    def current(self):
        return self.filter(superseded_by__isnull=True)

    def for_user(self, user):
        return self.filter(user=user)


class Certificate(models.Model):
    code = models.CharField(
        _("verification code"), max_length=40, unique=True, help_text=_("Random; printed on the certificate.")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        help_text=_("Empty once the learner deletes their account; the certificate stays verifiable."),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    recipient_name_latin = models.CharField(_("name (Latin script)"), max_length=200, blank=True)
    recipient_name_arabic = models.CharField(_("name (Arabic script)"), max_length=200, blank=True)
    course_titles = models.JSONField(_("course titles"), help_text=_("The course title in each language."))
    second_language = models.CharField(
        _("second language"), max_length=5, help_text=_("The certificate is in Arabic and this language.")
    )
    issued_on = models.DateField(_("issued on"), default=timezone.localdate)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    issuer = models.JSONField(_("issuer"), help_text=_("Organisation and signatories at the time of issue."))
    pdf = models.FileField(
        _("PDF"),
        upload_to="certificates/",
        storage=private_storage,
        blank=True,
        help_text=_(
            "Only its owner downloads it. Deleted when the certificate is revoked or replaced, or the account deleted."
        ),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    superseded_by = models.ForeignKey(
        "self", verbose_name=_("superseded by"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-pk"]
        constraints = [
            # Exactly one current certificate per learner and course, even under concurrent issuing.
            models.UniqueConstraint(
                fields=["user", "course_key"],
                condition=models.Q(superseded_by__isnull=True),
                name="one_current_certificate_per_course",
            )
        ]

    def __str__(self) -> str:
        return f"{self.recipient_name_latin or self.recipient_name_arabic} · {self.course_title('en')}"

    def course_title(self, language: str) -> str:
        return (
            self.course_titles.get(language)
            or self.course_titles.get("en")
            or next(iter(self.course_titles.values()), "")
        )

    def get_status_display(self) -> str:
        return CertificateStatus(self.status).label

    @property
    def status(self) -> str:
        if self.superseded_by_id:
            return CertificateStatus.SUPERSEDED
        if self.revoked_at:
            return CertificateStatus.REVOKED
        if self.expires_on and self.expires_on < timezone.localdate():
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    @property
    def is_downloadable(self) -> bool:
        """Revoked, replaced or orphaned (the owner deleted the account): no PDF, only the verification page."""
        return self.revoked_at is None and self.superseded_by_id is None and self.user_id is not None

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))


class CertificateEventAction(models.TextChoices):
    ISSUED = "issued", _("Issued")
    REVOKED = "revoked", _("Revoked")
    REISSUED = "reissued", _("Re-issued")


class CertificateEvent(models.Model):
    """The audit log: who did what to which certificate, when and why."""

    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("certificate"),
        # The audit trail outlives any attempt to delete what it records.
        on_delete=models.PROTECT,
        related_name="events",
    )
    action = models.CharField(_("action"), max_length=10, choices=CertificateEventAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the system did it (completion of a course)."),
    )
    reason = models.TextField(_("reason"), blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} · {self.certificate.code}"


# The certificate's sentence: "<lead> / <name> / <statement> / <course>". Data, not messages: staff edit it
# per language in Settings → Certificate design, and each certificate keeps the wording it was issued with.
LEAD = {"ar": "تُمنح هذه الشهادة إلى", "en": "This certificate is awarded to", "fr": "Ce certificat est décerné à"}
STATEMENT = {
    "ar": "تقديرًا لإتمام الدورة التدريبية بنجاح",
    "en": "for successfully completing the course",
    "fr": "pour avoir suivi avec succès le cours",
}


@register_setting(icon="doc-full")
class CertificateDesign(BaseSiteSetting):
    """What certificates look like: editable by staff in Settings → Certificate design."""

    organisation_ar = models.CharField(_("organisation (Arabic)"), max_length=200, default="شبكة المدن القوية")
    organisation_en = models.CharField(_("organisation (English)"), max_length=200, default="Strong Cities Network")
    organisation_fr = models.CharField(_("organisation (French)"), max_length=200, default="Strong Cities Network")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The sentence around the learner's name: lead, name, statement, course title. Its wording never depends
    # on who is named (no gendered verb or participle): a verbal noun in Arabic, "pour avoir suivi" in French.
    lead_ar = models.CharField(
        _("words before the name (Arabic)"),
        max_length=200,
        default=LEAD["ar"],
        help_text=_("Printed above the learner's name. Keep it the same whoever is named."),
    )
    lead_en = models.CharField(
        _("words before the name (English)"),
        max_length=200,
        default=LEAD["en"],
        help_text=_("Printed above the learner's name. Keep it the same whoever is named."),
    )
    lead_fr = models.CharField(
        _("words before the name (French)"),
        max_length=200,
        default=LEAD["fr"],
        help_text=_("Printed above the learner's name. Keep it the same whoever is named."),
    )
    statement_ar = models.CharField(
        _("statement (Arabic)"),
        max_length=300,
        default=STATEMENT["ar"],
        help_text=_("Printed between the learner's name and the course title."),
    )
    statement_en = models.CharField(
        _("statement (English)"),
        max_length=300,
        default=STATEMENT["en"],
        help_text=_("Printed between the learner's name and the course title."),
    )
    statement_fr = models.CharField(
        _("statement (French)"),
        max_length=300,
        default=STATEMENT["fr"],
        help_text=_("Printed between the learner's name and the course title."),
    )
    signatory_1_name = models.CharField(_("first signatory: name"), max_length=200, blank=True)
    signatory_1_title_ar = models.CharField(_("first signatory: title (Arabic)"), max_length=200, blank=True)
    signatory_1_title_en = models.CharField(_("first signatory: title (English)"), max_length=200, blank=True)
    signatory_1_title_fr = models.CharField(_("first signatory: title (French)"), max_length=200, blank=True)
    signatory_1_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("first signatory: signature"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_2_name = models.CharField(_("second signatory: name"), max_length=200, blank=True)
    signatory_2_title_ar = models.CharField(_("second signatory: title (Arabic)"), max_length=200, blank=True)
    signatory_2_title_en = models.CharField(_("second signatory: title (English)"), max_length=200, blank=True)
    signatory_2_title_fr = models.CharField(_("second signatory: title (French)"), max_length=200, blank=True)
    signatory_2_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("second signatory: signature"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    footer_note = RichTextField(_("footer note"), blank=True, features=["bold", "italic"])

    class Meta:
        verbose_name = _("certificate design")
