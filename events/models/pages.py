"""The events index and event pages (single events and recurring series).

Wagtail idioms used here: ``RoutablePageMixin`` gives a page extra URLs (the past archive,
calendar feeds, ``event.ics``) without extra page types; ``ClusterTaggableManager`` and
``ParentalManyToManyField`` keep tags, organisers and framework areas inside page revisions;
``exclude_fields_in_copy`` stops a copied page from inheriting another event's calendar UID.
"""

import hashlib
import json
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import StandardStreamBlock
from cms.models import BasePage, LeadImageFields
from cms.models.mixins import restricted_q
from events import conf
from events.admin_forms import EventPageForm
from events.blocks import ProgrammeBlock
from events.registration.routes import RegistrationRoutes

from .choices import EventFormat, EventStatus
from .queries import EventPageManager, EventPageTag
from .schedule import ScheduleFields
from .taking_part import TakingPartFields


def new_uid() -> str:
    """A calendar UID, made once per event and never changed (a UUID, ``@<domain>`` only if
    ``EVENTS_UID_DOMAIN`` is set): it does not follow the site's host name."""
    domain = conf.uid_domain()
    return f"{uuid.uuid4()}@{domain}" if domain else str(uuid.uuid4())


class EventIndexPage(RoutablePageMixin, BasePage):
    """Lists upcoming events (and each upcoming date of a series), the past archive and feeds."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    template = "events/event_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index")

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def events(self):
        return EventPage.objects.child_of(self)

    def file_url(self, name: str, request=None, **kwargs) -> str:
        """URL of a calendar file route. Served without the trailing slash (events/urls.py)."""
        return self.get_url(request) + self.reverse_subpage(name, kwargs=kwargs).rstrip("/")

    @path("")
    def upcoming_view(self, request):
        from events.views import listing

        return listing(request, self, past=False)

    @path("past/")
    def past_view(self, request):
        from events.views import listing

        return listing(request, self, past=True)

    @path("feed.ics/")
    def feed_view(self, request):
        from events.views import feed

        return feed(request, self)

    @path("feed/tag/<slug:tag>.ics/")
    def tag_feed_view(self, request, tag):
        from events.views import feed

        return feed(request, self, tag=tag)

    @path("feed/area/<slug:area>.ics/")
    def area_feed_view(self, request, area):
        from events.views import feed

        return feed(request, self, area=area)


class EventPage(RoutablePageMixin, RegistrationRoutes, ScheduleFields, TakingPartFields, LeadImageFields, BasePage):
    """A single event or a repeating series. Its calendar identity (UID, SEQUENCE) is kept here."""

    base_form_class = EventPageForm  # refuses a change to a date that is not in the series

    summary = models.TextField(_("summary"), max_length=600, help_text=_("One or two sentences for listings."))
    body = StreamField(StandardStreamBlock(), blank=True)
    key_question = models.CharField(
        _("key question or creative challenge"),
        max_length=300,
        blank=True,
        help_text=_("The question the event explores, e.g. 'How do we share leadership?'"),
    )
    format = models.CharField(_("format"), max_length=12, choices=EventFormat.choices, default=EventFormat.IN_PERSON)
    venue = models.ForeignKey(
        "events.Venue", null=True, blank=True, on_delete=models.SET_NULL, related_name="events", verbose_name=_("venue")
    )
    join_url = models.URLField(
        _("joining link"),
        blank=True,
        help_text=_("Kept private until shortly before the start (never in listings, feeds or search before then)."),
    )
    join_instructions = models.TextField(
        _("joining details"), blank=True, max_length=600, help_text=_("Meeting ID, passcode, dial-in numbers.")
    )
    programme = StreamField(ProgrammeBlock(), blank=True, verbose_name=_("programme"))
    organisers = ParentalManyToManyField("events.Organisation", blank=True, related_name="events")
    accessibility = models.TextField(
        _("accessibility"), blank=True, max_length=800, help_text=_("Captions, interpretation, step-free access, …")
    )
    status = models.CharField(_("status"), max_length=14, choices=EventStatus.choices, default=EventStatus.SCHEDULED)
    previous_start = models.DateTimeField(
        _("previous start"),
        null=True,
        blank=True,
        help_text=_("Filled in automatically when a rescheduled event moves."),
    )
    tags = ClusterTaggableManager(through=EventPageTag, blank=True)
    framework_areas = ParentalManyToManyField("handbook.FrameworkArea", blank=True, related_name="events")

    # Calendar identity: made once, raised on change, never typed by editors.
    ical_uid = models.CharField(max_length=255, unique=True, default=new_uid, editable=False)
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)
    ical_schedule_hash = models.CharField(max_length=64, blank=True, editable=False)
    ical_content_hash = models.CharField(max_length=64, blank=True, editable=False)
    ical_modified_at = models.DateTimeField(null=True, editable=False)
    status_changed_at = models.DateTimeField(null=True, editable=False)

    objects = EventPageManager()

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        LeadImageFields.lead_image_panel,
        FieldPanel("key_question"),
        FieldPanel("body"),
        FieldPanel("programme"),
    ]
    status_panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("previous_start", read_only=True)],
            heading=_("Status"),
        )
    ]
    details_panels = [
        FieldPanel("format"),
        FieldPanel("venue"),
        MultiFieldPanel(
            [FieldPanel("join_url"), FieldPanel("join_instructions"), *TakingPartFields.joining_panels],
            heading=_("Joining online"),
        ),
        *TakingPartFields.taking_part_panels,
        FieldPanel("accessibility"),
        FieldPanel("organisers", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldPanel("framework_areas"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(status_panels + ScheduleFields.schedule_panels, heading=_("When")),
            ObjectList(details_panels, heading=_("Where and who")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    # The joining link and details are deliberately NOT indexed.
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("key_question"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
    ]
    # Wagtail's read API (/api/v2/pages/?type=events.EventPage&fields=*): public facts only.
    # The joining link and details are deliberately absent, whatever the time.
    api_fields = [
        APIField("summary"),
        APIField("key_question"),
        APIField("format"),
        APIField("status"),
        APIField("time_zone"),
        APIField("all_day"),
        APIField("starts_at"),
        APIField("last_ends_at"),
        APIField("ical_uid"),
    ]
    exclude_fields_in_copy = ["ical_uid", "ical_sequence", "ical_schedule_hash", "ical_content_hash"]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    class Meta:
        verbose_name = _("event")

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    # The date site search shows beside this page, when it starts (cms/search.py reads the field).
    search_result_date_field = "starts_at"

    # --- Derived values -------------------------------------------------------------------

    @property
    def effective_format(self) -> str:
        return EventFormat.ONLINE if self.status == EventStatus.MOVED_ONLINE else self.format

    @property
    def is_online(self) -> bool:
        return self.effective_format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def has_place(self) -> bool:
        return self.venue_id is not None and self.effective_format != EventFormat.ONLINE

    def public_responses(self):
        """Live, public stories and case studies that respond to this event (one query)."""
        return self.responses.live().exclude(restricted_q()).order_by("path")

    @cached_property
    def shown_framework_areas(self) -> list:
        """The event's framework areas named in its own language (``local_name``/``local_slug``),
        with the ``stable_slug`` that names each one's drawing (the page's fallback picture).

        A translated event links to its original's areas (wagtail-localize copies many-to-many
        links); their translations are found in the same query. One query per page view, as
        ``.all()`` was, however many times the template reads it.
        """
        from handbook.models import FrameworkArea

        areas = FrameworkArea.objects.filter(events=self.pk).in_language_of(self.locale_id).with_stable_slug()
        return list(areas.order_by("sort_order"))

    @classmethod
    def from_db(cls, db, field_names, values):
        """Django's, with the loaded column names as a set: when columns are deferred (feeds,
        listings) Django looks each of the 78 fields up in the list of loaded names, about 40%
        of building an event from its row (2,000 events: ~40 ms of a feed, ``bench_ical``)."""
        return super().from_db(db, frozenset(field_names), values)

    def modified_at(self, now=None):
        """When what the calendar shows last changed (edits, or the joining link appearing)."""
        since = self.join_state(now)[1]
        candidates = [moment for moment in (self.ical_modified_at, since) if moment]
        return max(candidates) if candidates else self.last_published_at or timezone.now()

    # --- Saving: keep the calendar identity honest ----------------------------------------

    def _schedule_fingerprint(self) -> str:
        changes = sorted(
            (str(c.occurrence_date), c.action, str(c.new_date), str(c.new_start_time), str(c.new_end_time))
            for c in self.occurrence_changes.all()
        )
        data = [
            self.time_zone,
            self.all_day,
            str(self.start_date),
            str(self.start_time),
            str(self.end_date),
            str(self.end_time),
            self.repeat,
            self.repeat_interval,
            str(self.repeat_until),
            self.repeat_count,
            changes,
            self.venue_id,
            self.effective_format,
            self.join_url,
            self.status,
        ]
        return hashlib.sha256(json.dumps(data, default=str).encode()).hexdigest()

    def _content_fingerprint(self, schedule_hash: str) -> str:
        data = [
            schedule_hash,
            self.title,
            self.slug,
            self.summary,
            self.key_question,
            self.registration,
            self.registration_url,
            self.capacity,
            self.capacity_note,
            str(self.price),
            self.accessibility,
            self.join_instructions,
            sorted(o.pk for o in self.organisers.all()),
            sorted(c.note for c in self.occurrence_changes.all()),
            str(self.previous_start),
        ]
        return hashlib.sha256(json.dumps(data, default=str).encode()).hexdigest()

    def clean(self):
        super().clean()
        errors = self.clean_schedule()
        errors.update(self.taking_part_errors())
        errors.update(self.lead_image_errors())
        if self.format == EventFormat.IN_PERSON and self.status != EventStatus.MOVED_ONLINE and not self.venue_id:
            errors["venue"] = _("Choose where it happens, or change the format to online.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            return super().save(*args, **kwargs)
        self.compute_bounds()
        now = timezone.now()
        schedule_hash = self._schedule_fingerprint()
        content_hash = self._content_fingerprint(schedule_hash)
        previous = None
        if self.pk:
            previous = (
                EventPage.objects.filter(pk=self.pk)
                .values(
                    "ical_sequence",
                    "ical_schedule_hash",
                    "ical_content_hash",
                    "ical_modified_at",
                    "starts_at",
                    "status",
                    "status_changed_at",
                )
                .first()
            )
        if previous is None:
            self.ical_modified_at = self.ical_modified_at or now
            self.status_changed_at = self.status_changed_at or now
        else:
            self.ical_sequence = max(previous["ical_sequence"], self.ical_sequence or 0)
            if previous["ical_schedule_hash"] and previous["ical_schedule_hash"] != schedule_hash:
                self.ical_sequence += 1
                moved = previous["starts_at"] and previous["starts_at"] != self.starts_at
                if self.status == EventStatus.RESCHEDULED and moved and not self.previous_start:
                    self.previous_start = previous["starts_at"]
                    content_hash = self._content_fingerprint(schedule_hash)
            self.ical_modified_at = (
                now if previous["ical_content_hash"] != content_hash else previous["ical_modified_at"]
            )
            self.status_changed_at = now if previous["status"] != self.status else previous["status_changed_at"]
        self.ical_schedule_hash = schedule_hash
        self.ical_content_hash = content_hash
        return super().save(*args, **kwargs)

    # --- Extra URLs --------------------------------------------------------------------------

    @property
    def ics_url(self) -> str:
        """Relative URL of this event's .ics file (served without a trailing slash)."""
        return self.ics_url_for(None)

    def ics_url_for(self, request) -> str:
        """``ics_url``, with the request's site-root paths (no query for them when routed)."""
        return self.get_url(request) + self.reverse_subpage("ics_view").rstrip("/")

    @path("")
    def event_view(self, request):
        from events.views import event_detail

        return event_detail(request, self)

    @path("event.ics/")
    def ics_view(self, request):
        from events.views import event_ics

        return event_ics(request, self)
