"""Translations go through the same moderation as any page.

wagtail-localize's translation editor replaces Wagtail's page editor for a translated page and
offers only "Publish", to those allowed to publish. Here an editor without that right saves the
current translations as a draft and submits it to the page's workflow ("Moderators approval",
courses/migrations/0002_editorial_groups.py); a moderator sees how much is still untranslated
before approving or publishing it. The admin hooks (courses/wagtail_hooks.py) and the admin
templates in courses/templates call these functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, Revision, TaskState, WorkflowState
from wagtail_localize.models import Translation

# Wagtail's group approval task calls approving "Approve"; here it also publishes, so say so.
ACTION_LABELS = {"approve": gettext_lazy("Approve and publish"), "reject": gettext_lazy("Request changes")}


class TranslationModerationError(Exception):
    """A moderation step that cannot be done; the message is shown to the editor."""


class _RowChangesDiscarded(Exception):
    """Rolls back the inner transaction of `save_translation_draft`, carrying out the content it made."""

    def __init__(self, content: dict):
        super().__init__()
        self.content = content


@dataclass(frozen=True)
class TranslationProgress:
    """How many of the source's texts have a translation in the target language."""

    total: int
    translated: int
    source_language: str

    @property
    def missing(self) -> int:
        return self.total - self.translated

    @property
    def is_complete(self) -> bool:
        return self.missing == 0


@dataclass(frozen=True)
class WorkflowButton:
    name: str
    label: str
    url: str


@dataclass(frozen=True)
class ModerationPanel:
    """What the translation editor shows above the texts: progress, workflow status and actions."""

    progress: TranslationProgress
    workflow_state: WorkflowState | None
    task_state: TaskState | None
    can_submit: bool
    can_update: bool
    actions: list[WorkflowButton] = field(default_factory=list)

    @property
    def needs_changes(self) -> bool:
        return self.workflow_state is not None and self.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def translation_for(page: Page) -> Translation | None:
    """The synced translation whose target is `page`, as wagtail-localize's edit hook finds it."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source__locale", "target_locale")
        .first()
    )


def translation_progress(translation: Translation) -> TranslationProgress:
    total, translated = translation.get_progress()
    return TranslationProgress(
        total=total, translated=translated, source_language=translation.source.locale.get_display_name()
    )


def untranslated_progress(page: Page) -> TranslationProgress | None:
    """The progress of `page` if it is a translation that still has untranslated texts, else None."""
    translation = translation_for(page)
    if translation is None:
        return None
    progress = translation_progress(translation)
    return None if progress.is_complete else progress


def save_translation_draft(*, translation: Translation, page: Page, user) -> Revision:
    """A new draft revision of `page` from the current translations; what readers see does not change.

    wagtail-localize's ``save_target(publish=False)`` writes the translated fields into the page
    row itself (1.14, ``TranslationSource.create_or_update_translation``), and the row of a live
    page is what readers see. Wagtail's own editor keeps a live page's row and saves a revision
    only, and so do we: the translation is written in a savepoint that is rolled back, and only
    its content is kept, as a revision that publishing or approving will make live.
    """
    page = Page.objects.get(pk=page.pk).specific
    with transaction.atomic():
        if not page.live:
            translation.save_target(user=user, publish=False)
            return Page.objects.select_related("latest_revision").get(pk=page.pk).latest_revision
        try:
            with transaction.atomic():
                translation.save_target(user=user, publish=False)
                raise _RowChangesDiscarded(type(page).objects.get(pk=page.pk).serializable_data())
        except _RowChangesDiscarded as discarded:
            content = discarded.content
        return page.with_content_json(content).save_revision(user=user, log_action=True)


def submit_translation(*, translation: Translation, page: Page, user) -> WorkflowState:
    """Save the current translations as a draft and put it before the moderators.

    A draft sent back with "Request changes" goes back to the same workflow; a draft already
    under review is replaced by the new one, which is what approval will publish.
    """
    workflow = page.get_workflow()
    if workflow is None:
        raise TranslationModerationError(_("This page has no moderation workflow. Ask an administrator to add one."))
    with transaction.atomic():
        save_translation_draft(translation=translation, page=page, user=user)
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_state
        if state is None:
            state = workflow.start(page, user)
        elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
    return state


def moderation_panel(*, translation: Translation, page: Page, user) -> ModerationPanel:
    """Progress, the workflow's state and what this user may do. A fixed handful of queries."""
    perms = page.permissions_for_user(user)
    state = page.current_workflow_state
    task_state = page.current_workflow_task_state
    actions = []
    if task_state is not None:
        task = task_state.task.specific
        seen = set()
        for name, label, _needs_form in task.get_actions(page, user):
            if name in seen:
                continue
            seen.add(name)
            url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk])
            actions.append(WorkflowButton(name=name, label=str(ACTION_LABELS.get(name, label)), url=url))
    locked = perms.page_locked()
    in_progress = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    return ModerationPanel(
        progress=translation_progress(translation),
        workflow_state=state,
        task_state=task_state,
        can_submit=page.has_workflow and not locked and not in_progress,
        can_update=in_progress and not locked and perms.can_edit(),
        actions=actions,
    )
