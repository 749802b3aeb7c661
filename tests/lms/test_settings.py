"""Production settings: refuse to start without a secret, and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "ci-dummy-" + "x" * 60,
    "ALLOWED_HOSTS": "academy.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://academy.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://academy.example.org",
}


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # The browser tests relax async safety for their own process; a deployment never does.
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_mail_uses_mailers_not_email_backend():
    assert "default" in settings.MAILERS
    for module in ("base", "dev", "production", "test"):
        source = (ROOT / "lms" / "settings" / f"{module}.py").read_text()
        assert "EMAIL_BACKEND" not in source
        assert "EMAIL_HOST" not in source


def test_production_refuses_to_start_without_redis():
    """An in-memory cache makes every rate limit per process: production needs the shared Redis."""
    env = {**PRODUCTION_ENV, "REDIS_URL": ""}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def test_production_single_process_opt_out_runs_without_redis():
    env = {**PRODUCTION_ENV, "REDIS_URL": "", "SINGLE_PROCESS": "true"}
    result = _manage("check", env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_wagtail_account_forms_are_off():
    """allauth handles password reset, password change and e-mail change, with its rate limits and verification."""
    assert settings.WAGTAIL_PASSWORD_RESET_ENABLED is False
    assert settings.WAGTAIL_PASSWORD_MANAGEMENT_ENABLED is False
    assert settings.WAGTAIL_EMAIL_MANAGEMENT_ENABLED is False
