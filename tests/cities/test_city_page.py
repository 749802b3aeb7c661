"""The city page for trainers and programme managers (/<lang>/trainer/cities/…): programme managers see
every city, a trainer only the cities of their cohorts and only the team members who joined one of them;
everyone else gets a 404 on every URL, writes included. Pinning or taking off an item with a note
changes the pathway the team sees, with the note; a retry changes nothing; undo restores. The page says
what changed between the last two assessments, and costs the same number of queries whatever the
number of courses, team members and assessments."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.certificates import services as certificates
from courses.cities import history, services
from courses.cities.access import PROGRAMME_MANAGERS
from courses.cities.models import AdjustmentAction, PathwayAdjustment
from courses.cities.selectors import city_pathway
from courses.cities.team import ItemStatus, team_progress
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from courses.progress.models import LessonProgress, LessonStatus
from tests.cities.conftest import make_city, make_member
from tests.cohorts.conftest import add_member, make_cohort, make_trainer
from tests.factories import give_mfa, make_course, make_user

LIST = "/en/trainer/cities/"


def page_url(city) -> str:
    return f"/en/trainer/cities/{city.pk}/"


def pathway_url(city) -> str:
    return f"/en/trainer/cities/{city.pk}/pathway/"


def text(html: str) -> str:
    """The page without its <bdi> isolation marks, so that sentences can be matched whole."""
    return re.sub(r"</?bdi[^>]*>", "", html)


def submitted(questionnaire, city, lead, answers_by_user):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    for user, answers in answers_by_user.items():
        services.save_answers(assessment=draft, user=user, answers=answers)
    return services.submit_assessment(assessment=draft, user=lead)


@pytest.fixture
def manager(db):
    user = make_user("pm-city@example.org", full_name="Programme Manager")
    user.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    give_mfa(user)
    return user


@pytest.fixture
def assessed(questionnaire, city, lead, member):
    """Sfax's submitted assessment: course A (3), course B (2), the module not recommended."""
    return submitted(
        questionnaire, city, lead, {lead: {"q-structure": "o-none", "q-coordination": 3}, member: {"q-notes": "Hi"}}
    )


@pytest.fixture
def trainer(city, member, catalogue):
    """Trains a cohort of Sfax that ``member`` joined (and the lead did not)."""
    user = make_trainer("city-trainer@example.org", full_name="Trainer Sfax")
    cohort = make_cohort(name="Sfax staff", courses=[catalogue["course_a"]], trainers=[user], country="TN", city=city)
    add_member(cohort, member)
    return user


@pytest.fixture
def elsewhere(catalogue):
    """Gabes, with its own team, lead, trainer and cohort."""
    gabes = make_city("Gabes")
    lead = make_member(gabes, "gabes-lead@example.org", lead=True)
    user = make_trainer("gabes-trainer@example.org")
    cohort = make_cohort(name="Gabes staff", courses=[catalogue["course_b"]], trainers=[user], country="TN", city=gabes)
    add_member(cohort, lead)
    return gabes, user


# --- Who sees what -----------------------------------------------------------------------------


def test_a_programme_manager_sees_every_city(client, manager, city, elsewhere):
    client.force_login(manager)
    listing = client.get(LIST).text
    assert "<bdi>Sfax</bdi>" in listing and "<bdi>Gabes</bdi>" in listing
    assert client.get(page_url(elsewhere[0])).status_code == 200


def test_a_trainer_sees_only_the_cities_of_their_cohorts(client, trainer, city, elsewhere):
    client.force_login(trainer)
    listing = client.get(LIST).text
    assert f'href="{page_url(city)}"' in listing
    assert "Gabes" not in listing
    assert client.get(page_url(city)).status_code == 200


