"""Demo accounts, one per role, with verified e-mail addresses so they can log in at once."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
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


DEMO_ACCOUNTS = (
    DemoAccount("admin", "admin@academy.example", "demo-admin-2026", "Amal Haddad", is_superuser=True),
    DemoAccount("editor", "editor@academy.example", "demo-editor-2026", "Karim Benali", groups=("Editors",)),
    DemoAccount(
        "moderator", "moderator@academy.example", "demo-moderator-2026", "Leila Mansour", groups=("Moderators",)
    ),
    DemoAccount("trainer", "trainer@academy.example", "demo-trainer-2026", "Nour El-Khoury"),
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
    return list(DEMO_ACCOUNTS)
