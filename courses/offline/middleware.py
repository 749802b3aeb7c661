"""Answers made offline, replayed later: the ordinary learner endpoints, with a reply the queue can read.

The browser keeps a form post or an H5P result made without a connection and sends it again later with
the header ``X-Offline-Replay``. The learner endpoints stay as they are (they redirect and leave a message
for the next page); for a replay this middleware turns their answer into JSON:

- ``{"status": "sent"}`` when the write was taken (with the message the page would have shown);
- ``{"status": "refused", "message": …}`` when the endpoint said no (an error message, a 4xx): the queue
  shows the reason to the learner and drops the answer;
- ``{"status": "retry"}`` when it could not be taken now (signed out, throttled, a server error): the
  answer stays queued.

Messages of a replay are consumed here, so they do not show up later on an unrelated page. Signing out
also clears what the browser keeps for the site (``Clear-Site-Data``), after offline.js has warned about
answers that have not been sent yet.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse

REPLAY_HEADER = "HTTP_X_OFFLINE_REPLAY"
RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}


class OfflineReplayMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.method == "POST"
            and request.path == reverse("account_logout")
            and response.status_code in (200, 302)
        ):
            response["Clear-Site-Data"] = '"cache", "storage"'
        if request.method in ("POST", "PUT") and request.META.get(REPLAY_HEADER):
            return self._replay_answer(request, response)
        return response

    def _replay_answer(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        queued = [(message.level, str(message)) for message in messages.get_messages(request)]
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return JsonResponse({"status": "retry"})
        status = response.status_code
        if status in RETRY_STATUSES:
            return JsonResponse({"status": "retry"})
        errors = [text for level, text in queued if level >= messages.ERROR]
        if status >= 400 or errors:
            return JsonResponse({"status": "refused", "message": errors[0] if errors else _error_of(response)})
        told = [text for level, text in queued if level < messages.ERROR]
        return JsonResponse({"status": "sent", "message": told[-1] if told else ""})


def _error_of(response: HttpResponse) -> str:
    from django.utils.translation import gettext as _

    if response.get("Content-Type", "").startswith("application/json"):
        try:
            return str(json.loads(response.content).get("error", ""))
        except (ValueError, AttributeError):
            pass
    return _("This answer could not be recorded.")
