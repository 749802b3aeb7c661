"""Practices on the learner's dashboard ("Share a practice from your city", through progress's
LEARNER_DASHBOARD_PANELS hook) and "Shared by a city" on the library's case studies (CASE_STUDY_CREDITS)."""

from django.template.loader import render_to_string
from wagtail import hooks

from courses.case_study_credits import CASE_STUDY_CREDITS
from courses.practices import selectors
from courses.practices.models import SubmissionStatus
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
