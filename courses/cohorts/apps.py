from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "courses.cohorts"
    label = "cohorts"
    verbose_name = _("Cohorts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_delete

        from courses.cohorts import signal_handlers

        pre_delete.connect(
            signal_handlers.forget_deleted_account,
            sender=get_user_model(),
            dispatch_uid="cohorts_forget_deleted_account",
        )
