"""Moderation's outcome, from Wagtail's workflow and publishing signals, recorded on the submission.

Wagtail's admin is where a moderator requests changes or publishes a case study; these receivers pass
what happened to ``services``, which knows the practice (if the case study came from one).
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import WorkflowState
from wagtail.signals import published, workflow_rejected

from courses.models import CaseStudy
from courses.practices import services


def _rejected(sender, instance: WorkflowState, user=None, **kwargs) -> None:
    if instance.base_content_type_id != ContentType.objects.get_for_model(CaseStudy).pk:
        return
    task_state = instance.current_task_state
    comment = task_state.specific.get_comment() if task_state is not None else ""
    services.record_changes_requested(case_study_pk=int(instance.object_id), comment=comment or "")


def _published(sender, instance: CaseStudy, **kwargs) -> None:
    services.record_published(case_study_pk=instance.pk)


def register_signal_handlers() -> None:
    workflow_rejected.connect(_rejected, sender=WorkflowState, dispatch_uid="practices_changes_requested")
    published.connect(_published, sender=CaseStudy, dispatch_uid="practices_published")
