"""Template access to what a certificate prints: its course title per language and its names per half."""

from django import template

from courses.certificates import names

register = template.Library()


@register.filter
def course_title_in(certificate, language: str) -> str:
    return certificate.course_title(language)


@register.simple_tag
def printed_names(certificate) -> names.PrintedNames:
    """The names this certificate prints on its Arabic and its other half."""
    return names.for_certificate(certificate)
