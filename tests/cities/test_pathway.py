"""Ranking: answers → courses and modules by need, with the answers that led to each; pins and removals."""

import uuid

from courses.cities.pathway import PIN, REMOVE, Adjustment, rank
from courses.cities.questionnaire import MULTIPLE, SCALE, SINGLE, TEXT, Option, Question, Tag

COURSE_A, COURSE_B, MODULE, TRACK, COURSE_C = (uuid.uuid4() for _ in range(5))

QUESTIONS = {
    "q-structure": Question(
        "q-structure",
        SINGLE,
        "Is there a prevention network?",
        options=(
            Option("o-none", "No", (Tag(3, page_key=COURSE_A),)),
            Option("o-informal", "Informal", (Tag(1, page_key=COURSE_A),)),
            Option("o-formal", "Yes"),
        ),
    ),
    "q-youth": Question(
        "q-youth",
        MULTIPLE,
        "How do young people take part?",
        options=(
            Option("o-nothing", "They do not", (Tag(2, page_key=MODULE),)),
            Option("o-lab", "Labs", (Tag(1, track_key=TRACK),)),
        ),
    ),
    "q-coordination": Question(
        "q-coordination", SCALE, "Coordination with national agencies?", tags=(Tag(4, page_key=COURSE_B),)
    ),
    "q-notes": Question("q-notes", TEXT, "Anything else?"),
}
TRACKS = {TRACK: [COURSE_B, COURSE_C]}


def _keys(items):
    return [item.key for item in items]


def test_a_unanimous_answer_gives_its_full_weight_with_the_answer_as_reason():
    [item] = rank(questions=QUESTIONS, responses={"q-structure": ["o-none"]})
    assert item.key == COURSE_A and item.score == 3
    [reason] = item.reasons
    assert (reason.question_id, reason.question, reason.answer, reason.share) == (
        "q-structure",
        "Is there a prevention network?",
        "No",
        1.0,
    )


def test_a_divided_team_weighs_each_answer_by_the_share_who_gave_it():
    [item] = rank(questions=QUESTIONS, responses={"q-structure": ["o-none", "o-informal", "o-formal", "o-none"]})
    # No: 3 × 2/4, informal: 1 × 1/4.
    assert item.score == 1.75
    assert [(r.answer, r.share, r.points) for r in item.reasons] == [("No", 0.5, 1.5), ("Informal", 0.25, 0.25)]


def test_a_low_rating_on_a_scale_means_a_high_need():
    [low] = rank(questions=QUESTIONS, responses={"q-coordination": [1, 2]})
    assert low.key == COURSE_B and low.score == 4 * (5 - 1.5) / 4
    assert low.reasons[0].rating == 1.5 and low.reasons[0].answer == ""
    assert rank(questions=QUESTIONS, responses={"q-coordination": [5, 5]}) == []


def test_items_are_ordered_by_need_and_a_track_counts_for_each_of_its_courses():
    items = rank(
        questions=QUESTIONS,
        responses={"q-structure": ["o-informal"], "q-youth": [["o-nothing", "o-lab"]], "q-coordination": [3]},
        track_courses=TRACKS,
        order={COURSE_A: 0, COURSE_C: 1},
    )
    # B: 4 × 0.5 + 1 (track) = 3; module: 2; A: 1; C: 1 (track), after A in the catalogue order.
    assert _keys(items) == [COURSE_B, MODULE, COURSE_A, COURSE_C]
    assert [item.score for item in items] == [3, 2, 1, 1]
    assert {reason.question_id for reason in items[0].reasons} == {"q-coordination", "q-youth"}
    reordered = rank(
        questions=QUESTIONS,
        responses={"q-structure": ["o-informal"], "q-youth": [["o-nothing", "o-lab"]], "q-coordination": [3]},
        track_courses=TRACKS,
        order={COURSE_C: 0, COURSE_A: 1},
    )
    assert _keys(reordered)[2:] == [COURSE_C, COURSE_A]


def test_answers_to_removed_questions_and_untagged_options_count_for_nothing():
    assert rank(questions=QUESTIONS, responses={"q-gone": ["o-none"], "q-structure": ["o-formal"]}) == []
    assert rank(questions=QUESTIONS, responses={"q-notes": ["We have a plan."]}) == []


def test_pins_come_first_and_removed_items_are_left_out_with_their_notes():
    responses = {"q-structure": ["o-none"], "q-youth": [["o-nothing"]], "q-coordination": [1]}
    items = rank(
        questions=QUESTIONS,
        responses=responses,
        adjustments=[
            Adjustment(COURSE_C, PIN, "Start here: the mayor asked for it."),
            Adjustment(MODULE, PIN, "Youth first."),
            Adjustment(COURSE_B, REMOVE, "Done last year."),
        ],
    )
    assert _keys(items) == [COURSE_C, MODULE, COURSE_A]
    assert items[0].pinned and items[0].note == "Start here: the mayor asked for it." and items[0].reasons == []
    assert items[1].pinned and items[1].reasons[0].answer == "They do not"
    assert not items[2].pinned
