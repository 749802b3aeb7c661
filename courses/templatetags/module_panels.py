"""``{% module_page_panels page %}``: the fragments other apps add to a module page (courses.module_panels)."""

from django import template

from courses.module_panels import render_panels

register = template.Library()


@register.simple_tag(takes_context=True)
def module_page_panels(context, page):
    return render_panels(context.get("request"), page)
