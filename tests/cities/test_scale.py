"""The assessment's 1–5 scale as HTML: one fieldset with its legend, the five points in a row of their
own, then the two end labels, each tied to its end point with aria-describedby (the layout on a phone
is checked in tests/e2e/test_city_scale_phone.py)."""

import re

from courses.cities import services

NAME = "q-q-coordination"


def test_the_scale_is_a_fieldset_with_a_row_of_points_then_the_end_labels(client, questionnaire, city, lead):
    services.start_assessment(city=city, questionnaire=questionnaire, user=lead)
    client.force_login(lead)
    page = client.get("/ar/city/assessment/").text
    start = page.index(f'name="{NAME}"')
    fieldset = page[page.rindex("<fieldset", 0, start) : page.index("</fieldset>", start)]
    assert "<legend>How well do you coordinate with national agencies?</legend>" in fieldset
    row = re.search(r'<div class="scale__points">(.*?)</div>', fieldset, re.S).group(1)
    assert row.count('class="scale__point"') == 5 and "scale__end" not in row
    radios = re.findall(r"<input [^>]*>", row)
    assert [re.search(r'value="(\d)"', radio).group(1) for radio in radios] == ["1", "2", "3", "4", "5"]
    assert f'aria-describedby="{NAME}-low"' in radios[0] and f'aria-describedby="{NAME}-high"' in radios[4]
    assert all("aria-describedby" not in radio for radio in radios[1:4])
    ends = fieldset[fieldset.index('class="scale__ends"') :]
    assert ends.index(f'id="{NAME}-low">Not at all<') < ends.index(f'id="{NAME}-high">Very well<')
    assert fieldset.index('class="scale__points"') < fieldset.index('class="scale__ends"')
