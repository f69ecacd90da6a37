"""The site's one cache: whole pages for anonymous readers, dropped by any content write.

Wagtail idiom: pages are rendered per request by ``Page.serve``; for readers who are not
signed in the result depends only on the URL and the content, so whole responses are kept in
the cache (Redis in production, memory in development) and repeats are served without touching
the database. Everything else is rendered for every request, and cheaply: see
docs/performance.md and docs/decisions/0033-one-page-cache.md.

Invalidation is a *generation* number kept in the cache and part of every key. Any write to
content (a page published, unpublished, moved or deleted, a snippet or setting saved or
deleted, a submission approved) bumps it, so every cached page and feed is refreshed at once.
Saving a *draft* is not such a write: a revision, or a save that only records a draft or a lock
on a live page or snippet (``cms.models.drafts``), changes nothing a reader sees, so the cache
is kept until that draft is published (Wagtail's ``published`` / ``page_published`` signals).
The bump happens when the signal fires and again when the transaction commits, so a page
rendered from the old rows in between is never kept under the new number
(docs/decisions/0030-page-cache-generations.md).

Keys also carry the release (``settings.CMS_RELEASE``, the code version), so a deploy never
serves pages rendered by the old code, and only the query parameters the view really read
(``TrackedQuery``): a made-up ``?utm_x=…`` is served the same entry and never adds one.

Anonymous pages carry ``Last-Modified`` (the time of the last content change) for
ConditionalGetMiddleware's 304s, and ``Cache-Control: public, max-age=0, s-maxage=…`` so a CDN
may keep them; personalised responses get ``private``.

Never cached: anything but GET/HEAD, requests with a session or messages cookie (members and
editors), admin URLs, responses that set a cookie or used a CSRF token (POST forms), non-200
responses, responses marked private or no-store, and views that read the whole query string.
"""

import hashlib
import math
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_http_date_safe
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from .models.drafts import is_draft_bookkeeping

GENERATION_KEY = "pagecache:generation"
GENERATION_TIME_KEY = "pagecache:generation-time"
HIT_HEADER = "X-Page-Cache"