def test_the_dashboard_cohort_pages_and_roll_up_link_to_the_city_page(client, trainer, manager, city):
    client.force_login(trainer)
    dashboard = client.get("/en/trainer/").text
    assert f'href="{LIST}"' in dashboard and f'href="{page_url(city)}"' in dashboard
    cohort = city.cohorts.get()
    assert f'href="{page_url(city)}"' in client.get(f"/en/trainer/cohorts/{cohort.pk}/").text
    client.force_login(manager)
    assert f'href="{page_url(city)}"' in client.get("/en/trainer/region/").text


@pytest.mark.parametrize("who", ["other_trainer", "city_lead", "learner"])
def test_every_url_is_a_404_outside_the_viewers_cities(client, who, city, lead, assessed, catalogue, elsewhere):
    """IDOR: another city's trainer, the city's own lead and a learner get a 404 on every URL, and no write."""
    user = {"other_trainer": elsewhere[1], "city_lead": lead, "learner": make_user("nobody@example.org")}[who]
    client.force_login(user)
    adjustments = PathwayAdjustment.objects.count()
    assert client.get(page_url(city)).status_code == 404
    post = {"page": catalogue["course_a"].pk, "action": "remove", "note": "Not needed"}
    assert client.post(pathway_url(city), post).status_code == 404
    assert client.post(pathway_url(city), {**post, "action": "undo"}).status_code == 404
    assert PathwayAdjustment.objects.count() == adjustments
    listing = client.get(LIST)
    assert listing.status_code == 404 if who != "other_trainer" else "Sfax" not in listing.text


def test_anonymous_visitors_are_sent_to_log_in(client, city, catalogue):
    for response in (
        client.get(LIST),
        client.get(page_url(city)),
        client.post(pathway_url(city), {"page": catalogue["course_a"].pk, "action": "pin", "note": "x"}),
    ):
        assert response.status_code == 302 and "/accounts/login/" in response.url
    assert not PathwayAdjustment.objects.exists()


def test_an_unknown_city_or_page_is_a_404(client, manager, city):
    client.force_login(manager)
    assert client.get("/en/trainer/cities/999999/").status_code == 404
    assert client.post(pathway_url(city), {"page": "999999", "action": "pin", "note": "x"}).status_code == 404
    assert client.post(pathway_url(city), {"page": "abc", "action": "pin", "note": "x"}).status_code == 404


def test_the_pathway_form_needs_the_csrf_token(manager, city, assessed, catalogue):
    client = Client(enforce_csrf_checks=True)
    client.force_login(manager)
    post = {"page": catalogue["course_a"].pk, "action": "pin", "note": "First"}
    assert client.post(pathway_url(city), post).status_code == 403
    assert not PathwayAdjustment.objects.exists()


def test_a_trainer_sees_only_the_team_members_of_their_cohorts(client, trainer, manager, city, lead, member, assessed):
    client.force_login(trainer)
    page = client.get(page_url(city)).text
    row = '<span class="matrix__email"><bdi>{}</bdi></span>'
    assert row.format(member.email) in page
    assert row.format(lead.email) not in page
    assert "1 team member is in none of your cohorts" in page
    client.force_login(manager)
    page = client.get(page_url(city)).text
    assert row.format(member.email) in page and row.format(lead.email) in page
    assert "in none of your cohorts" not in page


# --- Adjusting the pathway ---------------------------------------------------------------------


def test_pinning_and_removing_with_a_note_change_what_the_team_sees(
    client, trainer, city, member, assessed, catalogue, english
):
    course_a, course_b, module = catalogue["course_a"], catalogue["course_b"], catalogue["module"]
    assert [e.page.pk for e in city_pathway(city=city, language="en").entries] == [course_a.pk, course_b.pk]
    client.force_login(trainer)
    response = client.post(pathway_url(city), {"page": module.pk, "action": "pin", "note": "Youth first"})
    assert response.status_code == 302 and response.url.endswith(f"{page_url(city)}#pathway")
    client.post(pathway_url(city), {"page": course_a.pk, "action": "remove", "note": "Done last year"})
    pathway = city_pathway(city=city, language="en")
    assert [(e.page.pk, e.pinned, e.note) for e in pathway.entries] == [
        (module.pk, True, "Youth first"),
        (course_b.pk, False, ""),
    ]
    assert [(e.page.pk, e.note) for e in pathway.removed] == [(course_a.pk, "Done last year")]
    assert PathwayAdjustment.objects.get(page=module).created_by == trainer

    client.force_login(member)
    dashboard = client.get("/en/learn/").text
    assert "<bdi>Youth first</bdi>" in dashboard and module.title in dashboard
    assert "<bdi>Done last year</bdi>" in dashboard  # the team sees why an item was taken off too


