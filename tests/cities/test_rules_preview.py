"""The rules are data: an editor changes a weight on the questionnaire and, in the page's "Pathways for the
cities" preview, sees each city's pathway under the edited (unsaved) questionnaire, with the reasons and
how each item moved; nothing is saved, the published pathways do not change, and the preview's reads do
not grow with the number of cities."""

import copy
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail import blocks

from courses.cities import selectors, services
from courses.cities.models import NeedsAssessmentPage
from courses.cities.rules_preview import pathways_preview
from tests.cities.conftest import make_city, make_member
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

ANSWERS = {"q-structure": "o-none", "q-coordination": 1}  # course A: 3 × 1; course B: 4 × (5 − 1) / 4


def _submit(questionnaire, city, lead, answers=ANSWERS):
    draft = services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    services.save_answers(assessment=draft, user=lead, answers=answers)
    return services.submit_assessment(assessment=draft, user=lead)


def _with_weight(page: NeedsAssessmentPage, weight: int) -> list:
    """The questionnaire's raw body with the weight of "No" → course A changed."""
    body = copy.deepcopy(list(page.body.raw_data))
    [structure] = [q for q in body[0]["value"]["questions"] if q["id"] == "q-structure"]
    [none] = [o for o in structure["value"]["options"] if o["id"] == "o-none"]
    none["value"]["tags"][0]["value"]["weight"] = weight
    return body


def _titles(entries) -> list[str]:
    return [entry.page.title for entry in entries]


def test_a_changed_weight_reorders_the_preview_and_saves_nothing(questionnaire, catalogue, city, lead):
    _submit(questionnaire, city, lead)
    a, b = catalogue["course_a"].title, catalogue["course_b"].title
    published = selectors.city_pathway(city=city, language="ar")
    assert _titles(published.entries) == [b, a]

    same = pathways_preview(questionnaire=questionnaire)
    [preview] = same.cities
    assert same.compared and preview.city == city and preview.respondents == 1
    assert [(i.entry.page.title, i.movement) for i in preview.items] == [(b, "same"), (a, "same")]

    edited = NeedsAssessmentPage.objects.get(pk=questionnaire.pk)
    edited.body = _with_weight(edited, 5)  # in memory, as the editor's form leaves it for the preview
    [preview] = pathways_preview(questionnaire=edited).cities
    assert [(i.entry.page.title, i.position, i.before, i.movement) for i in preview.items] == [
        (a, 1, 2, "up"),
        (b, 2, 1, "down"),
    ]
    assert preview.items[0].entry.score == 5 and preview.items[0].entry.reasons[0].answer == "No"
    assert _titles(selectors.city_pathway(city=city, language="ar").entries) == [b, a]

    body = _with_weight(questionnaire, 3)
    body[0]["value"]["questions"][0]["value"]["options"][0]["value"]["tags"] = []  # the rule removed
    edited.body = body
    [preview] = pathways_preview(questionnaire=edited).cities
    assert _titles(e.entry for e in preview.items) == [b]
    assert [page.title for page in preview.dropped] == [a]


def test_a_module_is_shown_with_its_course(questionnaire, catalogue, city, lead):
    _submit(questionnaire, city, lead, {"q-youth": ["o-nothing"]})
    [preview] = pathways_preview(questionnaire=questionnaire).cities
    [item] = preview.items
    assert item.entry.page.pk == catalogue["module"].pk and item.course.pk == catalogue["course_b"].pk


def test_only_cities_whose_last_assessment_used_this_questionnaire_are_shown(questionnaire, catalogue, city, lead):
    assert pathways_preview(questionnaire=questionnaire).cities == []  # none submitted yet: the empty state
    _submit(questionnaire, city, lead)
    unsaved = NeedsAssessmentPage(title="New questionnaire", body=questionnaire.body.raw_data)
    preview = pathways_preview(questionnaire=unsaved)
    assert preview.cities == [] and not preview.compared  # another questionnaire: no city answered it yet


def test_the_preview_reads_do_not_grow_with_the_cities(questionnaire, catalogue, city, lead, django_assert_num_queries):
    _submit(questionnaire, city, lead)
    pathways_preview(questionnaire=questionnaire)  # warm the per-process caches (content types, locales)
    with CaptureQueriesContext(connection) as one:
        pathways_preview(questionnaire=questionnaire)
    for number in range(6):
        other = make_city(f"Preview city {number}")
        other_lead = make_member(other, f"preview-lead-{number}@example.org", lead=True)
        _submit(questionnaire, other, other_lead, {"q-structure": "o-informal", "q-youth": ["o-nothing", "o-lab"]})
    with django_assert_num_queries(len(one)):
        assert len(pathways_preview(questionnaire=questionnaire).cities) == 7


# --- Through the admin: the editor's unsaved form, previewed in the "pathways" mode -----------------------


def _form_data(block, value, prefix: str) -> dict:
    """The admin form's POST data for a block's raw value (as Wagtail's block widgets post it)."""
    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": str(len(value))}
        for i, child in enumerate(value):
            data |= {f"{prefix}-{i}-type": child["type"], f"{prefix}-{i}-id": child.get("id", "")}
            data |= {f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i)}
            data |= _form_data(block.child_blocks[child["type"]], child["value"], f"{prefix}-{i}-value")
        return data
    if isinstance(block, blocks.ListBlock):
        data = {f"{prefix}-count": str(len(value))}
        for i, child in enumerate(value):
            data |= {
                f"{prefix}-{i}-id": child.get("id", ""),
                f"{prefix}-{i}-deleted": "",
                f"{prefix}-{i}-order": str(i),
            }
            data |= _form_data(block.child_block, child["value"], f"{prefix}-{i}-value")
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            data |= _form_data(child, (value or {}).get(name), f"{prefix}-{name}")
        return data
    return {prefix: "" if value is None else str(value)}


def _preview_order(client, page: NeedsAssessmentPage, body: list) -> list[str]:
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    stream_block = NeedsAssessmentPage.body.field.stream_block
    data = {"title": page.title, "slug": page.slug, "intro": page.intro, **_form_data(stream_block, body, "body")}
    response = client.post(url, data)
    assert response.json()["is_valid"], response.content
    html = client.get(url, {"mode": "pathways"}).text
    assert "rules-preview__city" in html
    return re.findall(r'<h3 class="pathway__title"><a href="[^"]*">([^<]+)</a></h3>', html)


def test_the_editor_sees_the_order_change_in_the_admin_preview_before_saving(
    client, questionnaire, catalogue, city, lead
):
    _submit(questionnaire, city, lead)
    a, b = catalogue["course_a"].title, catalogue["course_b"].title
    editor = make_user("rules-editor@example.org", is_staff=True, is_superuser=True)
    give_mfa(editor)
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[questionnaire.pk])).text
    assert 'value="pathways"' in edit  # the mode is offered in the preview panel

    assert _preview_order(client, questionnaire, _with_weight(questionnaire, 3)) == [b, a]
    assert _preview_order(client, questionnaire, _with_weight(questionnaire, 5)) == [a, b]
    questionnaire.refresh_from_db()
    assert _titles(selectors.city_pathway(city=city, language="ar").entries) == [b, a]  # nothing saved

    client.force_login(lead)  # a learner reaches no preview
    response = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[questionnaire.pk]), {"mode": "pathways"})
    assert response.status_code in (302, 403) and city.name_en not in response.text
