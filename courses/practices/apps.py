from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "courses.practices"
    label = "practices"
    verbose_name = _("Practices shared by cities")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from courses.practices import signal_handlers

        signal_handlers.register_signal_handlers()
