"""The base template asks whether to show Wagtail's user bar without a database query for learners."""

from django import template

from lms.accounts.admin_access import opens_admin as _opens_admin

register = template.Library()


@register.filter
def opens_admin(user) -> bool:
    return _opens_admin(user)
