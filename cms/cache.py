"""Full-page cache for anonymous readers, with invalidation that can never be stale.

Wagtail idiom: pages are rendered per request by ``Page.serve``; for readers who are not
logged in the result depends only on the URL and the content, so we keep whole responses in
the cache (Redis in production, memory in development) and serve repeats without touching
the database.

Invalidation is a *generation* number kept in the cache and part of every key. Any write to
content — a page published, unpublished, moved or deleted, a snippet or setting saved, a
submission approved — bumps it, so every cached page and feed is refreshed at once. It is
coarse but exact: nothing that shows the changed object can outlive the change. The bump
happens when the signal fires and again when the transaction commits, so a page rendered
from the old rows in between is never kept under the new number. See
docs/decisions/0030-page-cache-generations.md.

One request reads the generation once (a per-request memo), however many fragments it uses.
Fragments are also kept in this process (``_LocalFragments``): a key names its generation, so
its value never changes, and a worker that has seen a fragment needs no cache round trip for
it until the next content write moves every key on.
Anonymous pages also carry ``Last-Modified``: the time of the last content change, so a
repeat visit with ``If-Modified-Since`` (or the ETag) gets a 304 from ConditionalGetMiddleware.

Never cached: anything but GET/HEAD, requests with a session or messages cookie (logged-in
members and editors), admin URLs, responses that set a cookie or use a CSRF token (POST
forms, detected by the token being used), non-200 responses, and responses marked private or no-store.
"""

import hashlib
import math
import pickle
import threading
import time
from collections import OrderedDict
from contextlib import suppress
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.http import http_date, parse_http_date_safe
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "pagecache:generation"
GENERATION_TIME_KEY = "pagecache:generation-time"
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
    "wagtailforms.formsubmission",  # a join request changes nothing readers see
    "auth.user",
}

# The generation as this request first read it: (number, time of the last content change).
# Set by PageCacheMiddleware for the length of one request, so the page key and the five or
# so fragments a page uses cost one cache read together instead of one each. None outside a
# request (management commands, tasks): every call then reads the cache.
_request_generation: ContextVar[tuple[int, float] | None] = ContextVar("cms_request_generation", default=None)
_in_request: ContextVar[bool] = ContextVar("cms_in_request", default=False)