def test_sending_the_same_change_twice_changes_nothing_and_undo_restores(client, manager, city, assessed, catalogue):
    course_a, course_b = catalogue["course_a"], catalogue["course_b"]
    client.force_login(manager)
    client.post(pathway_url(city), {"page": course_b.pk, "action": "pin", "note": "Coordination"})
    client.post(pathway_url(city), {"page": course_a.pk, "action": "pin", "note": "Then this"})
    first = PathwayAdjustment.objects.get(page=course_b)
    for _retry in range(2):
        client.post(pathway_url(city), {"page": course_b.pk, "action": "pin", "note": "Coordination"})
    again = PathwayAdjustment.objects.get(page=course_b)
    assert (again.pk, again.created_at) == (first.pk, first.created_at)  # keeps its place among the pins
    assert [e.page.pk for e in city_pathway(city=city, language="en").entries][:2] == [course_b.pk, course_a.pk]
    client.post(pathway_url(city), {"page": course_b.pk, "action": "pin", "note": "Coordination, urgently"})
    assert PathwayAdjustment.objects.get(page=course_b).note == "Coordination, urgently"
    for _retry in range(2):
        response = client.post(pathway_url(city), {"page": course_b.pk, "action": "undo"})
        assert response.status_code == 302
    assert not PathwayAdjustment.objects.filter(page=course_b).exists()
    assert PathwayAdjustment.objects.filter(city=city).count() == 1


def test_a_change_without_a_note_is_refused_next_to_its_form(client, manager, city, assessed, catalogue):
    client.force_login(manager)
    response = client.post(pathway_url(city), {"page": catalogue["course_a"].pk, "action": "remove", "note": "  "})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.text and "Say why, in a note the team will see." in response.text
    response = client.post(pathway_url(city), {"page": catalogue["module"].pk, "action": "pin", "note": ""})
    assert response.status_code == 400 and 'id="pin-note-errors"' in response.text
    lesson = LessonPage.objects.descendant_of(catalogue["course_a"]).first()
    response = client.post(pathway_url(city), {"page": lesson.pk, "action": "pin", "note": "A lesson"})
    assert response.status_code == 400 and "Only courses and modules" in response.text
    assert client.post(pathway_url(city), {"page": lesson.pk, "action": "hide", "note": "x"}).status_code == 400
    assert not PathwayAdjustment.objects.exists()


def test_a_refused_note_takes_the_focus_and_a_note_too_long_is_refused(client, manager, city, assessed, catalogue):
    client.force_login(manager)
    course = catalogue["course_a"]
    # The form is far down a long page: the field with its message is where the page opens.
    response = client.post(pathway_url(city), {"page": course.pk, "action": "pin", "note": ""})
    assert re.search(rf'<textarea id="note-{course.pk}"[^>]*aria-invalid="true"[^>]*autofocus', response.text)
    assert response.text.count("autofocus") == 1
    long_note = "x" * 1001
    response = client.post(pathway_url(city), {"page": course.pk, "action": "pin", "note": long_note})
    assert response.status_code == 400
    assert "A note can have at most 1000 characters; this one has 1001." in response.text
    assert long_note in response.text, "the note is given back to be shortened, not lost"
    assert not PathwayAdjustment.objects.exists()
    response = client.post(pathway_url(city), {"page": course.pk, "action": "pin", "note": "y" * 1000})
    assert response.status_code == 302


