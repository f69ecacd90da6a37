"""The page cache's generation number after the cache lost it, and views that read the query
string in any way: a reader never gets a page made for another address or an older state."""

import copy
import time

import pytest
from django.core.cache import cache
from django.http import HttpResponse

from cms import cache as page_cache
from cms.cache import HIT_HEADER, PageCacheMiddleware

pytestmark = [pytest.mark.django_db]

REDIS_INCR_LIMIT = 2**63 - 1  # INCR works on signed 64-bit integers


@pytest.fixture(autouse=True)
def page_cache_on(settings, home_page):
    cache.clear()
    settings.CMS_PAGE_CACHE = True


def _earlier_generation():
    """A generation started a moment ago by another process (microseconds since the epoch)."""
    number = time.time_ns() // 1000
    cache.set(page_cache.GENERATION_KEY, number, timeout=None)
    return number


def test_a_lost_number_restarts_above_every_number_used_before_and_still_counts_up():
    before = _earlier_generation()
    cache.delete(page_cache.GENERATION_KEY)
    after = page_cache.generation()
    assert before < after < REDIS_INCR_LIMIT
    page_cache.invalidate_all()
    assert page_cache.generation() == after + 1


def test_a_cache_that_cannot_keep_the_new_number_still_gets_a_new_one(monkeypatch):
    """Evicted again at once (a full cache): the number used is still newer than any before."""
    before = _earlier_generation()
    cache.delete(page_cache.GENERATION_KEY)
    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: False)
    after = page_cache.generation()
    assert before < after < REDIS_INCR_LIMIT


READS = {
    "urlencode": lambda q: q.urlencode(),
    "iterating": lambda q: ",".join(f"{key}={q[key]}" for key in q),
    "dict": lambda q: repr(q.dict()),
    "items": lambda q: repr(sorted(q.items())),
    "lists": lambda q: repr(sorted(q.lists())),
    "keys": lambda q: repr(sorted(q.keys())),
    "values": lambda q: repr(sorted(q.values())),
    "len": lambda q: f"{len(q)} parameters",
    "truth": lambda q: "some" if q else "none",
    "a copy's urlencode": lambda q: q.copy().urlencode(),
    "a deep copy's urlencode": lambda q: copy.deepcopy(q).urlencode(),
    "get": lambda q: q.get("colour", "none"),
    "getitem": lambda q: q["colour"],
    "in": lambda q: "sized" if "size" in q else "any size",
    "getlist": lambda q: ",".join(q.getlist("colour")),
}


@pytest.mark.parametrize("read", READS.values(), ids=READS.keys())
def test_whatever_way_a_view_reads_the_query_each_address_gets_its_own_page(rf, read):
    def view(request):
        return HttpResponse(f"<p>{read(request.GET)}</p>")

    middleware = PageCacheMiddleware(view)
    red = middleware(rf.get("/en/echo/", {"colour": "red"}))
    blue = middleware(rf.get("/en/echo/", {"colour": "blue", "size": "2"}))
    if read is not READS["truth"]:  # "some" for both
        assert red.content != blue.content
    again = middleware(rf.get("/en/echo/", {"colour": "blue", "size": "2"}))
    assert again.content == blue.content
    if read not in (READS["get"], READS["getitem"], READS["in"], READS["getlist"], READS["truth"]):
        # It may depend on any parameter: not kept at all.
        assert HIT_HEADER not in again
    else:
        assert again[HIT_HEADER] == "hit"
    if read is READS["truth"]:  # kept by that one answer: an address without a query gets its own page
        assert b"none" in middleware(rf.get("/en/echo/")).content
