"""H5P writes: unpacking checked packages into storage, removing them, and learners' statements and state.

Unpacking goes through Django's storage API only (local folders or S3-compatible buckets alike),
into the private storage, which has no URL (the signed content view serves the files), and runs
in a task. Statement and state writes take the learner from the session, never from the request
body, and are safe to retry.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.h5p import external_media, xapi
from courses.h5p.models import H5PPackage, H5PState, H5PStatement, PackageStatus
from courses.h5p.package import CheckedPackage, PackageRejected, check_package
from courses.models import LessonPage
from courses.progress import activities
from courses.progress import services as progress
from courses.progress.selectors import course_of
from lms.accounts.models import User
from lms.private_storage import private_storage

logger = logging.getLogger(__name__)

MAX_STATE_BYTES = 256 * 1024
# What one stored statement may weigh, envelope included. H5P's largest (a question set's answers) are a few KB.
MAX_STATEMENT_BYTES = 64 * 1024


class ActivityError(progress.LearnerError):
    pass


class StatementConflict(ActivityError):
    pass


class InvalidStatement(ActivityError):
    pass


class StatementTooLarge(ActivityError):
    pass


class TooManyStatements(ActivityError):
    pass


class StateConflict(ActivityError):
    """A write without If-Match over a state that exists: the writer has not seen it (xAPI answers 409)."""


class StateChanged(ActivityError):
    """If-Match (or If-None-Match) does not hold: the state changed since the writer read it (412)."""


def _apply_check(package: H5PPackage, checked: CheckedPackage, *, file_size: int) -> None:
    """Copy what the checker found onto the (unsaved) package."""
    package.main_library = checked.main_library
    package.main_version = checked.main_version
    package.libraries = checked.libraries
    package.language = checked.language
    package.unpacked_size = checked.uncompressed_size
    package.file_count = len(checked.files)
    package.file_size = file_size
    if not package.title:
        package.title = checked.title or checked.main_library


def _write_files(prefix: str, files: dict[str, bytes]) -> None:
    storage = private_storage()
    for name, data in files.items():
        path = f"{prefix}/{name}"
        saved = storage.save(path, ContentFile(data))
        if saved != path:
            # The folder is new for every upload, so a clash means someone else wrote there.
            raise RuntimeError(f"Storage renamed {path} to {saved}.")


def remove_tree(prefix: str, *, storage: Storage | None = None) -> None:
    """Delete a folder and everything under it, through the storage API (no os.walk: S3 has no folders)."""
    storage = storage or private_storage()
    try:
        folders, files = storage.listdir(prefix)
    except FileNotFoundError:
        return
    for name in files:
        storage.delete(f"{prefix}/{name}")
    for folder in folders:
        remove_tree(f"{prefix}/{folder}", storage=storage)
    with contextlib.suppress(OSError):
        storage.delete(prefix)


def unpack(package: H5PPackage) -> H5PPackage:
    """Check the stored archive again and write its files under the package's content folder."""
    try:
        with package.file.open("rb") as archive:
            checked = check_package(archive.read())
        remove_tree(package.content_prefix)
        _write_files(package.content_prefix, checked.files)
        external_media.record_content_facts(package, checked.files)
    except (PackageRejected, OSError, RuntimeError) as error:
        logger.exception("H5P package %s could not be unpacked", package.pk)
        remove_tree(package.content_prefix)
        return _set_status(package, PackageStatus.FAILED, str(error)[:2000])
    return _set_status(package, PackageStatus.READY, "")


def _set_status(package: H5PPackage, status: str, error: str) -> H5PPackage:
    # A save of those two fields, not a queryset update: a save is what tells the page cache (which keeps
    # chosen packages with the lessons showing them) that lessons now show this package differently.
    package.status, package.error = status, error
    package.save(update_fields=["status", "error"])
    return package


def schedule_unpack(package: H5PPackage) -> None:
    from courses.h5p.tasks import unpack_package

    transaction.on_commit(lambda: unpack_package.enqueue(package.pk))


