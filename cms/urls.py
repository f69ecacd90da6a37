"""URL map. Public pages sit under a language prefix (/en/…); machine-read files do not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import language_fallback, routing, views
from cms.sitemap import SiteSitemap

# Wagtail's read API (v2): live, public pages with each type's `api_fields` only.
# Filter by type, e.g. /api/v2/pages/?type=stories.CaseStudyPage&fields=*
api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("health/", views.health, name="health"),
    path("health/dependencies/", views.health_dependencies, name="health_dependencies"),
    path("api/v2/", api_router.urls),
    path("stories/", include("stories.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("members/", include("members.urls")),
    # Calendar files (…/feed.ics, …/event.ics) routed to the events pages: see events/urls.py.
    path("", include("events.urls")),
    # Wagtail's page tree: everything not matched above. Must stay last. Wagtail's own URLs,
    # its serve view routed in three queries (cms/routing.py) through the language fallback
    # (a page not translated yet shows the original at the reader's address:
    # cms/language_fallback.py).
    path("", include(routing.wagtail_urlpatterns(language_fallback.serve))),
)

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
