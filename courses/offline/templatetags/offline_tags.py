"""``{% offline_head %}``: the app manifest, and for signed-in learners the offline script with its words.

The script is small and deferred; its words come translated from here, so that the pages and the queue
speak the reader's language without a JavaScript catalogue.
"""

import json

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.formats import get_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from courses.offline.identity import offline_key

register = template.Library()


def _words() -> dict[str, str]:
    return {
        "download": _("Download for offline use (%(size)s)"),
        "start": _("Download (%(size)s)"),
        "sizes": _("Text, images and activities: %(size)s. Videos are left out unless you choose them."),
        "documents": _("Documents (%(size)s)"),
        "videos": _("Videos (%(size)s)"),
        "progress": _("%(done)s of %(total)s files"),
        "kept": _("Available offline (%(size)s), downloaded %(date)s."),
        "update": _("Update available (%(size)s)"),
        "updateShort": _("Update available"),
        "keptShort": _("Available offline"),
        "updated": _("The download is up to date."),
        "failed": _("The download stopped: the connection was lost. Nothing was kept; try again when you are online."),
        "full": _("This phone has no room left for the download. Remove other downloads or files and try again."),
        "removed": _("The download was removed from this phone."),
        "remove": _("Remove"),
        "waiting": _("Answers waiting to be sent: %(count)s. They will be sent when you are back online."),
        "sentNote": _("Sent"),
        "refusedNote": _("Not recorded: %(reason)s"),
        "waitingNote": _("Waiting to be sent"),
        "dismiss": _("Dismiss"),
        "saveData": _("Data saver is on: nothing is downloaded unless you ask."),
        "logoutWarning": _(
            "Answers waiting to be sent: %(count)s. Logging out deletes them and the downloaded courses from "
            "this phone. Connect to send them first."
        ),
        "logoutAnyway": _("Log out and delete them"),
        "total": _("Kept on this phone: %(size)s"),
        "kb": _("%s KB"),
        "mb": _("%s MB"),
        "decimal": str(get_format("DECIMAL_SEPARATOR")),
        "kinds": {
            "complete": _("Lesson marked as completed"),
            "quizzes": _("Quiz answers"),
            "reflections": _("Note"),
            "statements": _("Activity result"),
            "state": _("Activity progress"),
        },
    }


@register.simple_tag(takes_context=True)
def offline_head(context, anonymous: bool = False) -> str:
    request = context.get("request")
    user = getattr(request, "user", None)
    manifest = format_html('<link rel="manifest" href="{}">', reverse("offline_manifest"))
    if not anonymous and not getattr(user, "is_authenticated", False):
        # Visitors have nothing to download or send: only the worker's registration (a few hundred bytes).
        return manifest + format_html(
            '<script src="{}" data-worker="{}" defer></script>',
            static("js/offline-register.js"),
            reverse("offline_service_worker"),
        )
    config = {
        # The offline page is the same for everyone: it must not tell the worker who is signed in.
        "user": None if anonymous else offline_key(user),
        "worker": reverse("offline_service_worker"),
        "storage": reverse("offline_storage"),
        "dashboard": reverse("my_learning"),
        "versions": reverse("offline_versions"),
        "dataSaver": bool(getattr(user, "data_saver", False)) and not anonymous,
        "words": _words(),
    }
    # Written as UTF-8 rather than \u escapes (json_script's way), which would triple an Arabic page's cost.
    data = json.dumps(config, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return manifest + format_html(
        '<script id="offline-config" type="application/json">{}</script>'
        '<script src="{}" defer></script><script src="{}" defer></script>',
        mark_safe(data),  # noqa: S308  (escaped for a script element above)
        static("js/offline-store.js"),
        static("js/offline.js"),
    )


_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
