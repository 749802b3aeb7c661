"""Reads for certificates: a learner's certificates, completed courses still waiting for one,
and certificate status per learner for trainers' reports."""

from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from courses.certificates.models import Certificate
from courses.models import CoursePage
from courses.progress.models import Enrolment


@dataclass(frozen=True)
class ClaimableCourse:
    course: CoursePage


def my_certificates(user) -> list[Certificate]:
    return list(Certificate.objects.for_user(user).current().order_by("-issued_on", "-pk"))


def claimable_courses(user, locale) -> list[ClaimableCourse]:
    """Completed courses that award a certificate but have none yet (the learner had no name then)."""
    completed = set(
        Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list("course_key", flat=True)
    )
    if not completed:
        return []
    issued = set(Certificate.objects.for_user(user).current().values_list("course_key", flat=True))
    waiting = completed - issued
    courses = CoursePage.objects.live().filter(translation_key__in=waiting, locale=locale, awards_certificate=True)
    return [ClaimableCourse(course=course) for course in courses]


def certificates_by_learner(
    *, user_ids: Iterable[int], course_keys: Iterable[UUID]
) -> dict[tuple[int, UUID], Certificate]:
    """The current certificate of each (learner, course) pair, in one query."""
    # user_ids may be a subquery: it stays one query.
    certificates = Certificate.objects.current().filter(user_id__in=user_ids, course_key__in=list(course_keys))
    return {(certificate.user_id, certificate.course_key): certificate for certificate in certificates}
