"""``{% course_page_panels page %}``: the fragments other apps add to a course page (courses.page_panels)."""

from django import template

from courses.page_panels import COURSE_PAGE_PANELS, render_panels

register = template.Library()


@register.simple_tag(takes_context=True)
def course_page_panels(context, page):
    return render_panels(COURSE_PAGE_PANELS, context.get("request"), page)
