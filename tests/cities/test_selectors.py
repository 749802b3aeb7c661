"""The team's combined result and disagreements, answers kept readable when the questionnaire changes,
the history of re-assessments, and the pathway with reasons in the viewer's language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.cities import selectors, services
from courses.cities.models import AdjustmentAction, NeedsAssessmentPage
from tests.cities.conftest import make_member
from tests.cities.test_questionnaire import _translate_with_wagtail_localize
from tests.factories import make_user


def _submitted(questionnaire, city, lead, answers_by_user):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    for user, answers in answers_by_user.items():
        services.save_answers(assessment=draft, user=user, answers=answers)
    return services.submit_assessment(assessment=draft, user=lead)


def test_the_result_combines_the_team_and_shows_where_they_disagree(questionnaire, city, lead, member):
    third = make_member(city, "third@example.org")
    assessment = _submitted(
        questionnaire,
        city,
        lead,
        {
            lead: {"q-structure": "o-none", "q-youth": ["o-council"], "q-coordination": 1, "q-notes": "Busy"},
            member: {"q-structure": "o-none", "q-youth": ["o-council"], "q-coordination": 4},
            third: {"q-structure": "o-informal", "q-youth": ["o-council"], "q-coordination": 2},
        },
    )
    result = selectors.assessment_result(assessment=assessment, language="en")
    assert result.respondents == 3 and result.removed == []
    [(heading, rows)] = result.sections
    structure, youth, coordination, notes = rows
    assert heading == "Existing structures"
    assert [(option.id, count) for option, count in structure.option_counts] == [
        ("o-none", 2),
        ("o-informal", 1),
        ("o-formal", 0),
    ]
    assert structure.disagreement and not youth.disagreement
    assert coordination.mean == 2.3 and coordination.disagreement
    assert notes.texts == ["Busy"] and not notes.disagreement
    assert [row.question.id for row in result.disagreements] == ["q-structure", "q-coordination"]


def test_a_changed_questionnaire_keeps_earlier_answers_readable(questionnaire, city, lead, member):
    assessment = _submitted(
        questionnaire, city, lead, {lead: {"q-structure": "o-informal", "q-notes": "Our plan"}, member: {}}
    )
    # An editor later removes the text question and the "informal" option, and rewords a question.
    page = NeedsAssessmentPage.objects.get(pk=questionnaire.pk)
    raw = page.body.raw_data
    section = raw[0]["value"]
    section["questions"] = [q for q in section["questions"] if q["id"] != "q-notes"]
    section["questions"][0]["value"]["prompt"] = "Is there a local prevention network in your city?"
    options = section["questions"][0]["value"]["options"]
    section["questions"][0]["value"]["options"] = [o for o in options if o["id"] != "o-informal"]
    page.body = raw
    page.save_revision().publish()

    result = selectors.assessment_result(assessment=assessment, language="en")
    structure = result.sections[0][1][0]
    assert structure.question.prompt == "Is there a local prevention network in your city?"
    assert structure.removed_options == 1 and sum(count for _option, count in structure.option_counts) == 0
    assert [(removed.question_id, removed.values) for removed in result.removed] == [("q-notes", ["Our plan"])]


def test_the_history_says_what_changed_between_assessments(questionnaire, city, lead, member):
    first = _submitted(questionnaire, city, lead, {lead: {"q-structure": "o-none", "q-coordination": 1}})
    second = _submitted(questionnaire, city, lead, {lead: {"q-structure": "o-formal", "q-coordination": 1}})
    history = selectors.assessment_history(city=city, language="en")
    assert [entry.assessment for entry in history] == [first, second]
    assert history[0].changes == []
    [change] = history[1].changes
    assert (change.question.id, change.before, change.after) == ("q-structure", "No", "Yes, it meets regularly")


def test_the_pathway_ranks_items_with_reasons_in_the_viewers_language(questionnaire, catalogue, city, lead, member):
    _translate_with_wagtail_localize(questionnaire, "fr")
    _submitted(
        questionnaire,
        city,
        lead,
        {
            lead: {"q-structure": "o-none", "q-youth": ["o-nothing"], "q-coordination": 1},
            member: {"q-structure": "o-none", "q-youth": ["o-nothing", "o-lab"], "q-coordination": 3},
        },
    )
    pathway = selectors.city_pathway(city=city, language="fr")
    keys = [entry.page.translation_key for entry in pathway.entries]
    # A: 3 (no network) + 0.5 (its track, via labs) = 3.5; B: 4 × (5 − 2) / 4 = 3; module of B: 2.
    assert keys == [
        catalogue["course_a"].translation_key,
        catalogue["course_b"].translation_key,
        catalogue["module"].translation_key,
    ]
    first = pathway.entries[0]
    assert first.kind == "course" and first.score == 3.5
    assert [(reason.question, reason.answer) for reason in first.reasons] == [
        ("[fr] Does your city have a local prevention network?", "[fr] No"),
        ("[fr] How do young people take part?", "[fr] Youth innovation labs"),
    ]
    assert pathway.entries[2].kind == "module"
    english = selectors.city_pathway(city=city, language="en")
    assert english.entries[0].reasons[0].answer == "No"


def test_the_pathway_applies_pins_and_removals(questionnaire, catalogue, city, lead):
    from django.contrib.auth.models import Group

    from courses.cities.access import PROGRAMME_MANAGERS

    manager = make_user("pm-pathway@example.org")
    manager.groups.add(Group.objects.get(name=PROGRAMME_MANAGERS))
    _submitted(questionnaire, city, lead, {lead: {"q-structure": "o-none", "q-coordination": 1}})
    services.adjust_pathway(
        city=city, page=catalogue["module"], action=AdjustmentAction.PIN, note="Youth first", user=manager
    )
    services.adjust_pathway(
        city=city, page=catalogue["course_a"], action=AdjustmentAction.REMOVE, note="Done", user=manager
    )
    entries = selectors.city_pathway(city=city, language="en").entries
    assert [(entry.page.pk, entry.pinned, entry.note) for entry in entries] == [
        (catalogue["module"].pk, True, "Youth first"),
        (catalogue["course_b"].pk, False, ""),
    ]


def test_a_city_without_a_submitted_assessment_has_no_pathway_yet(questionnaire, city, lead):
    services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    assert selectors.city_pathway(city=city, language="ar").entries == []


@pytest.mark.parametrize("reader", ["pathway", "result", "history"])
def test_reads_stay_constant_in_queries_as_the_team_and_history_grow(questionnaire, city, lead, reader):
    def read():
        if reader == "pathway":
            return selectors.city_pathway(city=city, language="en")
        if reader == "result":
            assessment = city.assessments.submitted().order_by("-submitted_at").first()
            return selectors.assessment_result(assessment=assessment, language="en")
        return selectors.assessment_history(city=city, language="en")

    answers = {"q-structure": "o-none", "q-youth": ["o-nothing", "o-lab"], "q-coordination": 2, "q-notes": "x"}
    _submitted(questionnaire, city, lead, {lead: answers})
    with CaptureQueriesContext(connection) as small:
        read()
    team = [make_member(city, f"member-{n}@example.org") for n in range(10)]
    for _round in range(3):
        _submitted(questionnaire, city, lead, {user: answers for user in [lead, *team]})
    with CaptureQueriesContext(connection) as large:
        read()
    assert len(large) == len(small), [query["sql"] for query in large.captured_queries]
