"""Where a learner stuck at an account step (a reset or confirmation mail that never comes) can write.

The academy's only configured address is the sender of its mails (``DEFAULT_FROM_EMAIL``): the pages
that say "write to us" link to it, so the sentence is never a dead end. An address no mail program can
reach (the development default ``academy@localhost``) gives nothing, and the pages leave the sentence out.
"""

from email.utils import parseaddr

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString

register = template.Library()


def contact_address() -> str:
    """The address part of ``DEFAULT_FROM_EMAIL`` ("Academy <a@b.org>" → "a@b.org"), or ""."""
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    _local, _at, domain = address.rpartition("@")
    return address if _local and "." in domain else ""


@register.simple_tag
def contact_link() -> SafeString | str:
    """A mailto: link to the contact address, isolated left to right inside an Arabic sentence; "" without one."""
    address = contact_address()
    if not address:
        return ""
    return format_html('<a href="mailto:{0}"><bdi dir="ltr">{0}</bdi></a>', address)
