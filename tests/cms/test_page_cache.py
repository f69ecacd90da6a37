"""The anonymous page cache: fast repeats, never stale, never someone else's page."""

import pytest
from django.test import override_settings

from cms.cache import HIT_HEADER
from cms.factories import StandardPageFactory
from cms.models import SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on(settings, home_page):
    from django.core.cache import cache
    from wagtail.models import Site

    SiteSettings.for_site(Site.objects.get())  # created on first use, as on a live site
    cache.clear()
    settings.CMS_PAGE_CACHE = True


def test_repeat_visit_is_served_from_cache_without_queries(client, home_page, django_assert_num_queries):
    first = client.get("/en/")
    assert HIT_HEADER not in first
    with django_assert_num_queries(0):
        second = client.get("/en/")
    assert second[HIT_HEADER] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second


def test_publishing_a_change_refreshes_the_page(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About", slug="about", show_in_menus=True)
    client.get(about.url)
    about.title = "About the network"
    about.save_revision().publish()
    html = client.get(about.url).content.decode()
    assert "About the network" in html


def test_unpublishing_removes_it_from_menus_everywhere(client, home_page):
    about = StandardPageFactory(parent=home_page, title="Visiting", slug="visiting", show_in_menus=True)
    assert ">Visiting</a>" in client.get("/en/").content.decode()
    about.unpublish()
    assert ">Visiting</a>" not in client.get("/en/").content.decode()
    assert client.get("/en/visiting/").status_code == 404


def test_moving_and_deleting_pages_refresh_navigation(client, home_page):
    section = StandardPageFactory(parent=home_page, title="Section", slug="section", show_in_menus=True)
    moved = StandardPageFactory(parent=home_page, title="Wanderer", slug="wanderer", show_in_menus=True)
    assert ">Wanderer</a>" in client.get("/en/").content.decode()
    moved.move(section, pos="last-child")
    assert ">Wanderer</a>" not in client.get("/en/").content.decode()
    section.delete()
    assert ">Section</a>" not in client.get("/en/").content.decode()


def test_editing_site_settings_refreshes_every_page(client, home_page):
    from wagtail.models import Site

    settings_row = SiteSettings.for_site(Site.objects.get())
    settings_row.footer_text = "Old footer"
    settings_row.save()
    assert "Old footer" in client.get("/en/").content.decode()
    settings_row.footer_text = "New footer"
    settings_row.save()
    assert "New footer" in client.get("/en/").content.decode()


def test_logged_in_people_never_get_cached_pages(client, admin_client, home_page):
    client.get("/en/")
    assert HIT_HEADER in client.get("/en/")
    response = admin_client.get("/en/")
    assert HIT_HEADER not in response


def test_pages_that_set_cookies_are_not_cached(home_page, rf):
    from django.http import HttpResponse

    from cms.cache import PageCacheMiddleware

    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("seen", "1")
        return response

    middleware = PageCacheMiddleware(view)
    middleware(rf.get("/en/cookie/"))
    assert HIT_HEADER not in middleware(rf.get("/en/cookie/"))


def test_forms_with_a_csrf_token_are_never_shared(home_page, rf):
    """Even for a reader who already has a CSRF cookie (so no Set-Cookie is sent)."""
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from cms.cache import PageCacheMiddleware

    def view(request):
        return HttpResponse(f"<form method=post><input name=csrfmiddlewaretoken value={get_token(request)}></form>")

    middleware = PageCacheMiddleware(view)
    first = rf.get("/en/form/")
    first.META["CSRF_COOKIE"] = "a" * 32
    middleware(first)
    second = rf.get("/en/form/")
    assert HIT_HEADER not in middleware(second)


@override_settings(CMS_PAGE_CACHE=True)
def test_conditional_get_returns_304(client, home_page):
    first = client.get("/en/")
    assert first.has_header("ETag")
    again = client.get("/en/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_pages_carry_last_modified_and_a_repeat_with_if_modified_since_gets_304(client, home_page):
    first = client.get("/en/")
    assert first.has_header("Last-Modified") and first.has_header("ETag")
    assert client.get("/en/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    both = client.get("/en/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"], HTTP_IF_NONE_MATCH=first["ETag"])
    assert both.status_code == 304
    assert both.content == b""


def test_last_modified_moves_on_with_any_content_change(client, home_page):
    import time

    from django.utils.http import parse_http_date

    first = client.get("/en/")
    time.sleep(1.1)  # HTTP dates have whole seconds
    about = StandardPageFactory(parent=home_page, title="About", slug="about", show_in_menus=True)
    about.save_revision().publish()
    second = client.get("/en/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert second.status_code == 200
    assert ">About</a>" in second.content.decode()
    assert parse_http_date(second["Last-Modified"]) > parse_http_date(first["Last-Modified"])


def test_last_modified_is_when_content_last_changed_not_when_the_page_was_rendered(client, home_page):
    """A browser that kept a copy from after the last change revalidates to a 304, however
    long ago that change was (a Last-Modified of "now" would send the page again every time)."""
    import math
    import time

    from django.core.cache import cache
    from django.utils.http import http_date, parse_http_date

    from cms import cache as page_cache

    page_cache.generation()  # the generation and its time are in the cache …
    an_hour_ago = time.time() - 3600  # … and the last content change was an hour ago
    cache.set(page_cache.GENERATION_TIME_KEY, an_hour_ago, timeout=None)
    first = client.get("/en/")
    assert parse_http_date(first["Last-Modified"]) == math.ceil(an_hour_ago)
    kept_since = http_date(an_hour_ago + 60)
    assert client.get("/en/", HTTP_IF_MODIFIED_SINCE=kept_since).status_code == 304


@override_settings(CMS_PAGE_CACHE=False)
def test_last_modified_and_304_without_the_page_cache_too(client, home_page):
    first = client.get("/en/")
    assert HIT_HEADER not in first
    assert client.get("/en/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304


def test_signed_in_readers_get_no_last_modified(admin_client, home_page):
    """Their page shows their account: a date-only revalidation must never hand them a 304
    for a copy their browser kept from before they signed in."""
    assert not admin_client.get("/en/").has_header("Last-Modified")


def test_one_request_reads_the_generation_from_the_cache_once(client, home_page, monkeypatch):
    from django.core.cache import cache

    from cms import cache as page_cache

    client.get("/en/")  # fill the fragments
    reads = []
    real_get_many = cache.get_many

    def counting_get_many(keys, *args, **kwargs):
        if page_cache.GENERATION_KEY in keys:
            reads.append(keys)
        return real_get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counting_get_many)
    with override_settings(CMS_PAGE_CACHE=False):
        client.get("/en/")  # rendered afresh: page key skipped, fragments all used
    assert len(reads) == 1


def test_a_lost_generation_key_never_brings_back_old_pages(client, home_page):
    """If the cache drops the generation (eviction, restart), the next number is new."""
    from django.core.cache import cache

    from cms import cache as page_cache

    client.get("/en/")
    before = page_cache.generation()
    cache.delete(page_cache.GENERATION_KEY)
    assert page_cache.generation() > before


def test_story_feeds_carry_validators_and_never_304_after_a_change(client, home_page):
    """A feed's Last-Modified is never older than the last content change: unpublishing the
    newest story leaves the newest remaining item's date unchanged, yet the feed changed."""
    import time

    from stories.factories import StoryIndexPageFactory, StoryPageFactory

    index = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=index, title="Older story", slug="older")
    newest = StoryPageFactory(parent=index, title="Newest story", slug="newest")
    for feed in ("/en/stories/feed/rss/", "/en/stories/feed/atom/"):
        first = client.get(feed)
        assert first.has_header("ETag") and first.has_header("Last-Modified")
        assert client.get(feed, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    first = client.get("/en/stories/feed/rss/")
    time.sleep(1.1)
    newest.unpublish()
    again = client.get("/en/stories/feed/rss/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 200
    assert "Newest story" not in again.content.decode()


@override_settings(CMS_PAGE_CACHE=False)
def test_routing_from_the_cache_follows_moves_and_renames(client, home_page, django_assert_num_queries):
    """The page a path leads to is cached, but a move or a new slug is seen at once (and
    Wagtail's automatic redirect sends a moved page's old address on)."""
    section = StandardPageFactory(parent=home_page, title="Section", slug="section")
    page = StandardPageFactory(parent=home_page, title="Wanderer", slug="wanderer")
    assert client.get("/en/wanderer/").status_code == 200
    page.move(section, pos="last-child")
    assert client.get("/en/wanderer/")["Location"] == "/en/section/wanderer/"
    assert client.get("/en/section/wanderer/").status_code == 200
    page.refresh_from_db()
    page.slug = "traveller"
    page.save_revision().publish()
    assert client.get("/en/section/wanderer/").status_code == 404
    assert "Wanderer" in client.get("/en/section/traveller/").content.decode()


def test_made_up_addresses_below_a_page_add_nothing_to_the_route_cache(client, home_page):
    from django.core.cache import cache

    StandardPageFactory(parent=home_page, title="About", slug="about")
    client.get("/en/about/")
    before = set(cache._cache)  # LocMemCache's keys
    for n in range(5):
        assert client.get(f"/en/about/made-up-{n}/").status_code == 404
    assert not [key for key in set(cache._cache) - before if "route:" in key]
