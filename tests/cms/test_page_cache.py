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
