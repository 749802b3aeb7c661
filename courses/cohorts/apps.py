from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "courses.cohorts"
    label = "cohorts"
    verbose_name = _("Cohorts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

        from courses.cities.access import register_city_staff_check
        from courses.cohorts import access, signal_handlers
        from courses.cohorts.models import Cohort, CohortMembership

        # A city's trainers (of its cohorts) may adjust its pathway; cities cannot ask cohorts itself.
        register_city_staff_check(access.trains_city)

        pre_delete.connect(
            signal_handlers.forget_deleted_account,
            sender=get_user_model(),
            dispatch_uid="cohorts_forget_deleted_account",
        )
        user_model = get_user_model()
        m2m_changed.connect(
            signal_handlers.trainers_changed, sender=Cohort.trainers.through, dispatch_uid="cohorts_menu_trainers"
        )
        m2m_changed.connect(
            signal_handlers.groups_changed, sender=user_model.groups.through, dispatch_uid="cohorts_menu_groups"
        )
        for signal in (post_save, post_delete):
            signal.connect(
                signal_handlers.membership_changed,
                sender=CohortMembership,
                dispatch_uid=f"cohorts_menu_membership_{signal is post_save}",
            )
