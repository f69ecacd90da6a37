"""Template tags other parts of the site use to show events (the home page's "Upcoming events")."""

from django import template
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from cms.models.mixins import restricted_q

register = template.Library()
SPARE = 3  # one-off events fetched beyond the limit (a series may fill its place)


def _next_dates(limit: int, language: str, request=None):
    """The next dates of events in the reader's language (at most two per series), and the
    index's address. Each language's tree has its own index and translated events.

    Never a timeline of every event: the next one-off events come from the ``starts_at``
    index, limited in SQL; only series running before the last of those are expanded, and
    only over that short span. Five queries however many events there are.
    """
    from events import conf
    from events.models import EventIndexPage, OccurrenceChange

    index = EventIndexPage.objects.live().exclude(restricted_q()).filter(locale__language_code=language).first()
    if index is None:
        return [], ""
    now = timezone.now()
    upcoming = index.events().for_listing(public=False).ending_after(now)
    one_offs = list(upcoming.filter(repeat="").prefetch_related(None)[: limit + SPARE])
    if len(one_offs) >= limit:
        horizon = max(event.end for event in one_offs[:limit])
    else:
        horizon = now + conf.feed_future_window()
    running = upcoming.exclude(repeat="").filter(starts_at__lt=horizon).prefetch_related(None)
    series = list(running)
    # Their date changes in one query, run whether or not any series is running (a steady count).
    by_page: dict = {event.pk: {} for event in series}
    for change in OccurrenceChange.objects.filter(page__in=running.values("pk")).order_by("sort_order", "pk"):
        by_page.setdefault(change.page_id, {})[change.occurrence_date] = change
    for event in series:
        event.__dict__["_changes_by_date"] = by_page[event.pk]
    occurrences = []
    for event in one_offs:
        if not event.is_series and event.end > now:
            event.__dict__["_changes_by_date"] = {}
            occurrences.extend(o for o in event.occurrences_between(now, event.end) if not o.cancelled)
    for event in series:
        found = [o for o in event.occurrences_between(now, horizon) if o.end > now and not o.cancelled]
        occurrences.extend(found[:2])
    occurrences.sort(key=lambda o: (o.start, o.event.pk))
    return occurrences, index.get_url(request)


@register.inclusion_tag("events/components/upcoming_events.html", takes_context=True)
def upcoming_events(context, limit: int = 3):
    language = get_supported_content_language_variant(get_language())
    occurrences, index_url = _next_dates(limit, language, context.get("request"))
    now = timezone.now()
    seen, shown = set(), []
    for occurrence in occurrences:
        if occurrence.end > now and occurrence.event.pk not in seen:
            seen.add(occurrence.event.pk)
            shown.append(occurrence)
    return {"request": context.get("request"), "occurrences": shown[:limit], "index_url": index_url}