def test_the_page_offers_the_forms_in_arabic_with_the_city_name_isolated(client, manager, city, assessed):
    client.force_login(manager)
    page = client.get(f"/ar/trainer/cities/{city.pk}/").text
    assert 'dir="rtl"' in page and "<bdi>Sfax (ar)</bdi>" in page
    assert page.count('name="csrfmiddlewaretoken"') >= 3  # one form per item and "Pin another"
    assert 'id="pin-page"' in page and 'for="pin-note"' in page


# --- What the page shows -----------------------------------------------------------------------


def test_the_team_progress_through_the_pathway(city, lead, member, assessed, catalogue):
    """Done: every counted lesson of the item completed; in progress: a lesson opened."""
    course_a = catalogue["course_a"]
    for lesson in LessonPage.objects.descendant_of(course_a):
        LessonProgress.objects.create(
            user=member,
            lesson_key=lesson.translation_key,
            course_key=course_a.translation_key,
            status=LessonStatus.COMPLETED,
            completed_at=timezone.now(),
        )
    first_of_b = LessonPage.objects.descendant_of(catalogue["course_b"]).order_by("path").first()
    LessonProgress.objects.create(
        user=lead,
        lesson_key=first_of_b.translation_key,
        course_key=catalogue["course_b"].translation_key,
        status=LessonStatus.IN_PROGRESS,
    )
    entries = city_pathway(city=city, language="en").entries
    progress = team_progress(city=city, entries=entries)
    statuses = {row.membership.user: row.statuses for row in progress.members}
    assert statuses[member] == [ItemStatus.DONE, ItemStatus.NOT_STARTED]
    assert statuses[lead] == [ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS]
    assert [(item.done, item.in_progress) for item in progress.items] == [(1, 0), (0, 1)]


def test_completions_and_certificates_of_the_team(client, manager, city, member, assessed, catalogue):
    course_a = catalogue["course_a"]
    member.certificate_name_latin = "Salma Member"
    member.save()
    progress.enrol(user=member, course=course_a)
    for lesson in LessonPage.objects.descendant_of(course_a):
        progress.mark_lesson_complete(user=member, lesson=lesson)
    certificates.issue_for_completion(user=member, course=course_a)
    client.force_login(manager)
    page = client.get(page_url(city)).text
    assert f'<th scope="row">{course_a.title}</th><td>1</td><td>1</td>' in page
    assert "cell cell--done" in page


def test_the_history_says_what_changed_between_the_last_two_assessments(
    client, manager, questionnaire, city, lead, assessed, catalogue, english
):
    course_a, course_b, module = catalogue["course_a"], catalogue["course_b"], catalogue["module"]
    assert history.latest_changes(city=city, language="en") is None
    # Course A falls to third, course B rises to first, the module comes in.
    answers = {"q-structure": "o-informal", "q-youth": ["o-nothing"], "q-coordination": 1}
    submitted(questionnaire, city, lead, {lead: answers})
    changes = history.latest_changes(city=city, language="en")
    assert changes.previous == assessed
    assert [(c.question.id, c.before, c.after) for c in changes.answers] == [
        ("q-structure", "No", "Informal contacts only"),
        ("q-youth", "", "They do not"),
        ("q-coordination", "3.0", "1.0"),
    ]
    assert [(m.page.pk, m.before, m.after, m.direction) for m in changes.moves] == [
        (course_b.pk, 2, 1, history.UP),
        (module.pk, None, 2, history.NEW),
        (course_a.pk, 1, 3, history.DOWN),
    ]
    client.force_login(manager)
    page = text(client.get(page_url(city)).text)
    assert "What changed between" in page
    assert f"Moved up: {course_b.title} (2 → 1)" in page and f"New: {module.title} (now 2)" in page
    # Only the last two count: a third assessment is compared with the second.
    submitted(questionnaire, city, lead, {lead: {"q-structure": "o-formal", "q-youth": [], "q-coordination": 1}})
    moves = history.latest_changes(city=city, language="en").moves
    assert [(m.page.pk, m.direction) for m in moves] == [(module.pk, history.GONE), (course_a.pk, history.GONE)]
    assert [line.assessment.is_submitted for line in history.timeline(city=city)] == [True, True, True]


