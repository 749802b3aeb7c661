"""The demo's feedback on the guides: answers from several cities in Arabic, English and French; one chapter
with names shown (five or more answers), others with names hidden; loading twice adds nothing."""

import pytest

from courses.guide_feedback import report
from courses.guide_feedback.models import GuideFeedback
from home.demo.guide_feedback import load_demo_guide_feedback

pytestmark = pytest.mark.django_db


def test_the_demo_has_answers_from_several_cities_in_three_languages(demo_site):
    answers = GuideFeedback.objects.filter(user__email__endswith="@academy.example")
    assert answers.count() >= 9
    assert set(answers.values_list("language", flat=True)) == {"ar", "en", "fr"}
    assert {"MA", "JO"} <= set(answers.values_list("country", flat=True))
    assert answers.exclude(comment="").count() >= 6 and answers.exclude(missing="").count() >= 6
    assert load_demo_guide_feedback() == 0
    assert answers.count() == GuideFeedback.objects.filter(user__email__endswith="@academy.example").count()


def test_the_demo_report_shows_names_for_one_chapter_and_hides_them_for_the_others(demo_site):
    result = report.guide_report(report.ReportFilters(), names=report.labels("en"))
    chapters = [chapter for guide in result.guidebooks for chapter in guide.chapters]
    assert any(chapter.names_shown for chapter in chapters)
    assert any(not chapter.names_shown for chapter in chapters)
    assert any(row.learner for row in result.comments.object_list)
    assert any(not row.learner for row in result.comments.object_list)
