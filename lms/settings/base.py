"""Settings shared by every environment.

The defaults are the embedded set-up (SQLite, local media, an in-memory cache,
immediate tasks). Production swaps each of them from environment variables in
`production.py`; see the configuration table in README.md.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "lms"


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "home",
    "search",
    "courses",
    "courses.progress",
    "courses.certificates",
    "courses.cohorts",
    "courses.cities",
    "courses.evidence",
    "courses.convenings",
    "courses.practices",
    "courses.guide_feedback",
    "courses.h5p",
    "courses.offline",
    "lms.accounts.apps.AccountsConfig",
    "lms.languages",
    # Routes, course trees and anonymous pages from the cache, cleared when the page tree changes.
    "lms.page_cache",
    # Wagtail documents only through Wagtail's serve view, handed to nginx there (X-Accel-Redirect).
    "lms.documents.apps.DocumentsConfig",
    "lms.accounts.apps.AccountsUsersAppConfig",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Wagtail's search fields need it on PostgreSQL with Django 6 (postgres.E005).
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Security headers (lms.security): the admin's policy must come after Django's CSP middleware.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "lms.security.admin_policy.AdminContentSecurityPolicyMiddleware",
    "lms.security.permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.languages.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Absolute links in PDFs and mails point to the host that served the request (lms/site_url.py).
    "lms.site_url.SiteURLMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Dates in the reader's time zone, with their country's Arabic month names (lms/languages/calendar.py).
    "lms.languages.middleware.ReaderMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Answers made offline and sent later get a JSON reply the browser's queue can read (courses/offline).
    "courses.offline.middleware.OfflineReplayMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Staff without two-factor authentication are sent to set it up (lms/accounts/mfa_required.py).
    "lms.accounts.mfa_required.MFARequiredMiddleware",
]

ROOT_URLCONF = "lms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "lms.wsgi.application"

# Connections are kept for a minute (a new PostgreSQL connection per request cost a third of the
# throughput under load) and checked before reuse, so a restarted database costs no failed request.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=os.environ.get("DATABASE_CONN_HEALTH_CHECKS", "true").lower() == "true",
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Argon2id at OWASP's minimum cost first (lms/accounts/hashers.py); Django's hashers after it, so that hashes
# stored with them still verify and are rewritten with Argon2id at the next login.
PASSWORD_HASHERS = [
    "lms.accounts.hashers.Argon2idPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first (and the fallback), then English and French.
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", "العربية"),
    ("en", "English"),
    ("fr", "Français"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Paths outside the language prefix, whose 404s are answered as they are (no language redirect).
UNPREFIXED_PATHS = [
    "/robots.txt",
    "/accounts/",
    "/admin/",
    "/documents/",
    "/language/",
    "/verify/",
    "/badges/",
    "/h5p/",
]
# When a page is missing in the reader's language, it is shown in the first of these that has it.
CONTENT_FALLBACK_LANGUAGES = ["en", "fr", "ar"]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# Arabic date formats in the Arabic order (lms/formats/ar/formats.py).
FORMAT_MODULE_PATH = ["lms.formats"]
LANGUAGE_COOKIE_SECURE = False
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# H5P packages and certificate PDFs: outside MEDIA_ROOT and without a URL (see lms/private_storage.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
# Behind nginx (lms/deploy): private files are sent by nginx from this internal location once our views have
# checked the request (X-Accel-Redirect, lms/private_files.py). Empty: the app streams them itself.
PRIVATE_FILES_ACCEL_PREFIX = os.environ.get("PRIVATE_FILES_ACCEL_PREFIX", "")
# The same for Wagtail documents once Wagtail's serve view has checked a collection's privacy (lms/documents).
DOCUMENTS_ACCEL_PREFIX = os.environ.get("DOCUMENTS_ACCEL_PREFIX", "")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "lms.private_storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "lms-default",
        # Routes and course trees of every language, and anonymous pages: well above Django's 300.
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}
# The longest a cached route, course tree or anonymous page lives when nothing is published (lms.page_cache).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# Tasks: the embedded default runs tasks at once, inside the request. Wagtail 8
# enqueues through the django_tasks backport, so both read this one setting.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# The programme's seven countries come first in every country list.
COUNTRIES_FIRST = ["MA", "TN", "LY", "EG", "JO", "LB", "IQ"]
COUNTRIES_FIRST_REPEAT = False
COUNTRIES_FIRST_BREAK = "──────────"

# Mail (Django 6.1 MAILERS; no EMAIL_* settings). Development prints to the console.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Young Cities Academy <academy@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Accounts (django-allauth): e-mail is the login and must be verified.
SITE_NAME = "Young Cities Academy"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_RATE_LIMITS = {
    # The sixth failed login for one account within five minutes is refused. allauth.mfa counts wrong
    # two-factor codes under this action too (one key per account), so the sixth wrong code is refused.
    "login_failed": "10/m/ip,5/5m/key",
    # Confirming the password (or a code) again before sensitive changes, such as turning off two-factor.
    "reauthenticate": "10/m/user",
    # Public certificate verification (courses.certificates), per IP address.
    "verify_certificate": f"{int(os.environ.get('CERTIFICATE_VERIFY_RATE', '30'))}/m/ip",
    # H5P results and resume state posted by the lesson page (courses.h5p), per learner.
    "h5p_results": f"{int(os.environ.get('H5P_RESULTS_RATE', '240'))}/m/user",
}
ACCOUNT_ADAPTER = "lms.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "lms.accounts.forms.SignupForm"}
# Two-factor authentication (allauth.mfa): an authenticator app (TOTP) and one-time recovery codes.
# Staff must set it up before the admin or a trainer page (lms/accounts/mfa_required.py); learners may.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "lms.accounts.adapter.MFAAdapter"
MFA_TOTP_ISSUER = SITE_NAME
# A code from the previous or next 30 seconds is accepted too (phone clocks drift); each code works once.
MFA_TOTP_TOLERANCE = 1
LOGIN_URL = "account_login"
# Private pages send visitors to allauth too, not to Wagtail's own login form.
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "my_learning"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

# Wagtail
WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The admin's login goes through allauth, so it shares its rate limits and verification.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "mp4", "odt", "pdf", "pptx", "rtf", "txt", "webm", "xlsx", "zip"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# allauth owns every account form, with its rate limits and e-mail verification: Wagtail's own password
# reset (unthrottled mails to any address), password change and e-mail change (no verification) are off.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# No page may load anything from another host: avatars are Wagtail's initials, not Gravatar's.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# "Translate this page" makes drafts, which go through moderation (courses/translation_moderation.py),
# instead of publishing every new translation at once, still in the source language.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Open Badges 3.0 signing key (Ed25519, PEM): from the environment in production, or a file
# made by `manage.py generate_badge_key` (git-ignored).
OPENBADGES_PRIVATE_KEY = os.environ.get("OPENBADGES_PRIVATE_KEY", "")
OPENBADGES_PRIVATE_KEY_FILE = os.environ.get(
    "OPENBADGES_PRIVATE_KEY_FILE", str(BASE_DIR / "secrets" / "openbadges-ed25519.pem")
)

# Trainers' e-mail invitations (courses.cohorts): at most this many addresses in one list, and this
# many invitation mails per trainer in 24 hours. One address gets at most one invitation a day.
COHORT_INVITATION_BATCH_MAX = int(os.environ.get("COHORT_INVITATION_BATCH_MAX", "50"))
COHORT_INVITATIONS_PER_TRAINER_PER_DAY = int(os.environ.get("COHORT_INVITATIONS_PER_TRAINER_PER_DAY", "200"))

# H5P: signed player URLs last between one and two of these windows (and stay the same within one,
# so browsers can cache the libraries); uploads larger than this are refused before checking.
H5P_GRANT_HOURS = float(os.environ.get("H5P_GRANT_HOURS", "12"))
H5P_MAX_UPLOAD_BYTES = int(os.environ.get("H5P_MAX_UPLOAD_MB", "200")) * 1024 * 1024
# xAPI statements one learner may store in any 24 hours (a player answers a few dozen a lesson); 429 past it.
H5P_STATEMENTS_PER_DAY = int(os.environ.get("H5P_STATEMENTS_PER_DAY", "2000"))
# Origins ("https://h5p.org", "https://www.youtube.com") from which H5P activities may load videos, sounds,
# pictures and embeds: the player frame's policy adds those an activity uses. Empty: packages carry their media.
H5P_MEDIA_ORIGINS: list[str] = []

# Security headers on every response, in every environment (lms.security).
# Content Security Policy: scripts, styles, fonts and images come from this site only, so a script
# that slips into a page (say, through rich text) does not run, and no page calls another host.
# Inline scripts need the request's nonce (<script nonce="{{ csp_nonce }}">); there are none today.
# The Wagtail admin gets a looser policy (lms/security/admin_policy.py); the H5P player and its
# content files send their own sandboxed policies, which the middleware leaves as they are.
# Hosts that serve media in production (an S3 bucket or a CDN), e.g. "https://media.example.org".
CSP_MEDIA_HOSTS = env_list("CSP_MEDIA_HOSTS")
# The video block plays YouTube and Vimeo links in these privacy-friendly players, and only once
# the learner presses "Play" (courses.blocks.VideoBlock.embed_url); nothing loads from them before.
VIDEO_EMBED_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *CSP_MEDIA_HOSTS],
    "media-src": [CSP.SELF, *CSP_MEDIA_HOSTS],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF, *VIDEO_EMBED_ORIGINS],
    "frame-ancestors": [CSP.NONE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
}
X_FRAME_OPTIONS = "DENY"
# Other sites get no Referer at all: a page address can name a course, a cohort or a learner.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Features no page uses are off for the page and anything it frames; full screen stays for videos.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "fullscreen": ["self", *VIDEO_EMBED_ORIGINS],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Former keys, newest first: what they signed or sealed (sessions, two-factor secrets) still opens after a rotation.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
