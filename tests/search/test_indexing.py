"""What goes into a search entry's text (search/indexing.py): the words a reader sees, not stored keys."""

import re

import pytest

from courses.blocks import CalloutKind
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def test_lesson_entries_leave_out_choice_keys_and_addresses(demo_site):
    """A callout's kind ("tip") and a guidebook's URL are not indexed: they showed, in English, in snippets."""
    lessons = SearchEntry.objects.filter(kind="lesson", locale__language_code="ar")
    assert lessons.count() > 10
    keys = {value for value, _ in CalloutKind().field.choices if value}
    for entry in lessons:
        assert "http" not in entry.text, (entry.title, entry.text[:80])
        assert not keys & set(re.findall(r"[a-z]+", entry.text)), entry.title  # Arabic text: no Latin key
