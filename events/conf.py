"""Settings for the events app, each with a default so the app works without configuration.

Override any of them in the settings module, e.g. ``EVENTS_JOIN_LINK_LEAD = timedelta(hours=2)``.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings


def join_link_lead() -> timedelta:
    """How long before an event starts its online joining details are disclosed (anywhere)."""
    return getattr(settings, "EVENTS_JOIN_LINK_LEAD", timedelta(hours=24))


def feed_past_window() -> timedelta:
    """Feeds include events that ended up to this long ago."""
    return getattr(settings, "EVENTS_FEED_PAST", timedelta(days=90))


def feed_future_window() -> timedelta:
    """Feeds include events (and series occurrences) starting up to this far ahead."""
    return getattr(settings, "EVENTS_FEED_FUTURE", timedelta(days=730))


def cancelled_grace() -> timedelta:
    """A cancelled event stays in feeds (STATUS:CANCELLED) this long after it was cancelled."""
    return getattr(settings, "EVENTS_CANCELLED_GRACE", timedelta(days=60))


def refresh_interval() -> timedelta:
    """How often subscribed calendars are asked to refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL)."""
    return getattr(settings, "EVENTS_FEED_REFRESH", timedelta(hours=6))


def index_series_horizon() -> timedelta:
    """How far ahead the events index lists each occurrence of a series."""
    return getattr(settings, "EVENTS_INDEX_SERIES_HORIZON", timedelta(days=183))


def uid_domain() -> str:
    """The domain part of every event UID (``<uuid>@<domain>``), fixed once per event."""
    configured = getattr(settings, "EVENTS_UID_DOMAIN", "")
    if configured:
        return configured
    return urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "")).hostname or "localhost"
