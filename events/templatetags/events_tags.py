"""Template tags other parts of the site use to show events (the home page's "Upcoming events")."""

from types import SimpleNamespace

from django import template
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

register = template.Library()
SPARE = 10


def _next_dates(limit: int, language: str):
    """The next dates of events in the reader's language (at most two per series), as small
    picklable records. Each language's tree has its own index and translated events.

    Read from the index's timeline (``events.timeline``: every date of every listed event,
    shared with the events listing), so only the few events shown are loaded.
    """
    from events import timeline
    from events.models import EventIndexPage, EventPage

    index = EventIndexPage.objects.live().filter(locale__language_code=language).first()
    if index is None:
        return [], ""
    now = timezone.now()
    moment = now.timestamp()
    entries = []
    for _pk, _is_series, dates in timeline.timeline(index, now):
        entries.extend([e for e in dates if e[timeline.END] > moment and not e[timeline.CANCELLED]][:2])
    entries.sort(key=lambda e: (e[timeline.START], e[timeline.PK]))
    entries = entries[: limit + SPARE]
    # Public events only (the timeline also holds those behind a view restriction).
    events = EventPage.objects.for_listing().filter(pk__in={e[timeline.PK] for e in entries})
    events = {event.pk: event for event in events}
    occurrences = []
    for entry in entries:
        event = events.get(entry[timeline.PK])
        if event is not None:
            occurrence = timeline.to_occurrence(entry, event)
            occurrence.event = SimpleNamespace(title=event.title, url=event.url, pk=event.pk)
            occurrences.append(occurrence)
    return occurrences, index.url


@register.inclusion_tag("events/components/upcoming_events.html", takes_context=True)
def upcoming_events(context, limit: int = 3):
    language = get_supported_content_language_variant(get_language())
    occurrences, index_url = _next_dates(limit, language)
    now = timezone.now()
    seen, shown = set(), []
    for occurrence in occurrences:
        if occurrence.end > now and occurrence.event.pk not in seen:
            seen.add(occurrence.event.pk)
            shown.append(occurrence)
    return {"request": context.get("request"), "occurrences": shown[:limit], "index_url": index_url}