def _give_new_folder(package: H5PPackage) -> None:
    """A replaced archive unpacks into a new folder, so the player never sees a half-written one."""
    package.folder = uuid.uuid4()
    package.status = PackageStatus.PROCESSING
    package.error = ""


def store_checked_package(
    package: H5PPackage,
    checked: CheckedPackage,
    *,
    file_size: int,
    replaces: tuple[str, str] | None = None,
    uploaded_by: User | None = None,
    unpack_now: bool = False,
) -> H5PPackage:
    """Save a package whose new archive (already set on ``package.file``) passed the checker, and unpack it.

    ``replaces`` names the content folder and archive of the package's previous upload: they are
    deleted once the new ones are committed. Unpacking is a task, or runs at once with ``unpack_now``
    (the demo loader); a package that then fails to unpack keeps its previous files.
    """
    if replaces is not None:
        _give_new_folder(package)
    _apply_check(package, checked, file_size=file_size)
    package.uploaded_by = uploaded_by
    package.save()
    if unpack_now:
        if not unpack(package).is_ready:
            return package
    else:
        schedule_unpack(package)
    if replaces is not None:
        schedule_delete_files(*replaces)
    return package


def delete_files(content_prefix: str, file_name: str) -> None:
    remove_tree(content_prefix)
    if file_name:
        private_storage().delete(file_name)


def schedule_delete_files(content_prefix: str, file_name: str) -> None:
    transaction.on_commit(lambda: delete_files(content_prefix, file_name))


# Learners


@dataclass(frozen=True)
class StatementOutcome:
    created: bool
    passed: bool
    lesson_completed: bool
    course_completed: bool


def home_page() -> str:
    """The site's address, for xAPI account home pages and activity IRIs: the same whatever host was used."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def activity_iri(*, home_page: str, lesson_key, block_id: str) -> str:
    """A stable IRI of ours for one H5P block, the same in every language: statements are matched to it."""
    return f"{home_page.rstrip('/')}/h5p/activities/{lesson_key}/{block_id}"


def _block(lesson: LessonPage, block_id: str):
    block = activities.find_h5p_block(lesson.body, block_id)
    if block is None:
        raise progress.UnknownActivity(_("This activity no longer exists. Reload the lesson."))
    return block


def record_statement(*, user: User, lesson: LessonPage, block_id: str, statement: object, home_page: str):
    """Store one statement from the player for the logged-in learner, and pass the activity if it says so.

    The same statement id with the same body changes nothing; with a different body it is a conflict.
    """
    course = course_of(lesson)
    progress.require_enrolment(user, course)
    block = _block(lesson, block_id)
    iri = activity_iri(home_page=home_page, lesson_key=lesson.translation_key, block_id=block_id)
    now = timezone.now()
    try:
        reading = xapi.read(statement, activity_iri=iri, now=now)
    except xapi.InvalidStatement as error:
        raise InvalidStatement(_("This result could not be read: %(reason)s") % {"reason": error}) from error
    stored = xapi.as_stored(
        statement,
        reading=reading,
        actor=xapi.actor_for(user.pk, home_page),
        authority=xapi.authority_for(home_page),
        stored=now,
    )
    if xapi.stored_size(stored) > MAX_STATEMENT_BYTES:
        raise StatementTooLarge(
            _("This result is larger than %(limit)s KB and cannot be recorded.")
            % {"limit": MAX_STATEMENT_BYTES // 1024}
        )
    digest = xapi.body_hash(statement)
    existing = H5PStatement.objects.filter(statement_id=reading.statement_id).first()
    if existing is not None:
        return _repeat(existing, user=user, digest=digest)
    _check_daily_volume(user, now=now)
    try:
        with transaction.atomic():
            H5PStatement.objects.create(
                statement_id=reading.statement_id,
                user=user,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
                block_id=block_id,
                verb=reading.verb,
                top_level=reading.top_level,
                score=reading.score,
                body_hash=digest,
                statement=stored,
            )
    except IntegrityError:
        return _repeat(H5PStatement.objects.get(statement_id=reading.statement_id), user=user, digest=digest)
    if not reading.is_result or reading.score is None:
        # Only a scored result of the whole activity can pass it or improve the best score.
        return StatementOutcome(created=True, passed=False, lesson_completed=False, course_completed=False)
    passed = reading.passes(block["pass_mark"])
    result = progress.record_activity_result(
        user=user, lesson=lesson, block_id=block_id, score=reading.score, passed=passed
    )
    return StatementOutcome(
        created=True,
        passed=passed,
        lesson_completed=result.lesson_completed_now,
        course_completed=result.course_completed_now,
    )


def _check_daily_volume(user: User, *, now: datetime) -> None:
    """A learner stores at most H5P_STATEMENTS_PER_DAY statements in any 24 hours (a runaway or a script)."""
    limit = settings.H5P_STATEMENTS_PER_DAY
    if H5PStatement.objects.filter(user=user, stored_at__gt=now - timedelta(days=1)).count() >= limit:
        raise TooManyStatements(
            _("You have sent more than %(limit)s results today. New results are recorded again tomorrow.")
            % {"limit": limit}
        )


def _repeat(existing: H5PStatement, *, user: User, digest: str) -> StatementOutcome:
    if existing.user_id != user.pk or existing.body_hash != digest:
        raise StatementConflict(_("A different result was already recorded with this id."))
    return StatementOutcome(created=False, passed=False, lesson_completed=False, course_completed=False)


def state_etag(data: str) -> str:
    """The state's entity tag: a hash of its content, so it needs no column of its own (strong, quoted)."""
    return f'"{hashlib.sha256(data.encode()).hexdigest()}"'


