"""Browser harness: Python Playwright driving Debian's Chromium against pytest-django's live server.

Never `playwright install`: the browser is /usr/bin/chromium from Debian. Locally the
browser tests skip when it is missing; under CI=true a missing browser is a failure.
"""

import functools
import importlib
import io
import os
import sqlite3
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIServer
from django.test.testcases import LiveServerThread

from tests.factories import DEFAULT_PASSWORD, totp_code

# The sync Playwright API runs an event loop in the test thread; Django must allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The service worker's own requests are routable only with this (tests/e2e/test_offline.py cuts them to
# go offline: Chromium's offline emulation does not reach a service worker). No other test routes requests.
os.environ.setdefault("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


class SerialWSGIServer(WSGIServer):
    """The live server, one request at a time (each answered with `Connection: close`).

    On SQLite the test database is in memory, and Django hands the live server the test's own connection.
    Its default threaded server then runs the browser's parallel requests (a page's scripts, sprite and
    images) on that one connection at once, and SQLite fails some of them at random ("bad parameter or other
    API misuse"). PostgreSQL gives each thread its own connection and keeps the threaded server.
    """

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture(scope="session", autouse=True)
def _serial_live_server_on_shared_sqlite(django_db_setup):
    """Chosen once the test database exists (its name tells whether it is in memory)."""
    from django.db import connection

    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        LiveServerThread.server_class = SerialWSGIServer
    yield
    LiveServerThread.server_class = ThreadedWSGIServer


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM}; install Debian's `chromium` package."
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ar")
    page = context.new_page()
    yield page
    # Leaving the page fires its last writes (the H5P bridge saves state on pagehide, with keepalive).
    # Let the live server finish them before the test's database is flushed: a write still running
    # then holds SQLite's lock and the flush fails.
    page.goto("about:blank")
    page.wait_for_timeout(500)
    context.close()


# Data migrations whose rows a flush removes: the editorial groups and workflow, the H5P and city
# permissions, the programme managers. Without them, a browser test that runs after another one finds
# editors who cannot open the admin (a redirect loop through the login page).
DATA_MIGRATIONS = [
    ("courses.migrations.0002_editorial_groups", "set_up_groups"),
    ("courses.h5p.migrations.0002_editor_permissions", "grant"),
    ("courses.cohorts.migrations.0002_programme_managers", "create_group"),
    ("courses.cities.migrations.0002_programme_managers", "grant"),
    ("courses.migrations.0008_case_study_drafts_and_workflow", "set_up_case_study_workflow"),
    ("courses.guide_feedback.migrations.0002_report_readers", "grant"),
]


@functools.cache
def _migrated_apps():
    """The models as the migrations know them (what RunPython receives), built once per session."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    return MigrationLoader(connection).project_state().apps


def restore_migration_data() -> None:
    for module, function in DATA_MIGRATIONS:
        getattr(importlib.import_module(module), function)(_migrated_apps(), None)


# The demo as loaded into a flushed in-memory SQLite database, copied once per test process: loading it
# took about 20 s, before nearly every browser test; copying it back takes milliseconds.
_demo_copy: sqlite3.Connection | None = None


@pytest.fixture
def live_demo(live_server):
    """The live server with the demo site loaded (live_server flushes the database between tests)."""
    global _demo_copy
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Page

    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if in_memory and _demo_copy is not None:
        connection.ensure_connection()
        _demo_copy.backup(connection.connection)
        # The copy's rows point at the files the first load wrote under tests/artifacts/ (images, H5P
        # packages, documents), which stay on disk: no browser test deletes a demo file.
        ContentType.objects.clear_cache()
        return live_server
    # Only a load into a flushed database is kept: the first browser test finds the suite's own demo
    # database, loaded once for every test (tests/conftest.py), and loads the demo over it as before.
    flushed = not Page.objects.exists()
    restore_migration_data()
    call_command("load_demo", "--with-demo-accounts", stdout=io.StringIO())
    if in_memory and flushed:
        _demo_copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(_demo_copy)
    return live_server


def log_in(page, base: str, email: str, password: str = DEFAULT_PASSWORD, totp_secret: str | None = None) -> None:
    """Sign in through the login form, as a person does; staff then give the code from their authenticator app."""
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    if totp_secret:
        page.fill("input[name=code]", totp_code(totp_secret))
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_url(lambda url: "/2fa/" not in url)
    # The landing page must finish its own requests (its favicon): a test going on at once aborts them, and a
    # test watching for failed requests would count the abort against what it checks.
    page.wait_for_load_state("networkidle")


@pytest.fixture
def screenshot_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def _stored_statements_are_valid_xapi(transactional_db):
    """Every H5P statement any browser test stores validates against xAPI 1.0.3 (checked before the flush)."""
    yield
    from courses.h5p.models import H5PStatement
    from tests.h5p.xapi_validation import assert_valid_xapi

    for statement in H5PStatement.objects.values_list("statement", flat=True):
        assert_valid_xapi(statement)
