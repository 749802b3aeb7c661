"""Reads for certificates: a learner's certificates, completed courses still waiting for one,
the preview of the names a certificate would print, and certificate status per learner for trainers' reports."""

from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from courses.certificates import names
from courses.certificates.design import current_design
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


@dataclass(frozen=True)
class PreviewHalf:
    language: str
    direction: str
    lead: str  # the words before the name, in this half's language
    name: str
    script: str  # "arabic" or "latin": the name's own typeface


@dataclass(frozen=True)
class NamePreview:
    """The name lines of both halves, as a certificate issued now would print them; Arabic half first."""

    halves: tuple[PreviewHalf, PreviewHalf]
    is_empty: bool
    from_full_name: bool  # no name given for certificates: the full name from sign-up stands in
    one_script: bool  # a name in one script only, printed on both halves


def name_preview(user) -> NamePreview:
    """What the learner's next certificate would print on each half. Two queries (the current design)."""
    known = names.script_names(user)
    printed = names.halves(known)
    design = current_design()
    arabic, other = (
        PreviewHalf(
            language=language,
            direction="rtl" if language == "ar" else "ltr",
            lead=getattr(design, f"lead_{language}"),
            name=name,
            script="arabic" if names.has_arabic_letter(name) else "latin",
        )
        for language, name in (("ar", printed.arabic_half), (names.second_language(user), printed.latin_half))
    )
    return NamePreview(
        halves=(arabic, other),
        is_empty=printed.is_empty,
        from_full_name=known.from_full_name,
        one_script=not printed.is_empty and printed.is_same_on_both,
    )


@dataclass(frozen=True)
class CertificateRequest:
    """The page where a learner asks for a course's certificate."""

    course: CoursePage
    completed: bool
    preview: NamePreview


def certificate_request(user, course: CoursePage) -> CertificateRequest:
    completed = Enrolment.objects.filter(
        user=user, course_key=course.translation_key, completed_at__isnull=False
    ).exists()
    return CertificateRequest(course=course, completed=completed, preview=name_preview(user))


def current_certificates(user, course_keys: Iterable[UUID]) -> dict[UUID, Certificate]:
    """The learner's current certificate for each of these courses, in one query."""
    certificates = Certificate.objects.for_user(user).current().filter(course_key__in=list(course_keys))
    return {certificate.course_key: certificate for certificate in certificates}


def certificates_by_learner(
    *, user_ids: Iterable[int], course_keys: Iterable[UUID]
) -> dict[tuple[int, UUID], Certificate]:
    """The current certificate of each (learner, course) pair, in one query."""
    # user_ids may be a subquery: it stays one query.
    certificates = Certificate.objects.current().filter(user_id__in=user_ids, course_key__in=list(course_keys))
    return {(certificate.user_id, certificate.course_key): certificate for certificate in certificates}
