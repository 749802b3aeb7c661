from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitiesConfig(AppConfig):
    name = "courses.cities"
    label = "cities"
    verbose_name = _("Cities")
    default_auto_field = "django.db.models.BigAutoField"
