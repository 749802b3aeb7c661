from django import template

from lms.languages.switcher import language_links

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    links = language_links(request, context.get("page")) if request else []
    return {"links": links}
