"""Guide feedback in the learner's module page (through courses' ``MODULE_PAGE_PANELS`` hook), the editors'
report under the admin's Reports menu, the permission that opens it, and the learner's answers in their
personal data export. Courses know nothing of this app."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.guide_feedback import admin_views
from courses.guide_feedback.models import GuideFeedback
from courses.guide_feedback.panel import feedback_panel
from courses.page_panels import MODULE_PAGE_PANELS

hooks.register(MODULE_PAGE_PANELS, feedback_panel)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/guide-feedback/", admin_views.report_page, name="guide_feedback_report"),
        path("reports/guide-feedback/answers.csv", admin_views.report_csv, name="guide_feedback_report_csv"),
        path("reports/guide-feedback/report.xlsx", admin_views.report_xlsx, name="guide_feedback_report_xlsx"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_read_report(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Feedback on the guides"), reverse("guide_feedback_report"), icon_name="help", order=900)


@hooks.register("register_permissions")
def report_permission():
    """Shown in the admin's group editor, so a group can be given the report."""
    return Permission.objects.filter(content_type__app_label="guide_feedback", codename="view_report")


@hooks.register("export_personal_data")
def export_guide_feedback(user):
    return "guide_feedback", list(
        GuideFeedback.objects.filter(user=user).values(
            "module_key", "chapter", "rating", "comment", "missing", "language", "country", "answered_at"
        )
    )
