"""Production: every secret and service comes from the environment.

See README.md ("Configuration") for the full table of variables.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
H5P_MEDIA_ORIGINS = env_list("H5P_MEDIA_ORIGINS")  # comma-separated; see base.py

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # One Redis serves the cache, the sessions and allauth's rate limits, so that
    # several app servers share them.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "lms"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
elif os.environ.get("SINGLE_PROCESS", "").lower() != "true":
    # An in-memory cache is per process: every rate limit (logins, two-factor codes, password resets,
    # invitations, H5P results) would be multiplied by the number of workers, and sessions lost between them.
    raise ImproperlyConfigured(
        "REDIS_URL must be set for production (cache, sessions and rate limits shared by every app server). "
        "For a single process only, set SINGLE_PROCESS=true to use an in-memory cache."
    )

if os.environ.get("TASKS_BACKEND", "database") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]

MAIL_BACKEND = os.environ.get("MAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
MAILERS = {
    "default": {
        "BACKEND": MAIL_BACKEND,
        # The SMTP options only for SMTP: other backends (the console one of `make stack`) refuse unknown options.
        "OPTIONS": {
            key: value
            for key, value in {
                "host": os.environ.get("SMTP_HOST"),
                "port": int(os.environ["SMTP_PORT"]) if os.environ.get("SMTP_PORT") else None,
                "username": os.environ.get("SMTP_USER"),
                "password": os.environ.get("SMTP_PASSWORD"),
                "use_tls": os.environ.get("SMTP_USE_TLS", "true").lower() == "true",
                "timeout": 20,
            }.items()
            if value is not None and MAIL_BACKEND.endswith(".smtp.EmailBackend")
        },
    }
}

if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    # H5P packages and certificate PDFs: private objects with no URL, streamed by our views only. A bucket
    # of their own (AWS_PRIVATE_STORAGE_BUCKET_NAME) is safest; in the shared bucket, no bucket policy may
    # make the "private/" prefix public.
    STORAGES["private"] = {
        "BACKEND": "lms.private_s3_storage.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME") or os.environ["AWS_STORAGE_BUCKET_NAME"],
            "location": os.environ.get("AWS_PRIVATE_LOCATION") or "private",
            "default_acl": "private",
            "querystring_auth": True,
            "custom_domain": None,
            "file_overwrite": False,
        },
    }

STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# HTTPS everywhere, behind a TLS-terminating proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# Content Security Policy, Referrer-Policy, framing and the other headers: base.py (every environment).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"

WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
if not WAGTAILADMIN_BASE_URL:
    raise ImproperlyConfigured("WAGTAILADMIN_BASE_URL must be set (e.g. https://academy.example.org).")

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")
