"""Settings for the events app, each with a default so the app works without configuration.

Override any of them in the settings module, e.g. ``EVENTS_JOIN_LINK_LEAD = timedelta(hours=2)``.
"""

from datetime import timedelta

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
    """An optional domain part for new event UIDs (``<uuid>@<domain>``); none by default, so a
    UID (a random UUID, as RFC 7986 recommends) owes nothing to the site's host name. Stored
    once per event: changing this or BASE_URL never changes an existing event's UID."""
    return getattr(settings, "EVENTS_UID_DOMAIN", "")
