"""Listing logic for events (queryset methods) and the tag through-model."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.models import PageManager, PageQuerySet

from cms.models.mixins import restricted_q
from events import conf

from .choices import EventFormat, EventStatus


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="tagged_items")


# Columns no calendar reads (editing, workflow, images, registration notes): not loaded for a
# feed of hundreds of events. Reading one would cost a query per event (the feed's query
# budget in tests/events/test_pages.py would fail).
FEED_UNUSED = (
    *("numchild", "draft_title", "seo_title", "search_description", "show_in_menus", "owner_id", "alias_of_id"),
    *("latest_revision_id", "live_revision_id", "latest_revision_created_at", "has_unpublished_changes"),
    *("go_live_at", "expire_at", "expired", "locked", "locked_at", "locked_by_id"),
    *("lead_image_id", "lead_image_alt", "social_image_id", "capacity_note", "accessibility", "previous_start"),
    *("ical_schedule_hash", "ical_content_hash", "venue__directions", "venue__map_url"),
)


class EventPageQuerySet(PageQuerySet):
    """Listing logic for events: each method narrows or prepares the queryset, none loop."""

    def for_listing(self, public=True):
        """Live events with what listings show. ``public=False`` checks only restrictions on the
        events themselves (in the same query) — for views whose ancestors Wagtail already checked."""
        # public: Wagtail's public(), in the same query (no query reading every restriction first).
        queryset = self.live().exclude(restricted_q()) if public else self.live().filter(view_restrictions__isnull=True)
        return queryset.select_related("venue").prefetch_related("occurrence_changes").order_by("starts_at", "pk")

    def ending_after(self, moment):
        return self.filter(models.Q(last_ends_at__gt=moment) | models.Q(last_ends_at__isnull=True))

    def starting_before(self, moment):
        return self.filter(starts_at__lt=moment)

    def started_before(self, moment):
        return self.filter(starts_at__lt=moment)

    def in_feed_window(self, now):
        """Events touching [now - past window, now + future window]; cancelled ones only for a grace period."""
        cancelled_recently = models.Q(status_changed_at__gte=now - conf.cancelled_grace())
        return (
            self.ending_after(now - conf.feed_past_window())
            .starting_before(now + conf.feed_future_window())
            .filter(~models.Q(status=EventStatus.CANCELLED) | cancelled_recently)
        )

    def with_format(self, value):
        if value == EventFormat.ONLINE:
            return self.filter(models.Q(format=EventFormat.ONLINE) | models.Q(status=EventStatus.MOVED_ONLINE))
        if value == EventFormat.IN_PERSON:
            return self.filter(format=EventFormat.IN_PERSON).exclude(status=EventStatus.MOVED_ONLINE)
        if value == EventFormat.HYBRID:
            return self.filter(format=EventFormat.HYBRID).exclude(status=EventStatus.MOVED_ONLINE)
        return self

    def tagged(self, slug):
        return self.filter(tagged_items__tag__slug=slug).distinct() if slug else self

    def in_area(self, slug):
        """Events in the area with this slug, whichever language's version of the area they link
        to (a translated event keeps its original's links)."""
        if not slug:
            return self
        from handbook.models import FrameworkArea

        return self.filter(framework_areas__in=FrameworkArea.objects.same_facet(slug)).distinct()

    def for_feed(self):
        """What feeds load for ~500 events: no StreamFields (never in a feed) and no prefetches;
        ``attach_changes`` adds the date changes in one query, and ``CalendarBuilder`` the
        organiser names in one more (every time, so a feed's query count never varies)."""
        return self.for_listing(public=False).prefetch_related(None).defer_streamfields().defer(*FEED_UNUSED)


EventPageManager = PageManager.from_queryset(EventPageQuerySet)
