"""Demo feedback on the guides: answers of demo learners from Rabat, Irbid and Zarqa under the Foundation
course's modules, in Arabic, English and French, read from ``home/demo/data/guide_feedback.json``.

The first module has six answers, so the editors' report shows names there; the others have fewer than
five, so it hides them. Answers go through ``services.submit_answer`` (the city is copied as for a real
answer) and are then moved back to the day the data gives. Loading twice creates nothing new. Run after the
demo accounts, cohorts, evidence (the Zarqa learners) and city teams.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from courses.guide_feedback import services
from courses.guide_feedback.models import GuideFeedback
from courses.models import CoursePage, ModulePage
from lms.accounts.models import User

DATA = Path(__file__).parent / "data" / "guide_feedback.json"


def _module(course_slug: str, module_slug: str, language: str) -> ModulePage | None:
    course = CoursePage.objects.filter(slug=course_slug, locale__language_code=language).first()
    if course is None:
        return None
    return ModulePage.objects.child_of(course).filter(slug=module_slug, source_guidebook__isnull=False).first()


def load_demo_guide_feedback() -> int:
    """Returns the answers made; 0 the second time."""
    answers = json.loads(DATA.read_text(encoding="utf-8"))["answers"]
    users = {user.email: user for user in User.objects.filter(email__in=[row["email"] for row in answers])}
    made = 0
    now = timezone.now()
    for row in answers:
        user = users.get(row["email"])
        module = _module(row["course"], row["module"], row["language"])
        if user is None or module is None:
            continue
        if GuideFeedback.objects.of_user(user).for_module(module.translation_key).exists():
            continue
        feedback, _created = services.submit_answer(
            user=user,
            module=module,
            language=row["language"],
            rating=row["rating"],
            comment=row["comment"],
            missing=row["missing"],
        )
        moment = now - timedelta(days=row["days_ago"])
        GuideFeedback.objects.filter(pk=feedback.pk).update(created_at=moment, answered_at=moment)
        made += 1
    return made
