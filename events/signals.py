"""Keep calendars honest about places: a venue's new address is a change to every event held
there. (Cached event listings need nothing here: every content write moves the site-wide
content generation on, see ``cms.cache``.)"""

from django.db.models.signals import post_save


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


def connect() -> None:
    from .models import Venue

    post_save.connect(venue_changed, sender=Venue, dispatch_uid="events-venue-changed")