def test_empty_states(client, manager, city):
    client.force_login(manager)
    page = client.get(page_url(city)).text
    assert "has not started a needs assessment yet" in page
    assert "No pathway yet" in page
    assert "No one is in this city's team yet" in page
    assert "No cohort in this city yet" in page
    assert "No one in the team has completed a course yet" in page
    assert "No city matches" in client.get(LIST, {"q": "Atlantis"}).text


# --- Cost --------------------------------------------------------------------------------------


def test_the_page_costs_the_same_as_courses_members_and_assessments_grow(
    client, manager, questionnaire, city, lead, member, catalogue, django_assert_num_queries
):
    """3 vs 30 team members (with progress, completions and certificates), 2 vs 5 assessments, a pathway
    of 3 vs 9 items over 2 vs 5 courses, 1 vs 3 cohorts."""
    answers = {"q-structure": "o-none", "q-youth": ["o-nothing"], "q-coordination": 2}
    third = make_member(city, "third@example.org")
    team = [lead, member, third]
    submitted(questionnaire, city, lead, {lead: answers})
    submitted(questionnaire, city, lead, {user: answers for user in team})
    make_cohort(name="Sfax one", courses=[catalogue["course_a"]], country="TN", city=city)
    course_a = catalogue["course_a"]

    def grow_progress(users):
        for user in users:
            for lesson in LessonPage.objects.descendant_of(course_a):
                LessonProgress.objects.get_or_create(
                    user=user,
                    lesson_key=lesson.translation_key,
                    course_key=course_a.translation_key,
                    defaults={"status": LessonStatus.COMPLETED, "completed_at": timezone.now()},
                )

    def complete(users):
        for user in users:
            progress.enrol(user=user, course=course_a)
            for lesson in LessonPage.objects.descendant_of(course_a):
                progress.mark_lesson_complete(user=user, lesson=lesson)
            certificates.issue_for_completion(user=user, course=course_a)

    grow_progress(team)
    member.certificate_name_latin = "Salma Member"
    member.save()
    complete([member])
    client.force_login(manager)
    client.get(page_url(city))  # warm the per-process caches (site, content types) first
    with CaptureQueriesContext(connection) as small:
        assert client.get(page_url(city)).status_code == 200
    small_count = len(small)  # read now: the next request clears the query log

    team += [make_member(city, f"grown-{n}@example.org", certificate_name_latin=f"Member {n}") for n in range(27)]
    grow_progress(team)
    complete(team[3:6])
    for _round in range(3):
        submitted(questionnaire, city, lead, {user: answers for user in team[:10]})
    index = CourseIndexPage.objects.get(locale__language_code="ar")
    for n in range(3):
        course = make_course(index, slug=f"grown-course-{n}", modules=1, lessons_per_module=2)
        for page in (course, course.get_children().first()):
            services.adjust_pathway(city=city, page=page, action=AdjustmentAction.PIN, note="More", user=manager)
    for n in range(2):
        make_cohort(name=f"Sfax {n}", courses=[course_a], country="TN", city=city)

    client.get(page_url(city))  # new pages renewed the page cache: warm it again, as before the first count
    with django_assert_num_queries(small_count):
        page = client.get(page_url(city)).text
    assert page.count('class="matrix__row"') == 30
    assert page.count('class="pathway__item"') == 9
    assert f'<th scope="row">{course_a.title}</th><td>4</td><td>4</td>' in page
