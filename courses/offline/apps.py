from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflineConfig(AppConfig):
    name = "courses.offline"
    label = "offline"
    verbose_name = _("Offline use")

    def ready(self):
        from courses.offline import panels  # noqa: F401  registers the course page panel
