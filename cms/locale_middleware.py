"""Django's ``LocaleMiddleware``, minus one redirect: a 404 from a view outside the language
prefix (the read API, the open-data files) stays that 404.

Django redirects any unprefixed 404 to the same path under the reader's language when that
path would resolve, and Wagtail's catch-all page route makes every path resolve, so an unknown
id in ``/api/v2/pages/<id>/`` became a redirect to an HTML 404 page. A request that reached a
view already resolved: only paths that matched nothing are sent to the language prefix.
"""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None) is not None:
            # What Django's version does to every response it does not redirect.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
