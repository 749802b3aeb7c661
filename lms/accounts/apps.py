from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "lms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models import fields

        # Django 6.1's blank choice ("- Select an option -") has no Arabic translation in Django's catalogue;
        # naming it here puts the same msgid in ours, where it is translated with the rest of the site.
        fields.BLANK_CHOICE_LABEL = _("- Select an option -")

        from lms.accounts import admin_access

        admin_access.connect()


class AccountsUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for an e-mail login and a full name (no first/last name)."""

    user_viewset = "lms.accounts.viewsets.UserViewSet"
