"""Shared fixtures: a clean cache per test (allauth's rate limits live there) and the demo site."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_site(db):
    """The home pages in ar/en/fr, as `make run` loads them, and the demo accounts."""
    call_command("load_demo", "--with-demo-accounts", stdout=io.StringIO())
