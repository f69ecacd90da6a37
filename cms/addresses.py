"""The site's one public address, ``BASE_URL``, and every absolute URL built from it.

Readers reach the site through a proxy, a load balancer or a CDN, so the ``Host`` an app
server sees is not the site's address. Every absolute URL the site emits (canonical and
``og:`` tags, sitemap, feeds, calendar files, JSON-LD, open data, the read API, emails) comes
from ``settings.WAGTAILADMIN_BASE_URL`` (the ``BASE_URL`` variable): through ``absolute_url()``
here, or through Wagtail's ``Page.get_full_url()``, whose host is the default ``Site`` record,
which ``sync_default_site()`` keeps equal to ``BASE_URL`` after every ``migrate`` (and the demo
loader calls). No admin step, and no address taken from a request (docs/decisions/0070).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site


def base_url() -> str:
    """``BASE_URL`` without a trailing slash, e.g. ``https://hub.example.org``."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path_or_url: str) -> str:
    """``/en/about/`` → ``https://hub.example.org/en/about/``; an absolute URL (a CDN's media
    address, say) is returned unchanged."""
    if urlsplit(path_or_url).scheme:
        return path_or_url
    return base_url() + "/" + path_or_url.lstrip("/")


def site_address(url: str | None = None) -> tuple[str, int]:
    """(host name, port) of ``BASE_URL`` as Wagtail's ``Site`` stores it; Wagtail derives its
    root URL back from these (80 → ``http://host``, 443 → ``https://host``, else
    ``http://host:port``), so an address it cannot express is a configuration error."""
    parts = urlsplit(url or base_url())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"BASE_URL must be an http(s) address like https://hub.example.org, not {url!r}.")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ImproperlyConfigured("BASE_URL must be the site's origin only (no path), e.g. https://hub.example.org.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured(
            "BASE_URL: an https address must use port 443 (Wagtail's Site cannot store another)."
        )
    if parts.scheme == "http" and port == 443:
        raise ImproperlyConfigured("BASE_URL: use https:// for port 443.")
    return parts.hostname, port


def sync_default_site(**kwargs) -> bool:
    """Point the default ``Site`` record at ``BASE_URL``; True if it changed. Connected to
    ``post_migrate`` (cms/apps.py) and called by the demo loader."""
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return False
    if Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
        raise ImproperlyConfigured(f"Another Wagtail site already has BASE_URL's address {hostname}:{port}.")
    site.hostname, site.port = hostname, port
    site.save()  # Wagtail clears its cached site root paths on save
    return True
