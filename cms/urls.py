"""URL map. Public pages sit under a language prefix (/en/…); machine-read files do not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    # Calendar files (…/feed.ics, …/event.ics) routed to the events pages: see events/urls.py.
    path("", include("events.urls")),
    # Wagtail's page tree: everything not matched above. Must stay last.
    path("", include(wagtail_urls)),
)

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
