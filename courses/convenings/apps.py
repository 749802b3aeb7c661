from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConveningsConfig(AppConfig):
    name = "courses.convenings"
    label = "convenings"
    verbose_name = _("Convenings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.cohorts.report_columns import register_report_column
        from courses.convenings.cohort_columns import SESSIONS_ATTENDED

        register_report_column(SESSIONS_ATTENDED)  # sessions attended in the cohort's reports
        import courses.convenings.report_measures  # noqa: F401 - sessions and attendance in the programme report
