"""Settings of on-site registration, each with a default (override in the settings module)."""

from datetime import timedelta

from django.conf import settings


def offer_window() -> timedelta:
    """How long a person offered a freed place has to accept it (never past the start)."""
    return getattr(settings, "EVENTS_OFFER_WINDOW", timedelta(hours=24))


def pending_window() -> timedelta:
    """How long a registration waits for its email address to be confirmed before it lapses."""
    return getattr(settings, "EVENTS_PENDING_WINDOW", timedelta(hours=48))


def retention() -> timedelta:
    """How long after an event registrants' names, addresses and access needs are kept."""
    return timedelta(days=getattr(settings, "EVENTS_REGISTRANT_RETENTION_DAYS", 30))
