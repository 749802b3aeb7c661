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

        from courses.cities.access import register_city_staff_check
        from courses.cohorts import access, signal_handlers

        # A city's trainers (of its cohorts) may adjust its pathway; cities cannot ask cohorts itself.
        register_city_staff_check(access.trains_city)

        pre_delete.connect(
            signal_handlers.forget_deleted_account,
            sender=get_user_model(),
            dispatch_uid="cohorts_forget_deleted_account",
        )
