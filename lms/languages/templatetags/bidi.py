"""Template filters that isolate inserted values (lms/languages/bidi.py says why).

``{{ value|bdi }}`` in HTML, ``{{ value|isolate }}`` in plain text (e-mails, message templates), both
usable in ``{% blocktranslate with name=user.full_name|bdi %}``: the message id does not change.
``{{ message|isolates_to_html }}`` shows a flash message's isolated values as ``<bdi>`` elements.
"""

from django import template

from lms.languages import bidi as _bidi

register = template.Library()

register.filter("isolate", _bidi.isolate, is_safe=True)  # adds no markup: a safe value stays safe
register.filter("bdi", _bidi.bdi)
register.filter("isolates_to_html", _bidi.isolates_to_html)
