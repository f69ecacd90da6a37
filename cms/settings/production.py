"""Production: PostgreSQL, Redis, HTTPS-only, compressed and hashed static files.

Every value comes from the environment (README, "Configuration"); a missing one stops the
process at start with a message naming it.
"""

from . import env
from .base import *  # noqa: F403
from .base import DATABASES, LOGGING

DEBUG = False

env.required("DATABASE_URL")
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise env.MissingSetting("DATABASE_URL must point at PostgreSQL in production (postgres://…).")
env.required("CACHE_URL")

# Static files: WhiteNoise serves them from every app server, gzip- and brotli-compressed,
# with hashed names and far-future cache headers (safe to cache forever at a CDN too).
# Media (uploads): the local MEDIA_ROOT on one machine; with AWS_STORAGE_BUCKET_NAME set,
# an S3-compatible bucket (django-storages), so any number of app servers share them.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = env.text("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment, read by
    # boto3 itself (or an instance role); never written in settings.
    AWS_S3_ENDPOINT_URL = env.text("AWS_S3_ENDPOINT_URL") or None  # e.g. MinIO, Scaleway, R2
    AWS_S3_REGION_NAME = env.text("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env.text("AWS_S3_CUSTOM_DOMAIN") or None  # a CDN in front of the bucket
    AWS_LOCATION = env.text("AWS_LOCATION", "media")
    AWS_QUERYSTRING_AUTH = False  # public images: plain, cacheable URLs
    AWS_S3_FILE_OVERWRITE = False  # two uploads with one name never replace each other
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=31536000"}  # renditions never change

# CDN purge (wagtail.contrib.frontend_cache): when a page is published or unpublished, Wagtail
# asks the CDN to drop its copies of that page's URLs. Off unless configured.
WAGTAILFRONTENDCACHE = {}
if env.text("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env.text("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env.required("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
    }
if env.text("FRONTEND_CACHE_PURGE_URL"):
    # A cache that accepts HTTP PURGE requests (Varnish, nginx proxy_cache_purge, …).
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.text("FRONTEND_CACHE_PURGE_URL"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]  # noqa: F405

# HTTPS. Behind a TLS-terminating proxy set SECURE_PROXY_SSL_HEADER=true.
SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", True)
if env.flag("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# One JSON object per line, for the log collector (cms/request_log.py adds one per request).
LOGGING["handlers"]["console"]["formatter"] = "json"
