from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "lms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"


class AccountsUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for an e-mail login and a full name (no first/last name)."""

    user_viewset = "lms.accounts.viewsets.UserViewSet"
