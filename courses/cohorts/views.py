"""Trainer pages, programme managers' roll-up and the join link: one thin view each.

Every cohort is looked up through ``access.visible_cohorts``: another trainer's cohort is a
404, never a 403 that would confirm it exists. Writes are POST with CSRF; reads are GET.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.cohorts import access, charts, exports, rollups, selectors, services
from courses.cohorts.forms import (
    AddLearnersForm,
    CsvExportForm,
    InvitationSettingsForm,
    MatrixFilterForm,
    ReminderForm,
    RotateInvitationForm,
)
from courses.cohorts.models import REMINDER_MESSAGE_MAX_LENGTH, Cohort, CohortMembership, CohortStatus
from lms.accounts.mfa_required import mfa_required
from lms.languages.bidi import isolate, isolate_all
from lms.languages.calendar import format_date
from lms.languages.lists import join_list

MATRIX_PAGE_SIZE = 100


def trainer_area(view):
    """Logged in, and a trainer, a programme manager or a superuser; everyone else gets a 404.

    Staff reach these pages only with two-factor authentication set up (lms.accounts.mfa_required).
    """

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not access.can_use_trainer_area(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return mfa_required(wrapped)


def _cohort(request: HttpRequest, cohort_id: int) -> Cohort:
    return get_object_or_404(access.visible_cohorts(request.user).select_related("city"), pk=cohort_id)


def _when(moment) -> str:
    return format_date(moment, "DATETIME_FORMAT")


# --- Trainer dashboard ------------------------------------------------------------------------


@trainer_area
@require_GET
def dashboard(request: HttpRequest) -> TemplateResponse:
    cohorts = access.visible_cohorts(request.user).select_related("city").order_by("status", "-start_date", "name")
    return TemplateResponse(
        request,
        "cohorts/trainer_dashboard.html",
        {
            "summaries": selectors.cohort_summaries(cohorts),
            "sees_all": access.sees_all_cohorts(request.user),
        },
    )


def _reminder_draft_key(cohort: Cohort) -> str:
    return f"cohorts:reminder-draft:{cohort.pk}"


def _keep_reminder_draft(request: HttpRequest, cohort: Cohort) -> None:
    """A personal message typed for a reminder that was not sent comes back in its box on the next page,
    bounded like the field (the session travels with every request)."""
    draft = request.POST.get("message", "").strip()
    if draft:
        request.session[_reminder_draft_key(cohort)] = draft[: 4 * REMINDER_MESSAGE_MAX_LENGTH]


def _reminder_form(request: HttpRequest, cohort: Cohort) -> ReminderForm:
    return ReminderForm(initial={"message": request.session.pop(_reminder_draft_key(cohort), "")})


@trainer_area
@require_GET
def cohort_matrix(request: HttpRequest, cohort_id: int) -> TemplateResponse:
    cohort = _cohort(request, cohort_id)
    form = MatrixFilterForm(request.GET or None)
    filters = form.filters()
    matrix = selectors.cohort_matrix(cohort, page=request.GET.get("page"), per_page=MATRIX_PAGE_SIZE, **filters)
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "cohorts/cohort_matrix.html",
        {
            "cohort": cohort,
            "matrix": matrix,
            "form": form,
            "status": filters["status"],
            "reminder_form": _reminder_form(request, cohort),
            "csv_form": CsvExportForm(language=translation.get_language()),
            "page_obj": matrix.page_obj,
            "query": query.urlencode(),
        },
    )


@trainer_area
@require_GET
def learner_detail(request: HttpRequest, cohort_id: int, user_id: int) -> TemplateResponse:
    cohort = _cohort(request, cohort_id)
    form = MatrixFilterForm(request.GET or None)
    try:
        report = selectors.learner_report(cohort, user_id, stalled_days=form.filters()["stalled_days"])
    except CohortMembership.DoesNotExist as missing:
        raise Http404 from missing
    return TemplateResponse(
        request,
        "cohorts/learner_detail.html",
        {"cohort": cohort, "report": report, "reminder_form": _reminder_form(request, cohort)},
    )


# --- Exports ----------------------------------------------------------------------------------


def _export_name(cohort: Cohort, extension: str) -> str:
    return f"cohort-{cohort.pk}-progress-{timezone.localdate():%Y-%m-%d}.{extension}"


@trainer_area
@require_GET
def export_csv(request: HttpRequest, cohort_id: int) -> StreamingHttpResponse:
    cohort = _cohort(request, cohort_id)
    separator = CsvExportForm(request.GET or None, language=translation.get_language()).chosen_separator()
    response = StreamingHttpResponse(
        exports.csv_lines(cohort, separator=separator), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_export_name(cohort, "csv")}"'
    return response


@trainer_area
@require_GET
def export_xlsx(request: HttpRequest, cohort_id: int) -> FileResponse:
    cohort = _cohort(request, cohort_id)
    output = exports.xlsx_file(cohort, right_to_left=translation.get_language_bidi())
    return FileResponse(
        output,
        as_attachment=True,
        filename=_export_name(cohort, "xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


# --- Reminders --------------------------------------------------------------------------------


@trainer_area
@require_POST
def send_reminders(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort(request, cohort_id)
    ids = [int(value) for value in request.POST.getlist("learners") if value.isdigit()]
    back = reverse("trainer_cohort", args=[cohort.pk])
    if request.POST.get("from") == "learner" and len(ids) == 1:
        back = reverse("trainer_learner", args=[cohort.pk, ids[0]])
    if not ids:
        messages.error(request, _("Choose at least one learner to remind."))
        _keep_reminder_draft(request, cohort)
        return redirect(back)
    form = ReminderForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("message", [])))
        _keep_reminder_draft(request, cohort)
        return redirect(back)
    outcome = services.send_reminders(
        cohort=cohort, learner_ids=ids, sent_by=request.user, message=form.cleaned_data["message"]
    )
    if outcome.sent:
        shown = outcome.sent[:5]
        # "…" only when names were left out; it reads the same in every language.
        names = join_list(isolate_all(shown)) + ("…" if len(outcome.sent) > len(shown) else "")
        messages.success(
            request,
            ngettext(
                "Reminder sent to %(count)d learner (%(names)s), in their own language.",
                "Reminders sent to %(count)d learners (%(names)s), each in their own language.",
                len(outcome.sent),
            )
            % {"count": len(outcome.sent), "names": names},
        )
    for learner, allowed_at in outcome.refused:
        messages.error(
            request,
            _(
                "No reminder sent to %(name)s: they already received one in the last 24 hours. "
                "You can remind them again after %(time)s."
            )
            % {"name": isolate(learner), "time": isolate(_when(allowed_at))},
        )
    for learner in outcome.completed:
        messages.info(
            request, _("%(name)s has completed every course: no reminder needed.") % {"name": isolate(learner)}
        )
    return redirect(back)


# --- Invitations and adding learners ----------------------------------------------------------


def _invitation_url(request: HttpRequest, cohort: Cohort) -> str:
    with translation.override(cohort.language):
        return request.build_absolute_uri(reverse("cohort_join", args=[cohort.invitation_token]))


# Lines of a list that could not be read are kept for the trainer to correct, up to this many characters.
ROSTER_LEFTOVER_MAX_CHARS = 64 * 1024


def _leftover_key(cohort: Cohort) -> str:
    return f"cohorts:roster-leftover:{cohort.pk}"


def _keep_leftover(request: HttpRequest, cohort: Cohort, lines: list[str], language: str) -> bool:
    """Keep the lines that could not be read for the next page of the form (after its redirect), whole lines
    only and within a bound, since the session travels with every request. True when they were kept."""
    kept, size = [], 0
    for line in lines:
        size += len(line) + 1
        if size > ROSTER_LEFTOVER_MAX_CHARS:
            return False
        kept.append(line)
    request.session[_leftover_key(cohort)] = {"emails": "\n".join(kept), "language": language}
    return bool(kept)


def _manage_page(request: HttpRequest, cohort: Cohort, **forms) -> TemplateResponse:
    context = {
        "cohort": cohort,
        "invitation_url": _invitation_url(request, cohort),
        "settings_form": forms.get("settings_form") or InvitationSettingsForm(instance=cohort),
        "rotate_form": forms.get("rotate_form") or RotateInvitationForm(),
        "learners_form": forms.get("learners_form") or AddLearnersForm(initial={"language": cohort.language}),
        "members": cohort.memberships.count(),
        "pending_invitations": cohort.invitations.filter(accepted_at__isnull=True).count(),
        "batch_max": settings.COHORT_INVITATION_BATCH_MAX,
        "daily_cap": settings.COHORT_INVITATIONS_PER_TRAINER_PER_DAY,
    }
    refused = any(form.is_bound for form in forms.values())
    return TemplateResponse(request, "cohorts/cohort_manage.html", context, status=400 if refused else 200)


@trainer_area
@require_GET
def manage(request: HttpRequest, cohort_id: int) -> TemplateResponse:
    cohort = _cohort(request, cohort_id)
    leftover = request.session.pop(_leftover_key(cohort), None)
    if leftover:
        return _manage_page(request, cohort, learners_form=AddLearnersForm(initial=leftover))
    return _manage_page(request, cohort)


@trainer_area
@require_POST
def update_invitation(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort(request, cohort_id)
    form = InvitationSettingsForm(request.POST, instance=Cohort.objects.get(pk=cohort.pk))
    if not form.is_valid():
        return _manage_page(request, cohort, settings_form=form)
    try:
        outcome = services.update_invitation_settings(
            cohort=cohort,
            expires_at=form.cleaned_data["invitation_expires_at"],
            seat_limit=form.cleaned_data["seat_limit"],
        )
    except services.InvitationSettingsRefused as refused:
        for field_name, message in refused.errors.items():
            form.add_error(field_name, message)
        return _manage_page(request, cohort, settings_form=form)
    messages.success(request, _("The invitation link's settings are saved."))
    if outcome.link_full:
        messages.warning(
            request,
            ngettext(
                "The cohort already has %(members)d learner, so the link is full: nobody else can join "
                "through it until you raise the limit. Nobody is removed from the cohort.",
                "The cohort already has %(members)d learners, so the link is full: nobody else can join "
                "through it until you raise the limit. Nobody is removed from the cohort.",
                outcome.members,
            )
            % {"members": outcome.members},
        )
    return redirect("trainer_cohort_manage", cohort.pk)


@trainer_area
@require_POST
def rotate_invitation(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort(request, cohort_id)
    form = RotateInvitationForm(request.POST)
    if not form.is_valid():
        return _manage_page(request, cohort, rotate_form=form)
    services.rotate_invitation_link(cohort=cohort)
    messages.success(request, _("There is a new invitation link. The old one no longer works."))
    return redirect("trainer_cohort_manage", cohort.pk)


@trainer_area
@require_POST
def add_learners(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """Invite a list of addresses. The answer is the same whether or not an address has an account."""
    cohort = _cohort(request, cohort_id)
    form = AddLearnersForm(request.POST, request.FILES)
    if not form.is_valid():
        return _manage_page(request, cohort, learners_form=form)
    roster = form.roster()
    try:
        outcome = services.invite_learners(
            cohort=cohort, roster=roster, language=form.cleaned_data["language"], invited_by=request.user
        )
    except services.InvitationsRefused as refused:
        form.add_error(None, str(refused))
        return _manage_page(request, cohort, learners_form=form)
    summary = ngettext(
        "%(count)d invitation sent. Each person joins only by accepting it.",
        "%(count)d invitations sent. Each person joins only by accepting theirs.",
        len(outcome.sent),
    ) % {"count": len(outcome.sent)}
    if outcome.already_members:
        summary += " " + ngettext(
            "%(count)d address is already in the cohort.",
            "%(count)d addresses are already in the cohort.",
            len(outcome.already_members),
        ) % {"count": len(outcome.already_members)}
    problems = outcome.errors or outcome.recently_sent
    (messages.warning if problems else messages.success)(request, summary)
    for email, allowed_at in outcome.recently_sent:
        messages.warning(
            request,
            _(
                "No new invitation to %(email)s: one was e-mailed to this address less than 24 hours ago. "
                "You can send it again after %(time)s."
            )
            % {"email": isolate(email), "time": isolate(_when(allowed_at))},
        )
    for error in outcome.errors:
        messages.error(request, _("Line %(line)d: %(message)s") % {"line": error.line, "message": error.message})
    if roster.leftover and _keep_leftover(request, cohort, roster.leftover, form.cleaned_data["language"]):
        messages.info(
            request, _("The lines that could not be read are kept in the box below: correct them and send again.")
        )
    return redirect("trainer_cohort_manage", cohort.pk)


# --- Programme managers -----------------------------------------------------------------------


@mfa_required
@login_required
@require_GET
def region(request: HttpRequest) -> TemplateResponse:
    if not access.sees_all_cohorts(request.user):
        raise Http404
    status = request.GET.get("status", "")
    cohorts = Cohort.objects.all()
    if status in CohortStatus.values:
        cohorts = cohorts.filter(status=status)
    rollup = rollups.regional_rollup(cohorts)
    series = [
        charts.Series(_("Enrolled"), "#0b5d4b"),
        charts.Series(_("Active in the last 7 days"), "#1d4ed8"),
        charts.Series(_("Completed"), "#b45309"),
    ]
    chart = charts.grouped_bar_chart(
        title=_("Learners by country"),
        groups=[
            charts.BarGroup(country.name, (country.counts.enrolled, country.counts.active, country.counts.completed))
            for country in rollup.countries
        ],
        series=series,
        right_to_left=translation.get_language_bidi(),
    )
    return TemplateResponse(
        request,
        "cohorts/region.html",
        {"rollup": rollup, "chart": chart, "series": series, "status": status, "statuses": CohortStatus.choices},
    )


# --- Joining ----------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    """The join page says what the cohort's trainers will see; only the person's own POST joins."""
    try:
        invitation = services.find_invitation(token=token)
    except services.InvitationNotFound as error:
        return TemplateResponse(request, "cohorts/join_invalid.html", {"message": str(error)}, status=404)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return _join(request, token)
    cohort = invitation.cohort
    return TemplateResponse(
        request,
        "cohorts/join.html",
        {
            "cohort": cohort,
            "courses": selectors.localized_courses(cohort),
            "trainers": list(cohort.trainers.order_by("full_name", "pk")),
            "refusal": services.join_refusal(invitation=invitation, user=request.user),
            "is_member": request.user.is_authenticated and cohort.memberships.filter(user=request.user).exists(),
        },
    )


def _course_list(courses) -> str:
    return join_list(isolate_all(course.title for course in courses))


def _join(request: HttpRequest, token: str) -> HttpResponse:
    try:
        result = services.join_cohort(user=request.user, token=token)
    except services.JoinRefused as refused:
        messages.error(request, str(refused))
        return redirect("cohort_join", token)
    if result.joined_now:
        messages.success(
            request, _("Welcome to the cohort “%(cohort)s”!") % {"cohort": isolate(result.cohort.local_name)}
        )
    outcome = result.outcome
    if outcome.enrolled:
        messages.success(request, _("You are enrolled in: %(courses)s.") % {"courses": _course_list(outcome.enrolled)})
    if outcome.already_enrolled:
        messages.info(
            request,
            _("You were already enrolled in: %(courses)s.") % {"courses": _course_list(outcome.already_enrolled)},
        )
    if outcome.already_completed:
        messages.info(
            request,
            _("You have already completed: %(courses)s.") % {"courses": _course_list(outcome.already_completed)},
        )
    for refusal in result.outcome.refused:
        text = _("You could not be enrolled in “%(course)s” yet: %(reason)s") % {
            "course": isolate(refusal.course.title),
            "reason": refusal.message,
        }
        if refusal.unmet_prerequisites:
            text += " " + _("First complete: %(courses)s.") % {"courses": _course_list(refusal.unmet_prerequisites)}
        messages.warning(request, text)
    if result.outcome.refused:
        messages.info(request, _("Come back to your invitation link later to enrol in the remaining courses."))
    return redirect("my_learning")


# --- A learner's own cohorts ------------------------------------------------------------------


@login_required
@require_GET
def my_cohorts(request: HttpRequest) -> TemplateResponse:
    return TemplateResponse(
        request, "cohorts/my_cohorts.html", {"memberships": CohortMembership.objects.of_learner(request.user)}
    )


@login_required
@require_POST
def leave(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """Leave a cohort at any time; a cohort the learner is not in is a 404."""
    cohort = get_object_or_404(Cohort.objects.filter(memberships__user=request.user), pk=cohort_id)
    services.leave_cohort(user=request.user, cohort=cohort)
    messages.success(
        request,
        _("You have left the cohort “%(cohort)s”. Its trainers no longer see your progress.")
        % {"cohort": isolate(cohort.local_name)},
    )
    return redirect("my_cohorts")
