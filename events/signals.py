"""Keep cached event data honest: any publish, unpublish or delete of an event, or an edit to
a framework area, moves the cache "generation" on so every cached listing piece is rebuilt."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

GENERATION_KEY = "events:generation"


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.set(GENERATION_KEY, value, None)
    return value


def bump(**kwargs) -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


def venue_changed(sender, instance, created=False, raw=False, **kwargs) -> None:
    """A venue's address is part of every event held there: a change is a change of place,
    so calendars must see a higher SEQUENCE and a new LAST-MODIFIED on those events."""
    if created or raw:
        return
    from django.db.models import F
    from django.utils import timezone

    from .models import EventPage

    EventPage.objects.filter(venue=instance).update(
        ical_sequence=F("ical_sequence") + 1, ical_modified_at=timezone.now()
    )
    bump()


def connect() -> None:
    from handbook.models import FrameworkArea

    from .models import EventIndexPage, EventPage, Venue

    post_save.connect(venue_changed, sender=Venue, dispatch_uid="events-venue-changed")

    for model in (EventPage, EventIndexPage):
        page_published.connect(bump, sender=model, dispatch_uid=f"events-published-{model.__name__}")
        page_unpublished.connect(bump, sender=model, dispatch_uid=f"events-unpublished-{model.__name__}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"events-deleted-{model.__name__}")
        post_save.connect(bump, sender=model, dispatch_uid=f"events-saved-{model.__name__}")
    post_save.connect(bump, sender=FrameworkArea, dispatch_uid="events-area-saved")
    post_delete.connect(bump, sender=FrameworkArea, dispatch_uid="events-area-deleted")