# Writes that never change what a reader sees (sessions, logs, background task records).
_IGNORED_APPS = {"sessions", "admin", "django_tasks", "django_tasks_database", "wagtailsearch", "modelsearch"}
_IGNORED_MODELS = {
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.revision",  # a draft saved: readers see it only once it is published
    "wagtailadmin.editingsession",  # an editor opened the editor
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

# The generation this request read (one cache read per request), or None outside a request.
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
    """The current content generation (read once per request)."""
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


def _is_content_write(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return False
    return meta.app_label not in _IGNORED_APPS and meta.label_lower not in _IGNORED_MODELS


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def _content_changed(sender, **kwargs):
    if _is_content_write(sender) and not is_draft_bookkeeping(kwargs.get("instance"), kwargs.get("update_fields")):
        _invalidate_now_and_on_commit()


@receiver(published)
@receiver(unpublished)
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


# The name ``TrackedQuery`` records when a view asked whether the query string has any
# parameter at all (not a possible parameter name: "\0" never survives URL parsing as is).
NONEMPTY = "\0nonempty"


def _value(query, name):
    return bool(dict.__len__(query)) if name == NONEMPTY else dict.get(query, name)


class TrackedQuery(QueryDict):
    """``request.GET`` that remembers which parameters the view read.

    ``names`` collects every parameter looked up; ``whole`` is set when something read the
    query string as a whole (iterating it, ``urlencode``, ``dict``), so the response may depend
    on any parameter and is not cached. ``copy()`` shares the record, so a filter form built
    from a copy is tracked too.
    """

    names: set
    whole: bool

    @classmethod
    def wrap(cls, query: QueryDict) -> "TrackedQuery":
        tracked = cls(mutable=True)
        for key, values in query.lists():
            tracked.setlist(key, values)
        tracked._mutable = False
        tracked.names, tracked.whole = set(), False
        tracked._record = tracked
        return tracked

    def _read(self, key):
        self._record.names.add(key)

    def _read_all(self):
        self._record.whole = True

    def __getitem__(self, key):
        self._read(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._read(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self._read(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self._read(key)
        return super().getlist(key, default)

    def __iter__(self):
        self._read_all()
        return super().__iter__()

    def __len__(self):
        self._read_all()
        return super().__len__()

    def __bool__(self):
        # ``data or QueryDict()`` (django-filter) asks only whether there is any parameter:
        # the key records that answer (NONEMPTY), not every parameter's value.
        self._read(NONEMPTY)
        return bool(dict.__len__(self))

    def keys(self):
        self._read_all()
        return super().keys()

    def items(self):
        self._read_all()
        return super().items()

    def lists(self):
        self._read_all()
        return super().lists()

    def values(self):
        self._read_all()
        return super().values()

    def dict(self):
        self._read_all()
        return super().dict()

    def urlencode(self, safe=None):
        self._read_all()
        return super().urlencode(safe)

    def copy(self):
        duplicate = TrackedQuery(mutable=True)
        for key, values in dict.items(self):
            dict.__setitem__(duplicate, key, list(values))
        duplicate.encoding = self.encoding
        duplicate._record = self._record
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class PageCacheMiddleware:
    """Serve anonymous GETs from the cache; store fresh 200s for the next reader; mark every
    response public (anonymous and cacheable) or private (personalised)."""

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
        if not self._is_anonymous_read(request):
            response = self.get_response(request)
            if request.method not in ("GET", "HEAD") or self._has_private_cookie(request):
                patch_cache_control(response, private=True)
            return response
        use_cache = settings.CMS_PAGE_CACHE
        base = self._base_key(request)
        key = self._lookup_key(request, base) if use_cache else None
        cached = cache.get(key) if key else None
        if cached is not None:
            return self._rebuild(cached)
        tracked = TrackedQuery.wrap(request.GET)
        request.GET = tracked
        response = self.get_response(request)
        if not self._response_is_cacheable(request, response):
            if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                patch_cache_control(response, private=True)
            return response
        self._set_last_modified(response)
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.CMS_CDN_SECONDS)
        # A view that read the whole query string may depend on any parameter: not kept
        # (without a query string there is nothing it could have read).
        if use_cache and not (tracked.whole and request.META.get("QUERY_STRING")):
            self._store(request, base, tracked, response)
        return response

    # Keys. ``base`` names the release, host and path; the page key adds the generation and
    # the values of the parameters the view reads, which are learnt from the first render of
    # that path (kept under ``base`` itself) and only ever grow.

    @staticmethod
    def _base_key(request) -> str:
        digest = hashlib.sha256(f"{request.get_host()}|{request.path}".encode()).hexdigest()[:40]
        return f"pagecache:{settings.CMS_RELEASE}:{digest}"

    @staticmethod
    def _page_key(base: str, query: QueryDict | None, names) -> str:
        # No query string at all, or the values of the parameters the view reads.
        part = "" if query is None else repr([(name, _value(query, name)) for name in sorted(names)])
        return f"{base}:{generation()}:{hashlib.sha256(part.encode()).hexdigest()[:40]}"

    def _lookup_key(self, request, base: str) -> str | None:
        if not request.META.get("QUERY_STRING"):
            return self._page_key(base, None, ())
        names = cache.get(base)
        return None if names is None else self._page_key(base, request.GET, names)

    def _store(self, request, base: str, tracked: TrackedQuery, response) -> None:
        timeout = settings.CMS_PAGE_CACHE_SECONDS
        if not request.META.get("QUERY_STRING"):
            key = self._page_key(base, None, ())
        else:
            names = set(cache.get(base) or ()) | tracked.names
            cache.set(base, sorted(names), timeout)
            key = self._page_key(base, tracked, names)
        cache.set(key, self._freeze(response), timeout)

    @classmethod
    def _set_last_modified(cls, response) -> None:
        """Never earlier than the last content change: a feed's own date (its newest item)
        would stay the same when an item is unpublished or a tag renamed, and a client asking
        ``If-Modified-Since`` would wrongly get a 304."""
        ours = http_date(math.ceil(last_changed()))
        theirs = parse_http_date_safe(response.get("Last-Modified", ""))
        if theirs is None or theirs < parse_http_date_safe(ours):
            response["Last-Modified"] = ours

    @staticmethod
    def _has_private_cookie(request) -> bool:
        return any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, "messages"))

    @classmethod
    def _is_anonymous_read(cls, request) -> bool:
        if request.method not in ("GET", "HEAD"):
            return False
        if request.path_info.startswith(settings.CMS_PAGE_CACHE_SKIP_PREFIXES):
            return False
        return not cls._has_private_cookie(request)

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
