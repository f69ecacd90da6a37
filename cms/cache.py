"""Full-page cache for anonymous readers, with invalidation that can never be stale.

Wagtail idiom: pages are rendered per request by ``Page.serve``; for readers who are not
logged in the result depends only on the URL and the content, so we keep whole responses in
the cache (Redis in production, memory in development) and serve repeats without touching
the database.

Invalidation is a *generation* number kept in the cache and part of every key. Any write to
content — a page published, unpublished, moved or deleted, a snippet or setting saved, a
submission approved — bumps it, so every cached page and feed is refreshed at once. It is
coarse but exact: nothing that shows the changed object can outlive the change. See
docs/decisions/0030-page-cache-generations.md.

Never cached: anything but GET/HEAD, requests with a session or messages cookie (logged-in
members and editors), admin URLs, responses that set a cookie or use a CSRF token (POST
forms, detected by the token being used), non-200 responses, and responses marked private or no-store.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "pagecache:generation"
HIT_HEADER = "X-Page-Cache"

# Writes that never change what a reader sees (sessions, logs, background task records).
_IGNORED_APPS = {"sessions", "admin", "django_tasks", "django_tasks_database", "wagtailsearch", "modelsearch"}
_IGNORED_MODELS = {
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailusers.userprofile",
    "auth.user",
}


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.add(GENERATION_KEY, value, timeout=None)
    return value


def invalidate_all() -> None:
    """Make every cached page stale at once (the next request renders afresh)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def cached_fragment(name: str, build):
    """A value built from content, cached until the next content write.

    For the pieces every page repeats (site settings, navigation, breadcrumbs, view
    restrictions): the same generation number as the page cache keys them, so they can never
    be stale, and they also serve logged-in readers and previews.
    """
    key = f"fragment:{generation()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.CMS_PAGE_CACHE_SECONDS)
    return value


def _is_content_write(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return False
    return meta.app_label not in _IGNORED_APPS and meta.label_lower not in _IGNORED_MODELS


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def _content_changed(sender, **kwargs):
    if _is_content_write(sender):
        invalidate_all()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    invalidate_all()


class PageCacheMiddleware:
    """Serve anonymous GETs from the cache; store fresh 200s for the next reader."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._request_is_cacheable(request):
            return self.get_response(request)
        key = self._key(request)
        cached = cache.get(key)
        if cached is not None:
            return self._rebuild(cached)
        response = self.get_response(request)
        if self._response_is_cacheable(request, response):
            cache.set(key, self._freeze(response), settings.CMS_PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def _request_is_cacheable(request) -> bool:
        if not settings.CMS_PAGE_CACHE or request.method not in ("GET", "HEAD"):
            return False
        if request.path_info.startswith(settings.CMS_PAGE_CACHE_SKIP_PREFIXES):
            return False
        return not any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, "messages"))

    @staticmethod
    def _response_is_cacheable(request, response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        # A page that used a CSRF token (any POST form) is specific to this reader's cookie.
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        return "private" not in cache_control and "no-store" not in cache_control

    @staticmethod
    def _key(request) -> str:
        digest = hashlib.sha256(f"{request.get_host()}|{request.get_full_path()}".encode()).hexdigest()
        return f"pagecache:{generation()}:{digest}"

    @staticmethod
    def _freeze(response) -> tuple:
        headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
        return (response.status_code, headers, response.content)

    @staticmethod
    def _rebuild(frozen: tuple) -> HttpResponse:
        status, headers, content = frozen
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[HIT_HEADER] = "hit"
        return response
