"""The site's URLs plus media files, for `make lighthouse` (cms.settings.lighthouse) only.

In production a proxy or an S3 bucket serves media; here Django does, so audited pages show
their images exactly as a reader would get them.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from cms.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
