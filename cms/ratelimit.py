"""Rate limits on public forms, per account and per client address, in Django's cache.

``is_limited(request, scope)`` counts one send of the form named ``scope`` (a key of
``settings.RATE_LIMITS``) for the client's address and, when signed in, for the account; it
answers True once either count is over the limit within ``RATE_LIMIT_WINDOW_SECONDS``. Views
then show the form again with ``limited_message()`` and status 429: nothing typed is lost.

Counters are fixed windows that start at the first send (``cache.add`` sets the expiry, then
``cache.incr`` counts atomically in Redis). The address is the one django-axes uses for the
login limits. Why not django-ratelimit: docs/decisions/0041-rate-limits-in-the-cache.md.

``is_limited_for_recipient(scope, address)`` counts one email the form is about to send to the
address a visitor typed, whoever sends it and from wherever: a crowd of clients cannot fill one
person's inbox. The cache key holds a hash of the address, never the address itself.
"""

import hashlib

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import ngettext


def _count(key: str, window: int) -> int:
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1
    # django-redis with IGNORE_EXCEPTIONS answers None when Redis is unreachable: fail open
    # (the honeypot and the fill time still apply) rather than refusing everyone.
    return count or 0


def is_limited(request, scope: str) -> bool:
    """Count this send; True if this address or account has sent the form too often."""
    limit = settings.RATE_LIMITS[scope]
    window = settings.RATE_LIMIT_WINDOW_SECONDS
    keys = [f"ratelimit:{scope}:ip:{get_client_ip_address(request) or 'unknown'}"]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        keys.append(f"ratelimit:{scope}:user:{user.pk}")
    counts = [_count(key, window) for key in keys]
    return any(count > limit for count in counts)


def is_limited_for_recipient(scope: str, address: str) -> bool:
    """Count one email to ``address`` for the form ``scope``; True once that address has been
    sent more than ``settings.RATE_LIMITS[scope]`` of them in the window."""
    digest = hashlib.sha256(address.strip().lower().encode()).hexdigest()
    count = _count(f"ratelimit:{scope}:to:{digest}", settings.RATE_LIMIT_WINDOW_SECONDS)
    return count > settings.RATE_LIMITS[scope]


def recipient_limited_message() -> str:
    minutes = max(1, settings.RATE_LIMIT_WINDOW_SECONDS // 60)
    return ngettext(
        "We have sent several emails to this address in a short while, so we have paused sending more "
        "for a little. Please wait up to %(minutes)d minute and send it again: what you typed is still here.",
        "We have sent several emails to this address in a short while, so we have paused sending more "
        "for a little. Please wait up to %(minutes)d minutes and send it again: what you typed is still here.",
        minutes,
    ) % {"minutes": minutes}


def limited_message() -> str:
    minutes = max(1, settings.RATE_LIMIT_WINDOW_SECONDS // 60)
    return ngettext(
        "This form has been sent many times from your account or connection in a short while, so we have "
        "paused it for a little. Please wait up to %(minutes)d minute and send it again: what you typed is "
        "still here.",
        "This form has been sent many times from your account or connection in a short while, so we have "
        "paused it for a little. Please wait up to %(minutes)d minutes and send it again: what you typed is "
        "still here.",
        minutes,
    ) % {"minutes": minutes}


def refuse(form, message: str = "") -> None:
    """Put the polite "please wait" message on a bound form (in its error summary)."""
    form.full_clean()
    form.add_error(None, message or limited_message())


RETRY_AFTER = "Retry-After"


def mark_limited(response):
    """Status 429 with ``Retry-After`` on the page that shows the form again."""
    response.status_code = 429
    response[RETRY_AFTER] = str(settings.RATE_LIMIT_WINDOW_SECONDS)
    return response
