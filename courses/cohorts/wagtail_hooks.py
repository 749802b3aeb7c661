"""Admin registration for cohorts, and what cohorts add to a learner's data export.

Programme managers (and superusers) create cohorts, choose their courses and trainers in the
Wagtail admin; trainers work on the front-end pages under /<lang>/trainer/. Both roles are declared
to lms.accounts as needing two-factor authentication (the ``requires_mfa`` hook).

A cohort's city is chosen from the cities (the City snippet chooser). Cohorts whose typed city could
not be matched for certain when cohorts started pointing to cities are listed for a programme manager:
the listing's "City: not linked" filter, and a notice with their number above the listing.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView

from courses.choosers import SnippetViewSet
from courses.cohorts import access
from courses.cohorts.models import Cohort, CohortMembership, Reminder


class CityLink(django_filters.ChoiceFilter):
    """ "City: not linked" lists the cohorts whose city a programme manager still has to choose."""

    def __init__(self, **kwargs):
        super().__init__(
            choices=[("unlinked", _("Not linked")), ("linked", _("Linked"))],
            label=_("City"),
            empty_label=_("All"),
            **kwargs,
        )

    def filter(self, qs, value):
        if value in ("unlinked", "linked"):
            return qs.filter(city__isnull=value == "unlinked")
        return qs


class CohortFilterSet(WagtailFilterSet):
    city_link = CityLink()

    class Meta:
        model = Cohort
        fields = ["status", "language", "country"]


class CohortIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("city")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["unlinked_city_count"] = Cohort.objects.without_city().count()
        return context


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CohortIndexView
    index_template_name = "cohorts/admin/cohort_index.html"
    filterset_class = CohortFilterSet
    list_display = ["name", "city", "country", "status", "start_date", "end_date"]
    search_fields = ["name", "city_name", "city__name_ar", "city__name_en", "city__name_fr"]
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
