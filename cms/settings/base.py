"""Settings shared by every environment, safe for production on their own.

Nothing here has a secret or host default and DEBUG is off: ``dev.py`` and ``test.py`` supply
their own harmless values before importing this module, ``production.py`` insists on real ones.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from . import env
from .machine_translation import machine_translator
from .release import code_version

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env.required("SECRET_KEY")
ALLOWED_HOSTS = env.items("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise env.MissingSetting(
        "The environment variable ALLOWED_HOSTS is not set (comma-separated host names). "
        "See the configuration table in README.md."
    )
CSRF_TRUSTED_ORIGINS = env.items("CSRF_TRUSTED_ORIGINS")
DEBUG = False

INSTALLED_APPS = [
    # Project apps: `cms` is the settings package and the shared app (base pages, blocks,
    # site settings, template tags); every other app is one part of the site.
    "cms",
    "home",
    "handbook",
    "events",
    "stories",
    "members",
    # Wagtail and its contrib apps.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "allauth",
    "allauth.account",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First, so it times and logs every response, redirects, 413s and error pages included.
    "cms.request_log.RequestLogMiddleware",
    # Before anything reads the client's address or the body (cms/proxies.py, cms/security.py).
    "cms.proxies.TrustedProxyMiddleware",
    "cms.security.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "cms.security.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "cms.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.locale_middleware.SiteLocaleMiddleware",  # Django's, but no redirect for a view's own 404
    "cms.page_links.PageLinksMiddleware",  # internal links resolved once per request
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # After CSRF: its process_view reads the form body only once CSRF has passed.
    "cms.security.RejectJunkRequestsMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into a polite 429 page.
    "axes.middleware.AxesMiddleware",
]

# Login attempts are limited (django-axes): after AXES_FAILURE_LIMIT failures for one
# username from one address, that pair is locked out for the cool-off time; every address is
# also limited on its own, so guessing many usernames is stopped too.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "cms.auth_backends.StaffBackend",  # admin users only: username + password at /admin/
    "members.auth_backends.MemberBackend",  # members: email + password, through allauth only
]
AXES_USERNAME_CALLABLE = "cms.security.login_identifier"
# The client's address, as cms.proxies.TrustedProxyMiddleware found it (never a header the
# client could have sent): what axes, allauth's rate limits and cms.ratelimit all count.
AXES_CLIENT_IP_CALLABLE = "cms.proxies.client_ip"
TRUSTED_PROXIES = env.items("TRUSTED_PROXIES")
AXES_FAILURE_LIMIT = env.integer("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.integer("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_VERBOSE = False

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite in development unless DATABASE_URL says otherwise. Production requires
# PostgreSQL (see production.py). Persistent connections are health-checked so the site
# recovers by itself when the database comes back.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env.integer("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite serves the demo and the tests, where a threaded server answers several requests at
    # once (an admin publish beside its preview). Each write transaction takes the lock when it
    # starts and waits up to 20 s for another, rather than failing with "database is locked";
    # write-ahead logging lets readers go on while one request writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: CACHE_URL (redis://…) in production; a per-process memory cache otherwise.


def redis_caches(url: str) -> dict:
    """django-redis at ``url``; an unreachable Redis is a cache miss, never an error page."""
    return {
        "default": {
            "BACKEND": "cms.cache_backends.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "cms",
            "TIMEOUT": 600,
            "OPTIONS": {
                # A cache outage must never become a site outage.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }


CACHE_URL = env.text("CACHE_URL")
if CACHE_URL:
    CACHES = redis_caches(CACHE_URL)
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
else:
    # One process's memory (dev): room for the content cache's fragments (the default 300 entries
    # would push pieces out of a site with the bench's amount of content).
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 20_000}}
    }

# Members (django-allauth): sign up with email, verify it, then sign in with it.
ACCOUNT_ADAPTER = "members.adapter.MemberAccountAdapter"
ACCOUNT_FORMS = {
    "login": "members.forms.MemberLoginForm",
    "signup": "members.forms.MemberSignupForm",
    "reset_password": "members.forms.MemberResetPasswordForm",
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "members:dashboard"

# Full-page cache for anonymous readers (cms/cache.py), the site's one cache. Off in tests
# unless a test turns it on, so that query-count tests measure real rendering.
CMS_PAGE_CACHE = env.flag("PAGE_CACHE", True)
CMS_PAGE_CACHE_SECONDS = env.integer("PAGE_CACHE_SECONDS", 600)
# How long a shared cache (CDN) may keep an anonymous page (Cache-Control s-maxage).
CMS_CDN_SECONDS = env.integer("CDN_CACHE_SECONDS", 60)
# The code version in every page-cache key: a deploy never serves pages made by old code.
CMS_RELEASE = env.text("RELEASE") or code_version(BASE_DIR)
CMS_PAGE_CACHE_SKIP_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/health/")
# Health probes (cms/views.py): the page cache middleware leaves them alone entirely, so a
# Redis outage never reaches the load balancer's check.
CMS_HEALTH_PATH = "/health/"
# /health/dependencies/ reports media storage as failing below this much free disk.
CMS_HEALTH_MIN_FREE_BYTES = 64 * 1024 * 1024

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. i18n is on from the start so every page type is translatable; the public URLs
# carry a language prefix (/en/…, /cy/…, /ar/…). The env var LANGUAGES ("en,cy,ar") picks
# which are offered; the first is the default. Arabic is right to left (Django knows which
# languages are bidi). The same list is the set of content languages editors translate into.
_LANGUAGE_NAMES = {"en": _("English"), "cy": _("Welsh"), "ar": _("Arabic")}
_language_codes = env.items("LANGUAGES", "en,cy,ar")
for _code in _language_codes:
    if _code not in LANG_INFO:
        raise env.MissingSetting(f"The environment variable LANGUAGES names an unknown language: {_code!r}.")
LANGUAGE_CODE = _language_codes[0]
LANGUAGES = [(code, _LANGUAGE_NAMES.get(code, LANG_INFO[code]["name"])) for code in _language_codes]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.text("TIME_ZONE", "Europe/London")

# Static files are collected and served by WhiteNoise; production adds compression and
# hashed names (production.py).
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.text("STATIC_ROOT") or BASE_DIR / "static")
MEDIA_URL = env.text("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env.text("MEDIA_ROOT") or BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Email: every message is queued (cms/mail.py) and sent by a background worker with the
# delivery backend, so an SMTP outage delays mail instead of losing it. SMTP from the
# environment; dev.py prints to the console; tests use locmem.
EMAIL_BACKEND = "cms.mail.QueuedEmailBackend"
CMS_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env.text("EMAIL_HOST", "localhost")
EMAIL_PORT = env.integer("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.text("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.text("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.flag("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (django-tasks). Wagtail's own tasks (reference index, search index, file
# clean-up) run at once on "default", as Wagtail ships them; emails wait in the database on
# "email" until `manage.py db_worker --backend email` sends them (docs/decisions/0060). A new
# image's picture sizes are made on "renditions" as soon as it is saved, in the request that
# added it, so that no reader waits for them (cms/renditions.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "email": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "renditions": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

# Safe defaults everywhere; production.py adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp 4). Public pages: no inline script or style, nothing
# from other hosts except the video players an embed block may show.
EMBED_FRAME_SOURCES = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (and its page previews) use inline scripts and styles in a few widgets;
# it gets those allowances and nothing more. Previews are framed by the admin itself.
CMS_ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
CMS_ADMIN_CSP_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-ancestors": ["'self'"],
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Wagtail.
WAGTAIL_SITE_NAME = env.text("SITE_NAME", "Social Action Hub")
# The one public address (cms/addresses.py): every absolute URL in pages, feeds, calendars,
# the read API and emails is built from it, never from a request's Host; the default Site
# record follows it on every migrate.
WAGTAILADMIN_BASE_URL = env.text("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
# Approving a member's case study publishes exactly the revision the moderator reviewed, the
# approval being the permission (moderators hold no page permissions; docs/roles.md).
WAGTAIL_FINISH_WORKFLOW_ACTION = "members.workflow_finish.publish_reviewed"
WAGTAILSEARCH_BACKENDS = {
    # Wagtail's database backend: PostgreSQL full-text search in production, SQLite FTS in
    # development; no extra service to run.
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# The default storage, except that renditions of members' private images are filed under
# private/ and linked through a permission-checked view (decision 0043).
WAGTAILIMAGES_RENDITION_STORAGE = "members.submissions.private_media.rendition_storage"
# Off: Wagtail's responsive wrapper uses an inline style, which the CSP forbids; CSS sizes embeds.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: editors' email hashes are not sent to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Translations are made as drafts and go through moderation like any other edit.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in the translation editor: off unless MACHINE_TRANSLATOR names a service
# (cms/settings/machine_translation.py); what it fills in is marked as machine-made for review.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator()
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # the page editor sends thousands of fields
# Form fields without files (Django's default, stated: the page editor's largest pages stay
# well below it), and files per request (a member sends one image; the admin's multiple
# upload sends one per request).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FILES = 10
CMS_PUBLIC_MAX_FIELDS = 200  # any public form or query: far fewer (cms.security)

# Demo content: each app's `demo` module, loaded in this order by `manage.py load_demo_content`.
DEMO_CONTENT_APPS = ["home", "cms", "handbook", "events", "stories", "members"]

# Logs go to stderr: plain text here and in development, JSON lines in production
# (production.py switches the handler to the "json" formatter). cms.request_log writes one
# line per request.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR", "propagate": True},
        # One line per background task is noise; failures still show.
        "django_tasks": {"level": "WARNING"},
    },
}

# Public forms (case-study submissions, handbook contributions, "Join the network"; see
# cms.forms.MinimumFillTimeMixin): a form sent back sooner than this after it was shown is
# refused as probably automated (the person is asked to check and send again; nothing is lost).
MEMBERS_MIN_FILL_SECONDS = 5

# A member's lead image (members/submissions/images.py): checked against these limits before
# it is decoded, then re-encoded without metadata and scaled to fit the longest edge.
MEMBERS_IMAGE_MAX_BYTES = env.integer("MEMBERS_IMAGE_MAX_MB", 8) * 1024 * 1024
MEMBERS_IMAGE_MAX_PIXELS = env.integer("MEMBERS_IMAGE_MAX_PIXELS", 25_000_000)
MEMBERS_IMAGE_MAX_EDGE = 2400
MEMBERS_IMAGE_COLLECTION = "Member submissions"

# Request bodies (cms.security.RequestSizeLimitMiddleware, and nginx's client_max_body_size in
# deploy/): refused with 413 before they are read when over REQUEST_MAX_MB. The default fits
# the largest upload any form takes (a member's lead image, or an editor's image or document
# in the admin: 10 MB) plus 1 MB for the rest of the form.
_MB = 1024 * 1024
_LARGEST_UPLOAD_MB = max(MEMBERS_IMAGE_MAX_BYTES, WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILDOCS_MAX_UPLOAD_SIZE) // _MB
CMS_REQUEST_MAX_BYTES = env.integer("REQUEST_MAX_MB", _LARGEST_UPLOAD_MB + 1) * _MB

# Rate limits on public forms (cms/ratelimit.py): at most this many sends per window, counted
# separately for each signed-in account and for each client address.
RATE_LIMIT_WINDOW_SECONDS = env.integer("RATE_LIMIT_WINDOW_MINUTES", 60) * 60
RATE_LIMITS = {
    "submission": env.integer("RATE_LIMIT_SUBMISSIONS", 30),
    "contribution": env.integer("RATE_LIMIT_CONTRIBUTIONS", 10),
    "join": env.integer("RATE_LIMIT_JOIN", 10),
    "registration": env.integer("RATE_LIMIT_REGISTRATIONS", 10),
    # Per address typed, not per sender: registration emails (confirm, "you are already
    # registered") one address may be sent in a window, however many clients ask.
    "registration_mail": env.integer("RATE_LIMIT_REGISTRATION_MAILS", 5),
}

# --- Privacy of members' data (issue 17) -------------------------------------------------
# Members sign in only through allauth (members.auth_backends); Wagtail's own views send them there.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# Wagtail's admin password reset would mail any account without allauth's limits: staff use
# allauth's reset (/<lang>/accounts/password/reset/), limited per address and per email.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# allauth's limits, stated here (docs/decisions/0042): "key" is the email address typed or mailed.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = True
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,3/15m/key,10/d/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key,5/d/key",
    "manage_email": "5/m/user,20/d/user",
    "change_password": "5/m/user",
    "reauthenticate": "10/m/user",
}
# A member has one address, changed (and verified) in place: no mailing confirmations to a list.
ACCOUNT_CHANGE_EMAIL = True
