"""``{% course_page_panels page %}`` and ``{% module_page_panels page %}``: fragments other apps add to a page
(courses.page_panels)."""

from django import template

from courses.page_panels import COURSE_PAGE_PANELS, MODULE_PAGE_PANELS, render_panels

register = template.Library()


@register.simple_tag(takes_context=True)
def course_page_panels(context, page):
    return render_panels(COURSE_PAGE_PANELS, context.get("request"), page)


@register.simple_tag(takes_context=True)
def module_page_panels(context, page):
    return render_panels(MODULE_PAGE_PANELS, context.get("request"), page)
