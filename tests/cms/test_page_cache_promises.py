"""Each promise the page cache makes (cms/cache.py), with a test that fails without it.

- a deleted snippet disappears from every cached page (the ``post_delete`` receiver);
- a response marked private or no-store is never kept;
- only GET and HEAD are ever answered from the cache;
- the generation moves on again when the transaction commits;
- anonymous pages say ``public`` with an ``s-maxage``, personalised ones ``private``;
- keys carry the release, and only the query parameters a view reads (and, when it asks,
  whether there are any).
"""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from cms import cache as page_cache
from cms.cache import HIT_HEADER, PageCacheMiddleware
from cms.models import SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on(settings, home_page):
    from wagtail.models import Site

    SiteSettings.for_site(Site.objects.get())  # created on first use, as on a live site
    cache.clear()
    settings.CMS_PAGE_CACHE = True


class CountingView:
    """A view that counts its calls, answering with ``headers``."""

    def __init__(self, **headers):
        self.calls = 0
        self.headers = headers

    def __call__(self, request):
        self.calls += 1
        response = HttpResponse(f"{request.method} answer {self.calls}")
        if self.headers:
            patch_cache_control(response, **self.headers)
        return response


def test_deleting_a_glossary_term_removes_it_from_every_cached_page(client):
    from handbook.factories import GlossaryTermFactory, HandbookIndexPageFactory

    handbook = HandbookIndexPageFactory(parent=_home(), slug="handbook")
    term = GlossaryTermFactory(term="Quorum", slug="quorum")
    url = handbook.url + "glossary/"
    assert "Quorum" in client.get(url).content.decode()
    assert client.get(url).get(HIT_HEADER) == "hit"
    term.delete()
    response = client.get(url)
    assert HIT_HEADER not in response
    assert "Quorum" not in response.content.decode()


def test_deleting_a_venue_refreshes_the_event_that_showed_it(client):
    from events.factories import EventIndexPageFactory, EventPageFactory, VenueFactory

    index = EventIndexPageFactory(parent=_home())
    venue = VenueFactory(name="Corn Exchange Hall")
    event = EventPageFactory(parent=index, venue=venue, format="in_person")
    assert "Corn Exchange Hall" in client.get(event.url).content.decode()
    assert client.get(event.url).get(HIT_HEADER) == "hit"
    venue.delete()
    assert "Corn Exchange Hall" not in client.get(event.url).content.decode()


@pytest.mark.parametrize("marking", [{"private": True}, {"no_store": True}])
def test_responses_marked_private_or_no_store_are_never_kept(rf, marking):
    view = CountingView(**marking)
    middleware = PageCacheMiddleware(view)
    middleware(rf.get("/en/private/"))
    second = middleware(rf.get("/en/private/"))
    assert HIT_HEADER not in second
    assert view.calls == 2
    assert second.content == b"GET answer 2"


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_only_get_and_head_are_answered_from_the_cache(rf, method):
    view = CountingView()
    middleware = PageCacheMiddleware(view)
    middleware(rf.get("/en/form/"))
    assert middleware(rf.get("/en/form/"))[HIT_HEADER] == "hit"
    response = middleware(getattr(rf, method)("/en/form/"))
    assert HIT_HEADER not in response
    assert response.content == f"{method.upper()} answer 2".encode()
    assert "private" in response["Cache-Control"]


def test_head_is_answered_from_the_cache(rf):
    view = CountingView()
    middleware = PageCacheMiddleware(view)
    middleware(rf.get("/en/page/"))
    assert middleware(rf.head("/en/page/"))[HIT_HEADER] == "hit"
    assert view.calls == 1


