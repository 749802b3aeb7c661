"""Evidence in the admin (the knowledge checks, under their own menu) and in the learner's path, through
progress's hooks: the pre-check right after enrolling, the final check and the survey in the completion
box. Progress and the pages know nothing of evidence.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.choosers import SnippetViewSet
from courses.evidence import checks, completion, services
from courses.evidence.models import CheckAttempt, CheckSkip, KnowledgeCheck, Phase, SurveyResponse
from courses.evidence.requirements import final_check_done
from courses.progress.completion import COURSE_COMPLETION_REQUIREMENTS
from courses.progress.panels import AFTER_ENROLMENT, COURSE_COMPLETION_ACTIONS


class KnowledgeCheckViewSet(SnippetViewSet):
    model = KnowledgeCheck
    icon = "help"
    menu_label = _("Knowledge checks")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["title", "course", "locale"]
    list_filter = ["locale"]
    search_fields = ["title"]
    search_backend_name = None


register_snippet(KnowledgeCheckViewSet)


@hooks.register(AFTER_ENROLMENT)
def offer_pre_check(request, course):
    """Right after enrolling, before any lesson is opened: the pre-check, when the course has one."""
    course_key = course.translation_key
    if checks.check_for(course_key) is None or not services.pre_check_open(user=request.user, course_key=course_key):
        return None
    return reverse("evidence_check", args=[course.pk, Phase.PRE])


# A course with a check completes once its final check is taken or skipped: then the certificate issues.
hooks.register(COURSE_COMPLETION_REQUIREMENTS, final_check_done)
# Listed before the certificate's (order): a learner who completed before the final check was required
# (or who skipped it) may still take it.
hooks.register(COURSE_COMPLETION_ACTIONS, completion.final_check_actions, order=-1)
hooks.register(COURSE_COMPLETION_ACTIONS, completion.survey_actions, order=1)


@hooks.register("export_personal_data")
def export_evidence(user):
    return "evidence", {
        "check_attempts": list(
            CheckAttempt.objects.filter(user=user).values(
                "course_key", "phase", "score", "topic_scores", "answers", "confidence", "submitted_at"
            )
        ),
        "skipped_checks": list(CheckSkip.objects.filter(user=user).values("course_key", "phase", "skipped_at")),
        "survey_responses": list(
            SurveyResponse.objects.filter(user=user).values(
                "course_key", "relevance", "usefulness", "likely_to_apply", "comment", "submitted_at"
            )
        ),
    }
