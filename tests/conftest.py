"""Shared fixtures: a clean cache per test (allauth's rate limits live there) and the demo site."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _no_active_language():
    """Each test-client request leaves its language active; a later test's reverse() must not inherit it."""
    yield
    translation.deactivate()


@pytest.fixture(scope="session", autouse=True)
def _badge_signing_key():
    """Each test run signs Open Badges credentials with its own throwaway key."""
    from pathlib import Path

    from django.conf import settings

    from courses.certificates.badges import generate_private_key_pem

    path = Path(settings.OPENBADGES_PRIVATE_KEY_FILE)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(generate_private_key_pem())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site, catalogue and accounts, loaded once per test database, as `make run` loads them.

    Each test runs in a transaction that is rolled back, so every test starts from this state.
    Browser tests (transactional) run last and load the demo again themselves.
    """
    with django_db_blocker.unblock():
        call_command("load_demo", "--with-demo-accounts", stdout=io.StringIO())


@pytest.fixture
def demo_site(db):
    """Documents that a test relies on the demo data loaded by django_db_setup."""


@pytest.fixture
def storage_roots(settings, tmp_path):
    """MEDIA_ROOT (public, served at /media/ in development) and PRIVATE_MEDIA_ROOT of this test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def development_urls(settings):
    """lms/urls.py as `make run` loads it (DEBUG on), so that MEDIA_ROOT is served at /media/."""
    import importlib

    from django.urls import clear_url_caches

    import lms.urls

    debug = settings.DEBUG
    settings.DEBUG = True
    importlib.reload(lms.urls)
    clear_url_caches()
    yield
    settings.DEBUG = debug
    importlib.reload(lms.urls)
    clear_url_caches()