def test_the_generation_moves_on_again_when_the_transaction_commits(client, django_capture_on_commit_callbacks):
    """A reader who rendered between an editor's write and its commit saw the old rows: what
    that reader stored under the new generation must not be served after the commit."""
    from django.db import connection

    from cms.factories import StandardPageFactory

    about = StandardPageFactory(parent=_home(), title="About", slug="about")
    # The fixtures' writes queued their bump for a commit that never comes (the test runs in
    # one transaction, rolled back): start from none, as an editor's own transaction does.
    connection.run_on_commit.clear()
    with django_capture_on_commit_callbacks(execute=True):
        about.title = "About us"
        about.save_revision().publish()
        during = page_cache.generation()
        client.get(about.url)  # rendered and kept under the generation of the write
        assert client.get(about.url).get(HIT_HEADER) == "hit"
    assert page_cache.generation() > during
    assert HIT_HEADER not in client.get(about.url)


def test_anonymous_pages_are_public_with_an_s_maxage(client, settings):
    settings.CMS_CDN_SECONDS = 120
    for response in (client.get("/en/"), client.get("/en/")):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"public", "s-maxage=120", "max-age=0"} <= directives


def test_signed_in_readers_get_private_pages(admin_client):
    response = admin_client.get("/en/")
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_reader_with_messages_gets_a_private_page(client):
    client.cookies["messages"] = "anything"
    response = client.get("/en/")
    assert "private" in response["Cache-Control"]
    assert HIT_HEADER not in response


def test_a_page_with_a_csrf_form_is_private(rf):
    from django.middleware.csrf import get_token

    def view(request):
        return HttpResponse(f"<form method=post><input name=csrfmiddlewaretoken value={get_token(request)}></form>")

    response = PageCacheMiddleware(view)(rf.get("/en/form/"))
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_new_release_never_serves_pages_made_by_the_old_code(client, settings):
    client.get("/en/")
    assert client.get("/en/").get(HIT_HEADER) == "hit"
    settings.CMS_RELEASE = "next-release"
    assert HIT_HEADER not in client.get("/en/")


def _entries() -> int:
    return len(cache._cache)  # the test settings' memory cache


def test_made_up_query_parameters_never_create_entries(client):
    client.get("/en/?utm_source=a")
    before = _entries()
    for n in range(20):
        response = client.get(f"/en/?utm_source=x{n}&ref={n}")
        assert response[HIT_HEADER] == "hit"
    assert _entries() == before


def test_parameters_the_view_reads_are_part_of_the_key(client):
    from cms.factories import StandardPageFactory

    StandardPageFactory(parent=_home(), title="Allotments", slug="allotments")
    StandardPageFactory(parent=_home(), title="Bicycles", slug="bicycles")
    first = client.get("/en/search/?q=allotments").content.decode()
    second = client.get("/en/search/?q=bicycles").content.decode()
    assert "Allotments" in first and "Bicycles" not in first
    assert "Bicycles" in second
    # A made-up parameter beside the real one is served the same entry.
    assert client.get("/en/search/?q=bicycles&utm=1")[HIT_HEADER] == "hit"


def _home():
    from home.models import HomePage

    return HomePage.objects.get()


def test_a_view_asking_only_whether_there_are_parameters_is_still_cached(rf):
    """django-filter's ``data or QueryDict()`` asks whether the query string is empty: the
    filtered story library is then kept per value of the parameters it reads, a made-up one
    shares the entry, and an empty query string ("?&") is not mistaken for a non-empty one."""
    calls = []

    def view(request):
        calls.append(request)
        return HttpResponse(f"filtered by {request.GET.get('tag')}" if request.GET else "unfiltered")

    middleware = PageCacheMiddleware(view)
    assert middleware(rf.get("/en/stories/?tag=a")).content == b"filtered by a"
    assert middleware(rf.get("/en/stories/?tag=a"))[HIT_HEADER] == "hit"
    assert middleware(rf.get("/en/stories/?tag=a&utm=1"))[HIT_HEADER] == "hit"
    assert middleware(rf.get("/en/stories/?tag=b")).content == b"filtered by b"
    assert middleware(rf.get("/en/stories/?&")).content == b"unfiltered"
    assert middleware(rf.get("/en/stories/?utm=1")).content == b"filtered by None"
    assert len(calls) == 4
