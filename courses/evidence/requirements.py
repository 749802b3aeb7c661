"""The final check before the certificate, as a course completion requirement (courses.progress.completion).

A course that has a knowledge check completes only once the learner has taken its final check or chosen to
skip it (a ``CheckSkip`` of the post phase): the score never matters, only that the learner was asked
before the certificate. Courses without a check are not concerned. A completion already recorded is never
taken back: progress only ever fills an empty ``completed_at``, so learners who completed before this rule
keep their completion and certificate.

Two queries whatever the number of learners and courses (one when none of the courses has a check).
"""

from __future__ import annotations

from django.db.models import Value
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.evidence.models import CheckAttempt, CheckSkip, KnowledgeCheck, Phase
from courses.progress.completion import MissingRequirement


def final_check_done(*, users, courses):
    keys = {course.translation_key for course in courses}
    with_check = set(
        KnowledgeCheck.objects.filter(course__translation_key__in=keys).values_list(
            "course__translation_key", flat=True
        )
    )
    if not with_check:
        return {}
    user_ids = [user.pk for user in users]
    taken = CheckAttempt.objects.filter(user_id__in=user_ids, course_key__in=with_check, phase=Phase.POST)
    skipped = CheckSkip.objects.filter(user_id__in=user_ids, course_key__in=with_check, phase=Phase.POST)
    # One query: the final checks taken and skipped (no ordering: a compound statement allows none inside).
    both = (
        taken.order_by()
        .values_list("user_id", "course_key", Value("taken"))
        .union(skipped.order_by().values_list("user_id", "course_key", Value("skipped")))
        .order_by()
    )
    done = {(user_id, course_key) for user_id, course_key, _kind in both}
    missing = {}
    for course in courses:
        if course.translation_key not in with_check:
            continue
        url = reverse("evidence_check", args=[course.pk, Phase.POST])
        for user in users:
            if (user.pk, course.translation_key) in done:
                continue
            missing[(user.pk, course.translation_key)] = MissingRequirement(
                text=_("Take the final check after the last lesson, or skip it (it counts towards nothing)."),
                url=url,
                link_text=_("Go to the final check"),
            )
    return missing
