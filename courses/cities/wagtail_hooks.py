"""Admin for cities: programme managers keep the list of cities and their teams, resolve "my city is not
listed" requests (choosing the city links the learner) and see the assessments and pathway adjustments.
Also the "Recommended for your city" panel on the learner's dashboard (progress's one hook for panels)
and its badges in the course catalogue (the catalogue's one hook for marks); the choice of city in the
profile and at sign-up (accounts' one hook for form fields).
"""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from courses.catalogue_marks import CATALOGUE_COURSE_MARKS
from courses.choosers import SnippetViewSet
from courses.cities import catalogue, dashboard, profile_city, services
from courses.cities.models import AssessmentAnswer, City, CityMembership, CityRequest, PathwayAdjustment
from courses.progress.panels import LEARNER_DASHBOARD_PANELS
from lms.accounts.form_extensions import ACCOUNT_FORM_EXTENSIONS


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    menu_label = _("Cities")
    list_display = ["name_en", "name_ar", "name_fr", "country", "region_en", "kind", "context"]
    list_filter = ["country", "kind", "context"]
    search_fields = ["name_ar", "name_en", "name_fr", "region_ar", "region_en", "region_fr"]
    search_backend_name = None
    ordering = ["country", "name_en"]


class CityMembershipViewSet(SnippetViewSet):
    model = CityMembership
    icon = "group"
    menu_label = _("City teams")
    list_display = ["user", "city", "role", "is_lead", "joined_at"]
    list_filter = ["city", "role", "is_lead"]
    search_fields = ["user__email", "user__full_name", "city__name_en", "city__name_ar", "city__name_fr"]
    search_backend_name = None


class CityRequestViewSet(SnippetViewSet):
    model = CityRequest
    icon = "help"
    menu_label = _("City requests")
    list_display = ["name", "country", "user", "status", "resolved_city", "created_at"]
    list_filter = ["status", "country"]
    search_fields = ["name", "user__email"]
    search_backend_name = None


class PathwayAdjustmentViewSet(SnippetViewSet):
    model = PathwayAdjustment
    icon = "pick"
    menu_label = _("Pathway adjustments")
    list_display = ["city", "page", "action", "created_by", "created_at"]
    list_filter = ["city", "action"]
    search_backend_name = None


class CitiesGroup(SnippetViewSetGroup):
    items = (CityViewSet, CityMembershipViewSet, CityRequestViewSet, PathwayAdjustmentViewSet)
    menu_icon = "site"
    menu_label = _("Cities")
    menu_name = "cities"
    menu_order = 265


register_snippet(CitiesGroup)


@hooks.register("after_edit_snippet")
def link_learner_when_city_chosen(request, instance):
    """Choosing the city on an open request links the learner to it (the service does the work)."""
    if isinstance(instance, CityRequest) and instance.resolved_city_id and instance.status == "open":
        services.resolve_city_request(city_request=instance, city=instance.resolved_city)


@hooks.register("export_personal_data")
def export_cities(user):
    membership = CityMembership.objects.filter(user=user).select_related("city").first()
    return "cities", {
        "city": (
            {"city": membership.city.name_en, "role": membership.role, "is_lead": membership.is_lead}
            if membership
            else None
        ),
        "city_requests": list(CityRequest.objects.filter(user=user).values("name", "country", "status", "created_at")),
        "assessment_answers": list(
            AssessmentAnswer.objects.filter(user=user).values(
                "assessment__city__name_en", "assessment__created_at", "question_id", "value"
            )
        ),
    }


@hooks.register("after_create_snippet")
def record_who_adjusted(request, instance):
    """An adjustment made in the admin records its author, as one made on the trainer pages does."""
    if isinstance(instance, PathwayAdjustment) and instance.created_by_id is None:
        PathwayAdjustment.objects.filter(pk=instance.pk).update(created_by=request.user)


@hooks.register(LEARNER_DASHBOARD_PANELS)
def recommended_for_your_city(request):
    """The top of the learner's city pathway, with the reasons and their progress; nothing without a city."""
    panel = dashboard.recommended(user=request.user, language=Locale.get_active().language_code)
    if panel is None:
        return None
    return render_to_string("cities/includes/dashboard_panel.html", {"panel": panel}, request=request)


@hooks.register(CATALOGUE_COURSE_MARKS)
def recommended_in_the_catalogue(request, courses):
    """A "Recommended for your city" badge on the courses of the learner's city pathway, with the reasons."""
    return catalogue.course_marks(request, courses)


# The city list and "My city is not listed" on the profile and sign-up forms.
hooks.register(ACCOUNT_FORM_EXTENSIONS, profile_city.account_form_extension)
