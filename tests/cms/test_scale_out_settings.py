"""Scale-out switches in production settings: S3 media and CDN purge, each set by environment."""

import json
import subprocess
import sys

from tests.cms.test_configuration import PRODUCTION_ENV, ROOT, manage

PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
from wagtail.contrib.frontend_cache.utils import get_backends
print(json.dumps({
    "default": settings.STORAGES["default"]["BACKEND"],
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "storage_class": type(storages["default"]).__name__,
    "bucket": getattr(storages["default"], "bucket_name", None),
    "endpoint": getattr(storages["default"], "endpoint_url", None),
    "media_url": storages["default"].url("original_images/a.jpg"),
    "frontend_cache_app": "wagtail.contrib.frontend_cache" in settings.INSTALLED_APPS,
    "purge_backends": sorted(type(b).__name__ for b in get_backends().values()),
}))
"""


def probe(**extra) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**manage_env(), **PRODUCTION_ENV, **extra},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def manage_env() -> dict:
    """This machine's environment without any storage, purge or database settings of its own."""
    import os

    skip = ("AWS_", "FRONTEND_CACHE_", "DATABASE_URL")
    return {k: v for k, v in os.environ.items() if not k.startswith(skip)}


def test_one_machine_keeps_media_on_disk_and_purges_nothing():
    found = probe()
    assert found["default"] == "django.core.files.storage.FileSystemStorage"
    assert found["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert found["frontend_cache_app"] is False
    assert found["purge_backends"] == []


def test_a_bucket_name_moves_media_to_s3_compatible_storage_and_static_stays_with_whitenoise():
    found = probe(
        AWS_STORAGE_BUCKET_NAME="hub-media",
        AWS_S3_ENDPOINT_URL="https://objects.example.org",
        AWS_S3_CUSTOM_DOMAIN="media.hub.example.org",
    )
    assert found["default"] == "storages.backends.s3.S3Storage"
    assert found["storage_class"] == "S3Storage"
    assert found["bucket"] == "hub-media"
    assert found["endpoint"] == "https://objects.example.org"
    # Plain public URLs (no signed query string), under the media prefix, on the CDN domain.
    assert found["media_url"] == "https://media.hub.example.org/media/original_images/a.jpg"
    assert found["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_cdn_purge_is_configured_from_the_environment():
    found = probe(FRONTEND_CACHE_CLOUDFLARE_ZONE_ID="zone123", FRONTEND_CACHE_CLOUDFLARE_TOKEN="token")
    assert found["frontend_cache_app"] is True
    assert found["purge_backends"] == ["CloudflareBackend"]
    found = probe(FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081")
    assert found["purge_backends"] == ["HTTPBackend"]


def test_a_cloudflare_zone_without_its_token_is_named():
    result = manage("check", env={**PRODUCTION_ENV, "FRONTEND_CACHE_CLOUDFLARE_ZONE_ID": "zone123"})
    assert result.returncode == 2
    assert "FRONTEND_CACHE_CLOUDFLARE_TOKEN is not set" in result.stderr


def test_deploy_check_is_clean_with_s3_and_cdn_purge():
    env = {
        **PRODUCTION_ENV,
        "AWS_STORAGE_BUCKET_NAME": "hub-media",
        "FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081",
    }
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