def save_state(
    *,
    user: User,
    lesson: LessonPage,
    block_id: str,
    data: str,
    if_match: list[str] | None = None,
    if_none_match: list[str] | None = None,
) -> str:
    """Keep the player's resume state for this learner and block, under the xAPI State API's concurrency rules.

    ``if_match`` and ``if_none_match`` are the parsed headers (``["*"]`` or quoted tags). A write
    whose precondition fails raises StateChanged and changes nothing (412). A write without either
    header may create the state but not replace one that exists (StateConflict, xAPI's 409): the
    writer must read the state and its ETag first. Writing what is already stored succeeds whatever
    the headers, as RFC 9110 allows, so a retry after a lost response is harmless. Returns the new ETag.
    """
    progress.require_enrolment(user, course_of(lesson))
    _block(lesson, block_id)
    if len(data.encode()) > MAX_STATE_BYTES:
        raise InvalidStatement(_("This activity's saved state is too large to keep."))
    key = {"user": user, "lesson_key": lesson.translation_key, "block_id": block_id}
    current = H5PState.objects.filter(**key).values_list("pk", "data").first()
    etag = state_etag(data)
    if current is not None and current[1] == data:
        return etag
    changed = StateChanged(_("This activity was saved from another page or device since this page loaded it."))
    if current is None:
        if if_match is not None:
            raise changed  # If-Match names a state, and there is none
        try:
            with transaction.atomic():
                H5PState.objects.create(**key, data=data)
        except IntegrityError:
            raise changed from None  # created by another page in the meantime
        return etag
    pk, stored = current
    stored_etag = state_etag(stored)
    if if_none_match is not None and ("*" in if_none_match or stored_etag in if_none_match):
        raise changed
    if if_match is None:
        if if_none_match is None:
            raise StateConflict(
                _("This activity already has a saved state. Load it before saving over it (send If-Match).")
            )
    elif "*" not in if_match and stored_etag not in if_match:
        raise changed
    # Compare-and-set: only the state this check saw is replaced, whatever another request did meanwhile.
    if not H5PState.objects.filter(pk=pk, data=stored).update(data=data, updated_at=timezone.now()):
        raise changed
    return etag
