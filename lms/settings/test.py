"""Test settings: fast hashing, in-memory mail, immediate tasks, real database from DATABASE_URL."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key-not-for-production-0123456789abcdef"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
MEDIA_ROOT = BASE_DIR / "tests" / "artifacts" / "media"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Static files are served from the app folders by the finders; no collectstatic in tests.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
