"""Account-level use cases: a learner's data export and account deletion.

Other apps add what they hold about a person through the ``export_personal_data`` Wagtail hook
(a function ``(user) -> (section name, JSON-able data)``), so this module does not need to
know them. Deleting an account removes the user row, and with it every row that belongs to
it; certificates keep their own snapshot of the name and stay verifiable.
"""

from allauth.account.models import EmailAddress
from django.db import transaction
from wagtail import hooks

from lms.accounts.models import User

PROFILE_FIELDS = (
    "email",
    "full_name",
    "certificate_name_latin",
    "certificate_name_arabic",
    "municipality",
    "country",
    "role",
    "preferred_language",
    "city_context",
    "date_joined",
    "last_login",
)


def export_personal_data(*, user: User) -> dict:
    profile = {field: getattr(user, field) for field in PROFILE_FIELDS}
    profile["country"] = str(user.country) if user.country else ""
    for field in ("date_joined", "last_login"):
        profile[field] = profile[field].isoformat() if profile[field] else None
    data = {
        "profile": profile,
        "email_addresses": list(
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary").order_by("email")
        ),
    }
    for exporter in hooks.get_hooks("export_personal_data"):
        section, section_data = exporter(user)
        data[section] = section_data
    return data


def delete_account(*, user: User) -> None:
    with transaction.atomic():
        user.delete()