def _read_generation() -> tuple[int, float]:
    values = cache.get_many([GENERATION_KEY, GENERATION_TIME_KEY])
    number, changed = values.get(GENERATION_KEY), values.get(GENERATION_TIME_KEY)
    if number is None:
        # First use, or the key was evicted: start from a number no earlier generation can
        # have used (microseconds since the epoch), so no page cached before is ever reused.
        cache.add(GENERATION_KEY, time.time_ns() // 1000, timeout=None)
        number = cache.get(GENERATION_KEY) or time.time_ns() // 1000
        changed = None
    if changed is None:
        # Unknown: say "now", which can only make a client fetch again, never keep stale data.
        changed = time.time()
        cache.add(GENERATION_TIME_KEY, changed, timeout=None)
    return number, changed


def _current() -> tuple[int, float]:
    memo = _request_generation.get()
    if memo is None:
        memo = _read_generation()
        if _in_request.get():
            _request_generation.set(memo)
    return memo


def generation() -> int:
    """The current content generation (memoised for the rest of the request)."""
    return _current()[0]


def last_changed() -> float:
    """When content last changed (seconds since the epoch), as far as the cache knows."""
    return _current()[1]


def invalidate_all() -> None:
    """Make every cached page stale at once (the next request renders afresh)."""
    changed = time.time()
    try:
        number = cache.incr(GENERATION_KEY)
    except ValueError:
        number = time.time_ns() // 1000
        cache.set(GENERATION_KEY, number, timeout=None)
    cache.set(GENERATION_TIME_KEY, changed, timeout=None)
    if _in_request.get():
        _request_generation.set((number, changed))


class _LocalFragments:
    """Fragments this process has already fetched or built, by their full (generation-bearing)
    key, bounded in bytes and evicting the least recently used.

    Safe across processes because a key's value never changes: a content write moves every
    key on to the next generation, which each request reads from the shared cache. Values
    are kept pickled (strings as they are) so every reader gets its own copy, as it would
    from Redis, and one request can never change what the next one sees.
    """

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, tuple[bool, object, int]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    _MISSING = object()  # not known here: ask the shared cache
    ABSENT = object()  # known to be absent from the shared cache (this generation)

    def get(self, key: str):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return self._MISSING
            self._entries.move_to_end(key)
        pickled, data, _size = entry
        return pickle.loads(data) if pickled else data  # noqa: S301 - our own values, never user input

    def note_absent(self, key: str) -> None:
        """Remember that the shared cache had nothing under ``key``, so asking again is skipped.
        Safe: a reader told "absent" only does the work itself (and ``set`` replaces this)."""
        with self._lock:
            if key not in self._entries:
                self._entries[key] = (False, self.ABSENT, 64)
                self._size += 64

    def set(self, key: str, value, *, shared: bool = False) -> None:
        """Keep ``value``; ``shared``: keep the object itself, for values no reader changes."""
        if isinstance(value, str):
            entry = (False, value, len(value) * 2)
        else:
            data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
            entry = (False, value, len(data) * 2) if shared else (True, data, len(data))
        if entry[2] > self.max_bytes // 8:
            return  # one huge value would push out everything else
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= old[2]
            self._entries[key] = entry
            self._size += entry[2]
            while self._size > self.max_bytes and self._entries:
                _key, (_pickled, _data, size) = self._entries.popitem(last=False)
                self._size -= size

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._size = 0


_local = _LocalFragments(settings.CMS_LOCAL_FRAGMENT_BYTES)


def cached_fragment(name: str, build, *, shared: bool = False):
    """A value built from content, cached until the next content write.

    For the pieces every page repeats (site settings, navigation, breadcrumbs, view
    restrictions): the same generation number as the page cache keys them, so they can never
    be stale, and they also serve logged-in readers and previews.

    ``shared=True`` hands every reader in this process the same object instead of a copy:
    for large values that no caller ever changes (the events timeline), whose unpickling
    would otherwise cost more than the work it saves.
    """
    key = f"fragment:{generation()}:{name}"
    value = _local.get(key)
    if value is not _local._MISSING and value is not _local.ABSENT:
        return value
    value = cache.get(key) if value is _local._MISSING else None
    if value is None:
        value = build()
        cache.set(key, value, settings.CMS_PAGE_CACHE_SECONDS)
    _local.set(key, value, shared=shared)
    return value


def peek_fragments(names: list[str]) -> dict:
    """The cached fragments among ``names`` (see ``cached_fragment``), by name: at most one
    round trip, none when this process already holds them all."""
    prefix = f"fragment:{generation()}:"
    found, wanted = {}, []
    for name in names:
        value = _local.get(prefix + name)
        if value is _local._MISSING:
            wanted.append(prefix + name)
        elif value is not _local.ABSENT:
            found[name] = value
    if wanted:
        fetched = cache.get_many(wanted)
        for key in wanted:
            if key in fetched:
                _local.set(key, fetched[key])
                found[key[len(prefix) :]] = fetched[key]
            else:
                _local.note_absent(key)
    return found


def store_fragment(name: str, value) -> None:
    """Keep a value built from content until the next content write."""
    key = f"fragment:{generation()}:{name}"
    cache.set(key, value, settings.CMS_PAGE_CACHE_SECONDS)
    _local.set(key, value)


def cached_site(request):
    """Wagtail's site for this request (``Site.find_for_request``), with its root page, from the
    content cache: two queries saved on every request. Wagtail keeps it on the request as
    ``_wagtail_site``, which is where this puts it."""
    from wagtail.models import Site

    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = request._get_raw_host()

    def build():
        site = Site._find_for_request(request)
        if site is not None:
            # Kept specific, so its own ``localized`` (cms BasePage, cached) answers routing.
            site.root_page = site.root_page.specific
        return site

    site = cached_fragment(f"site:{host}:{request.get_port()}", build)
    request._wagtail_site = site
    # Where Wagtail looks for every site's root path when it builds a page's URL; it would
    # otherwise read them from the cache under its own key once per request.
    request._wagtail_cached_site_root_paths = cached_fragment("site-root-paths", Site.get_site_root_paths)
    return site


def digest(*values) -> str:
    """A short, safe cache-key part for any values (their repr, hashed): user text, dates,
    rows of a listing."""
    return hashlib.sha256(repr(values).encode()).hexdigest()[:32]


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
        _invalidate_now_and_on_commit()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    _invalidate_now_and_on_commit()


def _invalidate_now_and_on_commit() -> None:
    """Bump the generation now (this request sees its own change) and again once the
    transaction commits: a reader who rendered the page between the signal and the commit
    saw the old rows, and must not keep that page under the new generation."""
    invalidate_all()
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(entry[1] is invalidate_all for entry in connection.run_on_commit):
        return  # one bump at commit is enough however many rows the transaction writes
    transaction.on_commit(invalidate_all)


class PageCacheMiddleware:
    """Serve anonymous GETs from the cache; store fresh 200s for the next reader."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        in_request = _in_request.set(True)
        memo = _request_generation.set(None)
        try:
            return self._respond(request)
        finally:
            _request_generation.reset(memo)
            _in_request.reset(in_request)

    def _respond(self, request):
        if request.path_info.startswith(settings.CMS_HEALTH_PATH):
            return self.get_response(request)  # the load balancer's probe reads the database only
        with suppress(DatabaseError):  # the view answers for itself (a 503, or the health report)
            cached_site(request)
        if not self._is_anonymous_read(request):
            return self.get_response(request)
        use_cache = settings.CMS_PAGE_CACHE
        key = self._key(request) if use_cache else None
        cached = cache.get(key) if use_cache else None
        if cached is not None:
            return self._rebuild(cached)
        response = self.get_response(request)
        if self._response_is_cacheable(request, response):
            self._set_last_modified(response)
            if use_cache:
                cache.set(key, self._freeze(response), settings.CMS_PAGE_CACHE_SECONDS)
        return response

    @classmethod
    def _set_last_modified(cls, response) -> None:
        """Never earlier than the last content change: a feed's own date (its newest item)
        would stay the same when an item is unpublished or a tag renamed, and a client asking
        ``If-Modified-Since`` would wrongly get a 304."""
        ours = cls._last_modified()
        theirs = parse_http_date_safe(response.get("Last-Modified", ""))
        if theirs is None or theirs < parse_http_date_safe(ours):
            response["Last-Modified"] = ours

    @staticmethod
    def _last_modified() -> str:
        """The time of the last content change, rounded up to HTTP's whole seconds.

        Every page depends only on content (for an anonymous reader), and every content write
        moves the generation on, so nothing shown can be newer than this. ConditionalGetMiddleware
        answers a repeat ``If-Modified-Since`` with 304 until the next change. (Two changes in
        the same second share a value; clients that also send ``If-None-Match``, as browsers
        and CDNs do, are then decided by the exact ETag.)
        """
        return http_date(math.ceil(last_changed()))

    @staticmethod
    def _is_anonymous_read(request) -> bool:
        if request.method not in ("GET", "HEAD"):
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
