"""Template access to cohorts for shared templates: the account menu asks, cohorts answer."""

from django import template

from courses.cohorts import access

register = template.Library()


@register.inclusion_tag("cohorts/includes/trainer_menu_item.html", takes_context=True)
def trainer_menu_item(context):
    """The account menu's cohort links: "My cohorts" for members of a cohort (where they can leave it),
    and the trainer dashboard for trainers, programme managers and superusers (from the cache: no query)."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    show, member = access.menu_roles(user) if user is not None else (False, False)
    return {"show": show, "member": member}
