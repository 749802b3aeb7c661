from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvidenceConfig(AppConfig):
    name = "courses.evidence"
    label = "evidence"
    verbose_name = _("Evidence of learning")
    default_auto_field = "django.db.models.BigAutoField"
