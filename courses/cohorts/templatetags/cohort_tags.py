"""Template access to cohorts for shared templates: the account menu asks, cohorts answer."""

from django import template

from courses.cohorts import access

register = template.Library()


@register.inclusion_tag("cohorts/includes/trainer_menu_item.html", takes_context=True)
def trainer_menu_item(context):
    """A link to the trainer dashboard, for trainers of a cohort, programme managers and superusers."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    return {"show": user is not None and access.can_use_trainer_area(user)}
