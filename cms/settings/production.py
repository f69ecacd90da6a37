"""Production: PostgreSQL, Redis, HTTPS-only, compressed and hashed static files.

Every value comes from the environment (README, "Configuration"); a missing one stops the
process at start with a message naming it.
"""

from . import env
from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False

env.required("DATABASE_URL")
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise env.MissingSetting("DATABASE_URL must point at PostgreSQL in production (postgres://…).")
env.required("CACHE_URL")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS. Behind a TLS-terminating proxy set SECURE_PROXY_SSL_HEADER=true.
SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", True)
if env.flag("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
