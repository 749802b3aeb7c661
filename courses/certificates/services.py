"""Writes for certificates: issue (exactly once per learner and course), revoke, re-issue.

`issue_for_completion` is called by courses.progress when a course's completion rule is met,
on the server only. Rendering the PDF is a task: immediate in development, a worker in
production. A PDF exists only while its certificate is current and has an owner: revoking,
re-issuing and deleting the account delete it (the record stays, verifiable by its code).
The names printed are decided by ``names`` (the full name from sign-up when no other was given).
"""

from __future__ import annotations

import calendar
import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.certificates import names
from courses.certificates.codes import new_code
from courses.certificates.design import current_design, issuer_snapshot
from courses.certificates.models import Certificate, CertificateEvent, CertificateEventAction
from courses.models import CoursePage
from courses.progress.models import Enrolment
from lms import site_url
from lms.accounts.models import User


class CertificateError(Exception):
    """A certificate action that cannot be done; the message is shown to the person."""


def _course_titles(course: CoursePage) -> dict[str, str]:
    titles = {
        page.locale.language_code: page.title
        for page in course.get_translations(inclusive=True).live().select_related("locale")
    }
    return titles or {course.locale.language_code: course.title}


def add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _new_certificate(*, user: User, course: CoursePage) -> Certificate:
    issued_on = timezone.localdate()
    months = course.certificate_validity_months
    recipient = names.script_names(user)
    return Certificate(
        code=new_code(),
        user=user,
        course_key=course.translation_key,
        recipient_name_latin=recipient.latin,
        recipient_name_arabic=recipient.arabic,
        course_titles=_course_titles(course),
        second_language=names.second_language(user),
        issued_on=issued_on,
        expires_on=add_months(issued_on, months) if months else None,
        issuer=issuer_snapshot(current_design()),
    )


def _render_later(certificate: Certificate) -> None:
    from courses.certificates.tasks import render_certificate_pdf

    base_url = site_url.base_url()  # the worker has no request: it gets the host this one came to
    transaction.on_commit(lambda: render_certificate_pdf.enqueue(certificate.pk, base_url=base_url))


def _discard_pdfs(certificates) -> None:
    """Forget these certificates' PDFs now; delete the files once the transaction commits (never before)."""
    names = list(certificates.exclude(pdf="").values_list("pdf", flat=True))
    if not names:
        return
    certificates.update(pdf="")
    transaction.on_commit(lambda: _delete_files(names))


def _delete_files(names: list[str]) -> None:
    storage = Certificate._meta.get_field("pdf").storage
    for name in names:
        storage.delete(name)


def discard_pdfs_of(*, user: User) -> None:
    """The owner is deleting the account: their PDFs (which print their name) go with it."""
    _discard_pdfs(Certificate.objects.for_user(user))


def current_certificate(*, user: User, course_key) -> Certificate | None:
    return Certificate.objects.current().filter(user=user, course_key=course_key).first()


def issue_for_completion(*, user: User, course: CoursePage, actor: User | None = None) -> Certificate | None:
    """Issue the learner's certificate for a completed course, once; a retry returns the same one.

    Nothing is issued when the course awards none, when the course is not completed on the
    server, or while the learner has no name for the certificate (they can claim it later).
    """
    if not course.awards_certificate or names.printed_names(user).is_empty:
        return None
    if not Enrolment.objects.filter(user=user, course_key=course.translation_key, completed_at__isnull=False).exists():
        return None
    existing = current_certificate(user=user, course_key=course.translation_key)
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            certificate = _new_certificate(user=user, course=course)
            certificate.save()
            CertificateEvent.objects.create(certificate=certificate, action=CertificateEventAction.ISSUED, actor=actor)
    except IntegrityError:
        # Issued by a concurrent request a moment ago: that one is the certificate.
        return current_certificate(user=user, course_key=course.translation_key)
    _render_later(certificate)
    return certificate


def claim(*, user: User, course: CoursePage, given: names.ScriptNames | None = None) -> Certificate:
    """A learner asks for the certificate of a course they completed; asking twice gives the same one.

    ``given`` is the name the learner types where they ask, when they had none: it is kept on their
    profile only if the certificate is issued (one transaction), so a refusal stores nothing.
    """
    fields = ["certificate_name_latin", "certificate_name_arabic"]
    try:
        with transaction.atomic():
            if given is not None and names.printed_names(user).is_empty:
                user.certificate_name_latin, user.certificate_name_arabic = given.latin, given.arabic
                user.save(update_fields=fields)
            if names.printed_names(user).is_empty:
                raise CertificateError(_("Add the name to print on your certificate in your profile first."))
            certificate = issue_for_completion(user=user, course=course, actor=user)
            if certificate is None:
                raise CertificateError(_("This course has not been completed, or it does not award a certificate."))
    except CertificateError:
        user.refresh_from_db(fields=fields)  # the request's user object forgets the name it was not given
        raise
    return certificate


def revoke(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    reason = reason.strip()
    if not reason:
        raise CertificateError(_("Give a reason for the revocation."))
    with transaction.atomic():
        updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now(), revoked_reason=reason
        )
        if updated:
            CertificateEvent.objects.create(
                certificate=certificate, action=CertificateEventAction.REVOKED, actor=actor, reason=reason
            )
            _discard_pdfs(Certificate.objects.filter(pk=certificate.pk))
    certificate.refresh_from_db()
    return certificate


def reissue(*, certificate: Certificate, actor: User, reason: str = "") -> Certificate:
    """A new certificate with today's names and design; the old one points to it as superseded."""
    if certificate.superseded_by_id:
        raise CertificateError(_("This certificate has already been replaced."))
    if certificate.revoked_at:
        raise CertificateError(_("A revoked certificate cannot be re-issued."))
    if certificate.user is None or names.printed_names(certificate.user).is_empty:
        raise CertificateError(_("Add the name to print on your certificate in your profile first."))
    course = CoursePage.objects.filter(translation_key=certificate.course_key).first()
    if course is None:
        raise CertificateError(_("The course of this certificate no longer exists."))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.superseded_by_id:
            return locked.superseded_by
        # Free the "one current certificate" slot first, then fill it with the new one.
        Certificate.objects.filter(pk=locked.pk).update(superseded_by=locked)
        replacement = _new_certificate(user=certificate.user, course=course)
        replacement.issued_on = timezone.localdate()
        replacement.save()
        Certificate.objects.filter(pk=locked.pk).update(superseded_by=replacement)
        _discard_pdfs(Certificate.objects.filter(pk=locked.pk))
        CertificateEvent.objects.create(
            certificate=locked, action=CertificateEventAction.REISSUED, actor=actor, reason=reason
        )
        CertificateEvent.objects.create(
            certificate=replacement, action=CertificateEventAction.ISSUED, actor=actor, reason=reason
        )
    _render_later(replacement)
    return replacement
