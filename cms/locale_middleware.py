"""Django's ``LocaleMiddleware``, minus one redirect: a 404 from a view outside the language
prefix (the read API, the open-data files) stays that 404.

Django redirects any unprefixed 404 to the same path under the reader's language when that
path would resolve, and Wagtail's catch-all page route makes every path resolve, so an unknown
id in ``/api/v2/pages/<id>/`` became a redirect to an HTML 404 page. A request that reached a
view already resolved: only paths that matched nothing are sent to the language prefix.
"""

from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

# Machine-read addresses outside the language prefix: a path under them that matches no route
# (``/api/v2/pages/not-a-number/``) is that API's 404 too, never a redirect to an HTML page.
UNPREFIXED_APIS = ("/api/",)


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        resolved = getattr(request, "resolver_match", None) is not None
        if response.status_code == 404 and not resolved and request.path_info.startswith(UNPREFIXED_APIS):
            response = JsonResponse({"message": "not found"}, status=404)  # as the API's own 404s read
        if response.status_code == 404 and (resolved or request.path_info.startswith(UNPREFIXED_APIS)):
            # What Django's version does to every response it does not redirect.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
