"""What cohorts do when something they point at goes away: an account being deleted.

Connected in ``CohortsConfig.ready`` on the user model's ``pre_delete``, so every way of deleting
an account (the learner's own page, the Wagtail or Django admin, a shell) forgets the person's
address in invitations, and lms.accounts never has to import courses.
"""

from __future__ import annotations

from courses.cohorts import services


def forget_deleted_account(sender, instance, **kwargs) -> None:
    # pre_delete, not post_delete: the rows still point at the account, so they can be found.
    services.forget_invitations(user=instance)
