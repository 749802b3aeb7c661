from django import template

from lms.languages.calendar import format_date
from lms.languages.lists import join_list
from lms.languages.switcher import language_links

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    links = language_links(request, context.get("page")) if request else []
    return {"links": links}


@register.filter(expects_localtime=True, is_safe=False)
def local_date(value, format_name="DATE_FORMAT"):
    """Django's ``date`` filter with the reader's month names (lms/languages/calendar.py)."""
    try:
        return format_date(value, format_name)
    except (AttributeError, TypeError, ValueError):
        return ""


@register.filter
def list_join(items):
    """Items joined with the language's comma: "الرباط، المغرب", "Rabat, Maroc"."""
    return join_list(items)
