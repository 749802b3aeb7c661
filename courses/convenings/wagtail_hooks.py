"""Convenings in the admin (sessions and their registrations, for programme managers) and on the learner's
dashboard ("Upcoming sessions" and "How was the session?", through progress's LEARNER_DASHBOARD_PANELS hook)."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from courses.choosers import SnippetViewSet
from courses.convenings import feedback, selectors
from courses.convenings.forms import CourseAttendanceRuleForm, SessionAdminForm, SessionFeedbackForm
from courses.convenings.models import Attendance, CourseAttendanceRule, Registration, Session, SessionFeedback
from courses.convenings.requirements import sessions_attended
from courses.progress.completion import COURSE_COMPLETION_REQUIREMENTS
from courses.progress.panels import LEARNER_DASHBOARD_PANELS

DASHBOARD_SESSIONS = 5
# A session may have its title in one language only: the export gives all three.
SESSION_TITLES = ("session__title_ar", "session__title_en", "session__title_fr")


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    # The title in the editor's language, falling back as the site does: a title column in one language
    # would be an empty (unclickable) link for a session titled in another.
    list_display = ["__str__", "kind", "starts_at", "time_zone", "capacity"]
    list_filter = ["kind"]
    search_fields = ["title_ar", "title_en", "title_fr"]
    search_backend_name = None
    ordering = ["-starts_at"]
    edit_handler = ObjectList(Session.panels, base_form_class=SessionAdminForm)


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "list-ul"
    menu_label = _("Registrations")
    list_display = ["session", "user", "status", "position", "created_at"]
    list_filter = ["status"]


class AttendanceViewSet(SnippetViewSet):
    model = Attendance
    icon = "tick"
    menu_label = _("Attendance")
    list_display = ["session", "user", "status", "source", "recorded_at"]
    list_filter = ["status", "source"]


class CourseAttendanceRuleViewSet(SnippetViewSet):
    model = CourseAttendanceRule
    icon = "success"
    menu_label = _("Course attendance rules")
    list_display = ["course_title", "sessions_required"]
    edit_handler = ObjectList(
        [FieldPanel("course_key"), FieldPanel("sessions_required")], base_form_class=CourseAttendanceRuleForm
    )


class ConveningsGroup(SnippetViewSetGroup):
    items = (SessionViewSet, RegistrationViewSet, AttendanceViewSet, CourseAttendanceRuleViewSet)
    menu_icon = "date"
    menu_label = _("Convenings")
    menu_name = "convenings"
    menu_order = 270


register_snippet(ConveningsGroup)


@hooks.register(LEARNER_DASHBOARD_PANELS)
def upcoming_sessions(request):
    """The learner's next sessions, with their registration; nothing for a learner invited to none."""
    cards = selectors.upcoming_for(request.user, limit=DASHBOARD_SESSIONS)
    if not cards:
        return None
    return render_to_string("convenings/includes/dashboard_panel.html", {"cards": cards}, request=request)


@hooks.register(LEARNER_DASHBOARD_PANELS)
def session_feedback(request):
    """The feedback form for sessions the learner attended in the last 30 days and has not answered for."""
    sessions = feedback.awaiting_feedback(request.user)
    if not sessions:
        return None
    items = [{"session": session, "form": SessionFeedbackForm(auto_id=f"id_s{session.pk}_%s")} for session in sessions]
    return render_to_string("convenings/includes/feedback_panel.html", {"items": items}, request=request)


# A course with a CourseAttendanceRule completes only once its learners attended enough related sessions.
hooks.register(COURSE_COMPLETION_REQUIREMENTS, sessions_attended)


@hooks.register("export_personal_data")
def export_registrations(user):
    return "convenings", {
        "registrations": list(
            Registration.objects.filter(user=user).values(
                *SESSION_TITLES, "session__starts_at", "status", "created_at", "reminded_at"
            )
        ),
    }


@hooks.register("export_personal_data")
def export_attendance(user):
    return "session_attendance", list(
        Attendance.objects.filter(user=user).values(
            *SESSION_TITLES, "session__starts_at", "status", "source", "recorded_at"
        )
    )


@hooks.register("export_personal_data")
def export_session_feedback(user):
    return "session_feedback", list(
        SessionFeedback.objects.filter(user=user).values(
            *SESSION_TITLES, "usefulness", "will_apply", "comment", "created_at", "updated_at"
        )
    )
