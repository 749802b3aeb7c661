"""Demo accounts, one per role, with verified e-mail addresses so they can log in at once.

Staff must use two-factor authentication (lms.accounts.mfa_required), so the demo staff accounts
come with an authenticator app already set up on one published secret, printed by `load_demo`:
add it once to an authenticator app and every demo staff login asks for its code. Like the demo
passwords, it is for development only.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group

from lms.accounts.models import User


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    password: str
    full_name: str
    is_superuser: bool = False
    groups: tuple[str, ...] = ()
    two_factor: bool = False


# Base32, as authenticator apps take it ("enter a setup key").
DEMO_TOTP_SECRET = "YOUNGCITIESACADEMYDEMOSTAFFTOTP7"

DEMO_ACCOUNTS = (
    DemoAccount("admin", "admin@academy.example", "demo-admin-2026", "Amal Haddad", is_superuser=True, two_factor=True),
    DemoAccount(
        "editor", "editor@academy.example", "demo-editor-2026", "Karim Benali", groups=("Editors",), two_factor=True
    ),
    DemoAccount(
        "moderator",
        "moderator@academy.example",
        "demo-moderator-2026",
        "Leila Mansour",
        groups=("Moderators",),
        two_factor=True,
    ),
    DemoAccount("trainer", "trainer@academy.example", "demo-trainer-2026", "Nour El-Khoury", two_factor=True),
    DemoAccount(
        "programme manager",
        "manager@academy.example",
        "demo-manager-2026",
        "Rania Saleh",
        groups=("Programme managers",),
        two_factor=True,
    ),
    DemoAccount("learner", "learner@academy.example", "demo-learner-2026", "Youssef Amrani"),
)


def load_demo_accounts() -> list[DemoAccount]:
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=account.email,
            defaults={
                "full_name": account.full_name,
                "is_superuser": account.is_superuser,
                "is_staff": account.is_superuser or bool(account.groups),
            },
        )
        if created:
            user.set_password(account.password)
            user.save(update_fields=["password"])
        for group_name in account.groups:
            group, _ = Group.objects.get_or_create(name=group_name)
            user.groups.add(group)
        EmailAddress.objects.update_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
        if account.two_factor and not Authenticator.objects.filter(user=user).exists():
            # What allauth's "Activate" leaves behind: the app's secret and a set of recovery codes.
            TOTP.activate(user, DEMO_TOTP_SECRET)
            RecoveryCodes.activate(user)
    return list(DEMO_ACCOUNTS)
