from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideFeedbackConfig(AppConfig):
    name = "courses.guide_feedback"
    label = "guide_feedback"
    verbose_name = _("Feedback on the guides")
    default_auto_field = "django.db.models.BigAutoField"
