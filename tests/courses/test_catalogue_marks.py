"""The catalogue's one hook for marks: every registered function's marks reach their cards, and the
marked cards are listed above the catalogue in strips, one per heading, in each mark's rank order."""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from wagtail import hooks

from courses.catalogue_marks import CATALOGUE_COURSE_MARKS, CatalogueMark, mark_cards


def _request():
    """A visitor's request: the apps' own hooks (cities) mark nothing for a visitor."""
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    return request


def _cards(*pks: int) -> list:
    """Stand-ins for the catalogue's cards: marks need only each card's page pk."""
    return [SimpleNamespace(page=SimpleNamespace(pk=pk)) for pk in pks]


def test_marks_reach_their_cards_and_strips_follow_the_ranks():
    def city(request, courses):
        return {3: CatalogueMark(label="For your city", rank=1), 1: CatalogueMark(label="For your city", rank=2)}

    def cohort(request, courses):
        assert [course.pk for course in courses] == [1, 2, 3]
        return {2: CatalogueMark(label="In your cohort", rank=1, heading="Your cohort's courses")}

    with (
        hooks.register_temporarily(CATALOGUE_COURSE_MARKS, city),
        hooks.register_temporarily(CATALOGUE_COURSE_MARKS, cohort),
    ):
        marked, strips = mark_cards(_request(), _cards(1, 2, 3))
    assert [[mark.label for mark in item.marks] for item in marked] == [
        ["For your city"],
        ["In your cohort"],
        ["For your city"],
    ]
    assert [(strip.heading, [item.card.page.pk for item in strip.cards]) for strip in strips] == [
        ("For your city", [3, 1]),
        ("Your cohort's courses", [2]),
    ]


def test_no_hook_and_no_courses_mean_no_marks():
    marked, strips = mark_cards(_request(), _cards(1))
    assert [item.marks for item in marked] == [()] and strips == []
    assert mark_cards(_request(), []) == ([], [])
