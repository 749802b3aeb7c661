"""People who use the academy: learners, editors, trainers and staff.

E-mail is the login; there is no username. The profile says how a learner's name appears on
certificates, where they work and in which context, which tunes what the lessons show them.
"""

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from lms.languages.calendar import TIME_ZONE_CHOICES


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class Role(models.TextChoices):
    MAYOR = "mayor", _("Mayor or deputy mayor")
    COUNCILLOR = "councillor", _("Elected councillor")
    MUNICIPAL_STAFF = "municipal_staff", _("Municipal staff")
    YOUTH_COUNCIL = "youth_council", _("Youth council member")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    NATIONAL_GOVERNMENT = "national_government", _("National government")
    OTHER = "other", _("Other")


class CityContext(models.TextChoices):
    STABLE = "stable", _("Stable")
    FRAGILE = "fragile", _("Fragile or conflict-affected")
    POST_CONFLICT = "post_conflict", _("Post-conflict")


class Gender(models.TextChoices):
    """Self-reported, optional, and never inferred: used only for counts in programme reports."""

    PREFER_NOT_TO_SAY = "prefer_not_to_say", _("Prefer not to say")
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    ANOTHER = "another", _("Another gender")


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(
        _("e-mail address"),
        unique=True,
        help_text=_("Used to log in and to receive messages from the academy."),
    )
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        blank=True,
        help_text=_("How the academy addresses you."),
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Whether the user can log in to the editors' admin."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Unselect this instead of deleting accounts."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    certificate_name_latin = models.CharField(
        _("name on certificates (Latin script)"),
        max_length=200,
        blank=True,
        help_text=_("As it should be printed, e.g. Youssef Amrani."),
    )
    certificate_name_arabic = models.CharField(
        _("name on certificates (Arabic script)"),
        max_length=200,
        blank=True,
        help_text=_("As it should be printed, e.g. يوسف العمراني."),
    )
    municipality = models.CharField(
        _("municipality or governorate"),
        max_length=200,
        blank=True,
        help_text=_("Where you work."),
    )
    country = CountryField(_("country"), blank=True, help_text=_("The country you work in."))
    role = models.CharField(_("role"), max_length=30, choices=Role.choices, blank=True, help_text=_("Your role."))
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The academy switches to this language when you log in."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        blank=True,
        help_text=_("Times are shown in this time zone. Leave empty to use your country's."),
    )
    city_context = models.CharField(
        _("your city's context"),
        max_length=20,
        choices=CityContext.choices,
        blank=True,
        help_text=_("Lessons open the guidance written for this context first."),
    )
    gender = models.CharField(
        _("gender"),
        max_length=20,
        choices=Gender.choices,
        default=Gender.PREFER_NOT_TO_SAY,
        help_text=_(
            "Optional. Used only to count learners in programme reports, never shown with your name "
            "and never shown for groups of fewer than five."
        ),
    )
    data_saver = models.BooleanField(
        _("data saver"),
        default=False,
        help_text=_(
            "On a metered or slow connection: the site does not even check for course updates by itself, "
            "and nothing is downloaded unless you ask."
        ),
    )

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    @property
    def has_certificate_name(self) -> bool:
        return bool(self.certificate_name_latin.strip() or self.certificate_name_arabic.strip())

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email
