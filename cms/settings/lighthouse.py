"""Production-like settings for `make lighthouse` on one machine: DEBUG off, compressed and
hashed static files served by WhiteNoise, but SQLite, a memory cache and plain HTTP on
127.0.0.1 so it needs no services. Media are served by Django (``cms.lighthouse_urls``), as a
proxy or bucket would serve them. Never deploy with it.
"""

import os

os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")

from .base import *  # noqa: E402,F403

DEBUG = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
ROOT_URLCONF = "cms.lighthouse_urls"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
