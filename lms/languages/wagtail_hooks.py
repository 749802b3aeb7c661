"""Admin hooks for languages: the translation editor types in the target language's direction."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def translation_direction_js():
    # A file, not an inline script (lms/security/admin_policy.py); it acts only on the translation editor.
    return format_html('<script src="{}" defer></script>', static("js/admin-translation-direction.js"))
