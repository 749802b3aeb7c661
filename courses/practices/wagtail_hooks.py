"""Practices on the learner's dashboard ("Share a practice from your city", through progress's
LEARNER_DASHBOARD_PANELS hook), "Shared by a city" on the library's case studies (CASE_STUDY_CREDITS), the
moderators' list in the admin, and the learner's practices in their personal data export."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.case_study_credits import CASE_STUDY_CREDITS
from courses.practices import admin_views, selectors
from courses.practices.models import PracticeSubmission, SubmissionStatus
from courses.progress.panels import LEARNER_DASHBOARD_PANELS


@hooks.register(LEARNER_DASHBOARD_PANELS)
def practices_panel(request):
    submissions = selectors.my_practices(request.user)
    changes = sum(submission.status == SubmissionStatus.CHANGES_REQUESTED for submission in submissions)
    return render_to_string(
        "practices/includes/dashboard_panel.html",
        {"count": len(submissions), "changes_requested": changes},
        request=request,
    )


@hooks.register(CASE_STUDY_CREDITS)
def shared_by_a_city(case_studies):
    return selectors.credit_lines(case_studies)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("practices/", admin_views.practice_index, name="practices_admin_index")]


class PracticesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_read(request.user)


@hooks.register("register_reports_menu_item")
def register_practices_menu_item():
    return PracticesMenuItem(
        _("Practices shared by cities"), reverse("practices_admin_index"), icon_name="site", order=910
    )


@hooks.register("export_personal_data")
def export_practices(user):
    return "practices", [
        {
            "title": submission.case_study.title,
            "language": submission.case_study.locale.language_code,
            "credit": submission.credit,
            "status": submission.status,
            "moderator_comment": submission.moderator_comment,
            "submitted_at": submission.created_at.isoformat(),
            "published_at": submission.published_at.isoformat() if submission.published_at else None,
        }
        for submission in PracticeSubmission.objects.of_user(user).select_related("case_study__locale")
    ]
