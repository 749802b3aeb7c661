"""Admin registration for cohorts, and what cohorts add to a learner's data export.

Programme managers (and superusers) create cohorts, choose their courses and trainers in the
Wagtail admin; trainers work on the front-end pages under /<lang>/trainer/. Both roles are declared
to lms.accounts as needing two-factor authentication (the ``requires_mfa`` hook).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.choosers import SnippetViewSet
from courses.cohorts import access
from courses.cohorts.models import Cohort, CohortMembership, Reminder


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "city", "country", "status", "start_date", "end_date"]
    list_filter = ["status", "language"]
    search_fields = ["name", "city"]
    search_backend_name = None
    ordering = ["-start_date", "name"]


register_snippet(CohortViewSet)


@hooks.register("requires_mfa")
def trainers_require_mfa(user) -> bool:
    """Trainers and programme managers see learners' progress, so they need two-factor authentication."""
    return access.can_use_trainer_area(user)


@hooks.register("export_personal_data")
def export_cohorts(user):
    return "cohorts", {
        "memberships": [
            {"cohort": cohort, "source": source, "joined_at": joined_at}
            for cohort, source, joined_at in CohortMembership.objects.filter(user=user).values_list(
                "cohort__name", "source", "joined_at"
            )
        ],
        "reminders_received": list(
            Reminder.objects.filter(learner=user).values("cohort__name", "language", "sent_at", "delivered_at")
        ),
    }
