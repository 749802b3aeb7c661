"""Template access to the study-time wording of courses.durations: one formatter for every page."""

from django import template

from courses.durations import format_duration, hours_to_minutes

register = template.Library()


@register.filter
def duration(minutes):
    """{{ lesson.estimated_minutes|duration }} → "38 minutes", "1 hour and 15 minutes"."""
    return format_duration(minutes)


@register.filter
def hours_duration(hours):
    """{{ course.estimated_hours|hours_duration }}: an editor's estimate in hours, in the same words."""
    return format_duration(hours_to_minutes(hours))
