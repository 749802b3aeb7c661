"""Demo practices shared by cities: one practice from Irbid, written in Arabic, waiting for the moderators.

The texts are in ``home/demo/data/practices.json`` (for translators); each practice is shared through
``courses.practices.services`` as a learner would share it, with a submission key derived from its key,
so loading twice shares nothing new.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from courses.practices import services
from home.demo.cities import stable_id
from lms.accounts.models import User

DATA = Path(__file__).parent / "data" / "practices.json"
FIELDS = ("title", "summary", "goal", "approach", "impact", "challenges", "lessons_learned", "city", "country")


def load_demo_practices() -> int:
    """The demo's practices in moderation; returns how many there are."""
    practices = json.loads(DATA.read_text(encoding="utf-8"))["practices"]
    users = {user.email: user for user in User.objects.filter(email__in=[item["submitter"] for item in practices])}
    count = 0
    for item in practices:
        user = users.get(item["submitter"])
        if user is None:
            continue
        data = services.PracticeData(
            **{name: item[name] for name in FIELDS}, themes=tuple(item["themes"]), credit=item["credit"]
        )
        services.submit_practice(
            user=user,
            data=data,
            language=item["language"],
            submission_key=uuid.UUID(stable_id("practice", item["key"])),
        )
        count += 1
    return count
