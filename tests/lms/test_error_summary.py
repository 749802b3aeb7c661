"""A long form sent with mistakes opens on a summary (includes/error_summary.html): a heading, then
one link per mistake to its field, announced and focused on load without a script."""

import re
from html import unescape

import pytest

from tests.factories import make_user
from tests.practices.conftest import practice_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner():
    return make_user("summary@example.org", full_name="Salma Idrissi", preferred_language="ar", country="MA")


def _summary(html: str) -> str:
    match = re.search(r'<div class="error-summary"[^>]*>.*?</div>', html, re.S)
    assert match, "the page has an error summary"
    return match.group(0)


def test_a_form_sent_with_only_a_title_opens_on_a_summary_linking_to_each_field(client, learner):
    client.force_login(learner)
    data = {key: "" for key in practice_post()} | {"submission_key": practice_post()["submission_key"]}
    data["title"] = "Only a title"
    html = unescape(client.post("/ar/practices/new/", data).content.decode())
    summary = _summary(html)
    opening = re.match(r"<div[^>]*>", summary).group(0)
    assert 'role="alert"' in opening and 'tabindex="-1"' in opening and "autofocus" in opening
    assert "هناك مشكلة" in summary
    assert html.index('class="error-summary"') < html.index('name="title"'), "the summary comes before the fields"
    links = [
        (target, re.sub(r"<[^>]+>", "", text)) for target, text in re.findall(r'<a href="#([^"]+)">(.*?)</a>', summary)
    ]
    errored = re.findall(r'<div class="field field--error">\s*<label for="([^"]+)"', html)
    assert len(errored) >= 5
    assert [target for target, _text in links] == errored, "one link a field, in the page's order"
    for target, _text in links:
        assert f'id="{target}"' in html
    assert "«الهدف»: هذا الحقل مطلوب." in [text for _target, text in links], "the field's label, then its error"


def test_a_form_without_mistakes_has_no_summary(client, learner):
    client.force_login(learner)
    assert 'class="error-summary"' not in client.get("/ar/practices/new/").content.decode()
