"""The site's URLs plus a bare Django view returning 10 KB: the ceiling the benchmark compares with."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns

BARE_BODY = b"<!DOCTYPE html><title>bare</title>" + b"x" * (10 * 1024 - 34)


def bare(request):
    return HttpResponse(BARE_BODY)


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]
handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
