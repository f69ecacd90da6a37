"""Content-Security-Policy: strict on public pages, only what Wagtail's admin needs there.

django-csp's middleware writes the header; this subclass swaps in the admin policy for
admin URLs and for Wagtail's preview renders, so the public site never inherits the admin's
allowances for inline script and style.

Wagtail renders a preview (side panel, new tab, moderation "view draft", revision compare)
through a *fake* request with the page's public path, run through the whole middleware chain
(``PreviewableMixin.make_preview_request``); it marks that request ``is_dummy`` (and
``is_preview`` inside the view). Choosing the policy by path alone gave those renders the
public ``frame-ancestors 'none'``, so the admin's preview iframe stayed blank and its Checks
panel (axe, run inside the frame) found nothing. A real request never carries these flags.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest


def is_admin_render(request) -> bool:
    """True for Wagtail's fake preview request (never for one that came over the network)."""
    return getattr(request, "is_dummy", False) is True or getattr(request, "is_preview", False) is True


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and (
            is_admin_render(request) or request.path_info.startswith(settings.CMS_ADMIN_PATH_PREFIXES)
        ):
            parts.config = settings.CMS_ADMIN_CSP_DIRECTIVES
        return parts


def login_identifier(request, credentials) -> str | None:
    """What django-axes counts failures against: the admin's username or a member's email."""
    credentials = credentials or {}
    for key in ("username", "email", "login"):
        if credentials.get(key):
            return str(credentials[key]).strip().lower()
    post = getattr(request, "POST", None) or {}
    value = post.get("login") or post.get("username")
    return value.strip().lower() if value else None


class RequestSizeLimitMiddleware:
    """413 for a request whose ``Content-Length`` is over ``CMS_REQUEST_MAX_BYTES``, before any
    byte of its body is read (first in MIDDLEWARE; the proxy enforces the same limit with
    ``client_max_body_size``). Sized for the largest upload any form takes (README,
    ``REQUEST_MAX_MB``). Django's ``DATA_UPLOAD_MAX_*`` settings cap the parsed form itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return RejectJunkRequestsMiddleware._bad("Your request's Content-Length is not a number.")
        if length > settings.CMS_REQUEST_MAX_BYTES:
            megabytes = settings.CMS_REQUEST_MAX_BYTES // (1024 * 1024)
            response = HttpResponse(
                f"Your request is larger than the {megabytes} MB this site accepts.",
                status=413,
                content_type="text/plain; charset=utf-8",
            )
            response["Connection"] = "close"  # the unread body is not drained
            return response
        return self.get_response(request)


class RejectJunkRequestsMiddleware:
    """Answer 400 to requests no real reader or form sends.

    - A NUL character in the path, query or form data: PostgreSQL cannot store or compare
      it, so letting it through would turn a bot's junk into a server error deep in a query.
    - More than ``CMS_PUBLIC_MAX_FIELDS`` fields to a public URL (the admin's page editor
      legitimately sends thousands; Django's own limits cap everything else).

    The path and query are checked at once; the form body only in ``process_view``, which
    runs after ``CsrfViewMiddleware``'s (this middleware comes after it in MIDDLEWARE): a POST
    without a valid CSRF cookie is refused before anything here parses its body.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or self._has_nul(request.GET):
            return self._bad("Your request contained a character we cannot accept.")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        data = () if request.method in ("GET", "HEAD", "OPTIONS") else (request.POST,)
        if any(self._has_nul(part) for part in data):
            return self._bad("Your request contained a character we cannot accept.")
        if not request.path_info.startswith(settings.CMS_ADMIN_PATH_PREFIXES):
            fields = sum(len(values) for part in (request.GET, *data) for values in dict.values(part))
            if fields > settings.CMS_PUBLIC_MAX_FIELDS:
                return self._bad("Your request had far more fields than any of our forms.")
        return None

    @staticmethod
    def _bad(message: str) -> HttpResponseBadRequest:
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")

    @staticmethod
    def _has_nul(data) -> bool:
        # Read as a plain dict of lists: a check of every parameter is not the view depending
        # on them (the page cache keys only the parameters a view reads, cms/cache.py).
        return any("\x00" in key or any("\x00" in value for value in values) for key, values in dict.items(data))
