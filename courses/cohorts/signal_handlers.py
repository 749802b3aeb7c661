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


def _changed_users(instance, action: str, pk_set, *, instance_is_user: bool, users_of) -> list[int]:
    """The users a many-to-many change touches, from either side: the user itself, or the ids changed (the
    related object's current users when it is cleared)."""
    if instance_is_user:
        return [instance.pk]
    if action == "pre_clear":
        return list(users_of(instance).values_list("pk", flat=True))
    return list(pk_set or ())


def trainers_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """``Cohort.trainers``: a cohort's trainers (instance: the cohort) or a user's cohorts (instance: the user)."""
    if action in CHANGES:
        users = _changed_users(instance, action, pk_set, instance_is_user=reverse, users_of=lambda c: c.trainers)
        access.forget_menu_roles(users)


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """``User.groups``: a user's groups (instance: the user) or a group's users (instance: the group)."""
    if action in CHANGES:
        users = _changed_users(instance, action, pk_set, instance_is_user=not reverse, users_of=lambda g: g.user_set)
        access.forget_menu_roles(users)


def membership_changed(sender, instance, **kwargs) -> None:
    access.forget_menu_roles([instance.user_id])
