"""Template tags other parts of the site use to show events (the home page's "Upcoming events")."""

from django import template
from django.utils import timezone

register = template.Library()


@register.inclusion_tag("events/components/upcoming_events.html", takes_context=True)
def upcoming_events(context, limit: int = 3):
    """The next ``limit`` dates (series contribute their next date only): two queries."""
    from events.models import EventIndexPage, EventPage

    now = timezone.now()
    events = EventPage.objects.for_listing().ending_after(now)
    occurrences = []
    for event in events:
        upcoming = [o for o in event.occurrences_between(now, now + timezone.timedelta(days=730)) if o.end > now]
        if upcoming:
            occurrences.append(upcoming[0])
    occurrences.sort(key=lambda o: (o.start, o.event.pk))
    index = EventIndexPage.objects.live().only("id", "url_path", "path", "depth").first()
    return {"request": context.get("request"), "occurrences": occurrences[:limit], "index": index}
