"""``{% offline_head %}``: the app manifest, and for signed-in learners the offline script with its words.

The script is small and deferred; its words come translated from here, so that the pages and the queue
speak the reader's language without a JavaScript catalogue.
"""

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.formats import get_format
from django.utils.html import format_html, json_script
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
    # The offline page is the same for everyone: it must not tell the worker who is signed in.
    key = None if anonymous else offline_key(user)
    data_saver = bool(getattr(user, "data_saver", False)) and not anonymous
    config = {
        "user": key,
        "worker": reverse("offline_service_worker"),
        "storage": reverse("offline_storage"),
        "dashboard": reverse("my_learning"),
        "versions": reverse("offline_versions"),
        "dataSaver": data_saver,
        "words": _words(),
    }
    return format_html(
        '<link rel="manifest" href="{}">{}<script src="{}" defer></script><script src="{}" defer></script>',
        reverse("offline_manifest"),
        json_script(config, "offline-config"),
        static("js/offline-store.js"),
        static("js/offline.js"),
    )
