"""What cohorts do when something they point at changes: an account being deleted, and a person's cohorts
or groups changing.

Connected in ``CohortsConfig.ready``: on the user model's ``pre_delete``, so every way of deleting
an account (the learner's own page, the Wagtail or Django admin, a shell) forgets the person's
address in invitations, and lms.accounts never has to import courses; on trainers, memberships and
groups, so the account menu's cached links (``access.menu_roles``) are forgotten at once.
"""

from __future__ import annotations

from courses.cohorts import access, services


def forget_deleted_account(sender, instance, **kwargs) -> None:
    # pre_delete, not post_delete: the rows still point at the account, so they can be found.
    services.forget_invitations(user=instance)


CHANGES = ("post_add", "post_remove", "pre_clear")  # pre_clear: the rows are still there to be read


def trainers_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """``Cohort.trainers``: a cohort's trainers (instance: the cohort) or a user's cohorts (instance: the user)."""
    if action not in CHANGES:
        return
    if reverse:
        users = [instance.pk]
    elif action == "pre_clear":
        users = list(instance.trainers.values_list("pk", flat=True))
    else:
        users = list(pk_set or ())
    access.forget_menu_roles(users)


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """``User.groups``: a user's groups (instance: the user) or a group's users (instance: the group)."""
    if action not in CHANGES:
        return
    if not reverse:
        users = [instance.pk]
    elif action == "pre_clear":
        users = list(instance.user_set.values_list("pk", flat=True))
    else:
        users = list(pk_set or ())
    access.forget_menu_roles(users)


def membership_changed(sender, instance, **kwargs) -> None:
    access.forget_menu_roles([instance.user_id])
