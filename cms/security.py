"""Content-Security-Policy: strict on public pages, only what Wagtail's admin needs there.

django-csp's middleware writes the header; this subclass swaps in the admin policy for
admin URLs (which include page previews), so the public site never inherits the admin's
allowances for inline script and style.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponseBadRequest


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.CMS_ADMIN_PATH_PREFIXES):
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


class RejectNullBytesMiddleware:
    """Answer 400 to any request whose path, query or form data contains a NUL character.

    No real reader or form sends one; PostgreSQL cannot store or compare it, so letting it
    through would turn a bot's junk into a server error deep in a query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or self._has_nul(request.GET) or self._has_nul(request.POST):
            return HttpResponseBadRequest(
                "Your request contained a character we cannot accept.", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)

    @staticmethod
    def _has_nul(data) -> bool:
        return any("\x00" in key or any("\x00" in value for value in data.getlist(key)) for key in data)
