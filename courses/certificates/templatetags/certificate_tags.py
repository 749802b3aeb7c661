from django import template

register = template.Library()


@register.filter
def course_title_in(certificate, language: str) -> str:
    return certificate.course_title(language)
