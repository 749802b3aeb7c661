"""Whether a user opens the editors' admin, remembered in the cache instead of asked on every page.

Wagtail's user bar asks ``has_perm("wagtailadmin.access_admin")`` on every page a logged-in reader
sees: two queries (the user's permissions, then their groups'), which learners pay for nothing.
The answer is kept per user for a few minutes, under a version that any change of a user's groups
or permissions, or of a group's permissions, replaces. Superusers and inactive users are answered
from the user row itself.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache

ADMIN_ACCESS = "wagtailadmin.access_admin"
VERSION_KEY = "admin-access:version"
TIMEOUT = 300


def _new_version() -> str:
    version = uuid.uuid4().hex
    if not cache.add(VERSION_KEY, version, None):
        version = cache.get(VERSION_KEY) or version
    return version


def opens_admin(user) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    # Asked by the user bar and by the account menu of one page: the user object lives for one request, so the
    # answer is kept on it, as Django keeps permissions (``_perm_cache``), and the cache is asked once.
    answered = getattr(user, "_opens_admin", None)
    if answered is not None:
        return answered
    # The version and the user's answer in one round trip: the answer counts only if made under this version.
    key = f"admin-access:{user.pk}"
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY) or _new_version()
    remembered = found.get(key)
    if remembered is not None and remembered[0] == version:
        allowed = remembered[1]
    else:
        allowed = user.has_perm(ADMIN_ACCESS)
        cache.set(key, (version, allowed), TIMEOUT)
    user._opens_admin = allowed
    return allowed


def forget_admin_access(**_kwargs) -> None:
    """Groups or permissions changed somewhere: every remembered answer is asked again."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def connect() -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_save

    user_model = get_user_model()
    for through in (user_model.groups.through, user_model.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(forget_admin_access, sender=through, dispatch_uid=f"admin_access_{through.__name__}")
    for model in (Group, Permission):
        post_save.connect(forget_admin_access, sender=model, dispatch_uid=f"admin_access_saved_{model.__name__}")
        post_delete.connect(forget_admin_access, sender=model, dispatch_uid=f"admin_access_deleted_{model.__name__}")
