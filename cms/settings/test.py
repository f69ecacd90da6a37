"""Tests: fast password hashing, memory cache and email, media in a throwaway folder."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-not-secret-4b1e7d2c9a8f6e5d4c3b2a19087f6e5d4c3b2a1")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.pop("CACHE_URL", None)

from .base import *  # noqa: E402,F403

# A file, not memory, for SQLite's test database, so pytest's --reuse-db (pyproject.toml) keeps it
# between runs: migrations then only run when there are new ones (pytest-xdist adds _gw0, _gw1).
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 20_000}}}
CMS_PAGE_CACHE = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The queue's database path is tested on its own (tests/security/test_email_outage.py).
CMS_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {**TASKS, "email": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}  # noqa: F405
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="cms-test-media-"))  # noqa: F405
# The fixtures' Site is localhost:80; the test client's Host (testserver) differs on purpose:
# nothing may take the site's address from the request (tests/cms/test_public_address.py).
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://localhost"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Login limits are tested on their own (tests/cms/test_login_limits.py); client.login() elsewhere.
AXES_ENABLED = False
