"""``{% progress_bar id label percent %}``: a labelled ``<progress>`` with its percentage in words.

Built in Python rather than included: a lesson page shows two and the dashboard one per course, and an
``{% include %}`` copies the whole context each time.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag
def progress_bar(element_id: str, label: str, percent: int) -> SafeString:
    return format_html(
        '<div class="progress"><span class="progress__label" id="{id}">{label}</span>'
        '<progress max="100" value="{percent}" aria-labelledby="{id}">{percent}%</progress>'
        '<span class="progress__value">{percent}%</span></div>',
        id=element_id,
        label=label,
        percent=percent,
    )
