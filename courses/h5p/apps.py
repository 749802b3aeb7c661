from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    name = "courses.h5p"
    label = "h5p"
    verbose_name = _("H5P activities")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps

        from courses.h5p import signals  # noqa: F401

        # The H5P average in the cohort's reports (cohorts do not import h5p). H5P works without cohorts,
        # and progress with H5P must not pull cohorts in (tests/courses/test_completion_registry.py).
        if apps.is_installed("courses.cohorts"):
            from courses.cohorts.report_columns import register_report_column
            from courses.h5p.cohort_columns import H5P_AVERAGE

            register_report_column(H5P_AVERAGE)
