"""The base template asks whether to show Wagtail's user bar without a database query for learners."""

from django import template
from wagtail.models import Page

from lms.accounts.admin_access import opens_admin as _opens_admin

register = template.Library()


@register.filter
def opens_admin(user) -> bool:
    return _opens_admin(user)


@register.filter
def is_site_page(value) -> bool:
    """A Wagtail page of the site: other views name their own objects ``page`` too (a city's dashboard, a
    paginator's page), and the user bar has nothing to edit there."""
    return isinstance(value, Page)
