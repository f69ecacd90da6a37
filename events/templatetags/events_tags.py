"""Template tags other parts of the site use to show events (the home page's "Upcoming events")."""

from datetime import timedelta
from types import SimpleNamespace

from django import template
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from cms.cache import cached_fragment

register = template.Library()
SPARE = 10


def _next_dates(limit: int, language: str):
    """The next dates of events in the reader's language (a series gives its next date only),
    as small picklable records. Each language's tree has its own translated events."""
    from events.models import EventIndexPage, EventPage

    now = timezone.now()
    occurrences = []
    for event in EventPage.objects.for_listing().filter(locale__language_code=language).ending_after(now):
        upcoming = [o for o in event.occurrences_between(now, now + timedelta(days=730)) if not o.cancelled]
        for occurrence in upcoming[:2]:
            occurrence.event = SimpleNamespace(title=event.title, url=event.url, pk=event.pk)
            occurrences.append(occurrence)
    occurrences.sort(key=lambda o: (o.start, o.event.pk))
    index = EventIndexPage.objects.live().filter(locale__language_code=language).first()
    return occurrences[: limit + SPARE], (index.url if index else "")


@register.inclusion_tag("events/components/upcoming_events.html", takes_context=True)
def upcoming_events(context, limit: int = 3):
    """Cached per language until the next content write (``cms.cache``): no queries when warm."""
    language = get_supported_content_language_variant(get_language())
    occurrences, index_url = cached_fragment(
        f"events:upcoming:{language}:{limit}", lambda: _next_dates(limit, language)
    )
    now = timezone.now()
    seen, shown = set(), []
    for occurrence in occurrences:
        if occurrence.end > now and occurrence.event.pk not in seen:
            seen.add(occurrence.event.pk)
            shown.append(occurrence)
    return {"request": context.get("request"), "occurrences": shown[:limit], "index_url": index_url}
