"""When an event happens: wall-clock times in its own zone, an optional repeat rule, and changes
to single occurrences of a series.

Wagtail idiom: ``OccurrenceChange`` is an ``Orderable`` with a ``ParentalKey`` to the page, so
editors add rows in an ``InlinePanel`` and the rows live in the page's revisions (previewable,
moderated, published together with the page) thanks to django-modelcluster. It is also a
``TranslatableMixin``, so wagtail-localize gives each translation of the page rows of its own
(same ``translation_key``, the translation's locale): the note is translated, the date and the
action are copied from the original when translations are synced.
"""

import zoneinfo
from datetime import timedelta
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin

from events.occurrences import (
    REPEAT_MONTHLY_DAY,
    REPEAT_MONTHLY_WEEKDAY,
    REPEAT_WEEKLY,
    Schedule,
    expand,
    get_zone,
    localize,
)
from events.panels import SeriesDatesPanel


@lru_cache(maxsize=1)
def _zone_choices() -> tuple:
    """IANA zones as (name, label). Cached: listing the zones reads the filesystem."""
    names = sorted(zoneinfo.available_timezones())
    return (("UTC", "UTC"), *((name, name.replace("_", " ")) for name in names if "/" in name))


def time_zone_choices():
    return list(_zone_choices())


def default_time_zone() -> str:
    return settings.TIME_ZONE


REPEAT_CHOICES = [
    ("", _("Does not repeat")),
    (REPEAT_WEEKLY, _("Weekly")),
    (REPEAT_MONTHLY_WEEKDAY, _("Monthly, on the same weekday (e.g. second Thursday)")),
    (REPEAT_MONTHLY_DAY, _("Monthly, on the same date (e.g. the 12th)")),
]


class ScheduleFields(models.Model):
    """Abstract: the schedule fields of an event page and the occurrences they describe."""

    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default=default_time_zone,
        help_text=_("Times are entered and shown in this zone, so they stay right across clock changes."),
    )
    all_day = models.BooleanField(_("all day"), default=False, help_text=_("No start and end times."))
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty if it ends the same day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    repeat = models.CharField(_("repeats"), max_length=20, choices=REPEAT_CHOICES, blank=True, default="")
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"), default=1, help_text=_("1 = every week or month, 2 = every other one, …")
    )
    repeat_until = models.DateField(_("until (inclusive)"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(_("number of times"), null=True, blank=True)
    # Derived on save, for filtering in the database: first start and last end as instants.
    starts_at = models.DateTimeField(editable=False, null=True, db_index=True)
    last_ends_at = models.DateTimeField(editable=False, null=True, db_index=True)

    schedule_panels = [
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldPanel("repeat_interval"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
            ],
            heading=_("Repeats"),
        ),
        SeriesDatesPanel(heading=_("Coming dates of the series")),
        InlinePanel("occurrence_changes", heading=_("Changes to single dates of a series"), label=_("change")),
    ]

    class Meta:
        abstract = True

    @property
    def schedule(self) -> Schedule:
        return Schedule(
            zone=self.time_zone,
            all_day=self.all_day,
            start_date=self.start_date,
            start_time=None if self.all_day else self.start_time,
            end_date=self.end_date,
            end_time=None if self.all_day else self.end_time,
            repeat=self.repeat,
            interval=self.repeat_interval,
            until=self.repeat_until if self.repeat else None,
            count=self.repeat_count if self.repeat else None,
        )

    @property
    def zone(self):
        """The event's zone; the site's own for a name zoneinfo does not know (never an error)."""
        return get_zone(self.time_zone)

    @property
    def is_series(self) -> bool:
        return bool(self.repeat)

    @property
    def start(self):
        """First start as an aware datetime in the event's zone."""
        return localize(self.schedule.naive_start, self.time_zone)

    @property
    def end(self):
        return localize(self.schedule.naive_end, self.time_zone)

    def changes_by_date(self) -> dict:
        attached = self.__dict__.get("_changes_by_date")
        if attached is not None:
            return attached
        return {change.occurrence_date: change for change in self.occurrence_changes.all()}

    def occurrences_between(self, start, end):
        return expand(self, self.schedule, self.changes_by_date(), start=start, end=end)

    def compute_bounds(self) -> None:
        """Fill ``starts_at`` / ``last_ends_at`` (None for an open-ended series)."""
        schedule = self.schedule
        self.starts_at = localize(schedule.naive_start, self.time_zone)
        if not schedule.repeat:
            self.last_ends_at = localize(schedule.naive_end, self.time_zone)
        elif not schedule.bounded:
            self.last_ends_at = None
        else:
            naive_starts = schedule.naive_starts()
            moved = [c for c in self.occurrence_changes.all() if c.action == "move" and c.new_date]
            last_naive = max([*naive_starts, *[localize_date(c.new_date) for c in moved]])
            self.last_ends_at = localize(
                last_naive + schedule.duration + timedelta(days=1 if moved else 0), self.time_zone
            )

    def clean_schedule(self) -> dict:
        errors = {}
        if not self.all_day and self.start_time is None:
            errors["start_time"] = _("Give a start time, or tick 'all day'.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        same_day = not self.end_date or self.end_date == self.start_date
        if not self.all_day and same_day and self.end_time and self.start_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end time is not after the start time.")
        if self.repeat and self.repeat_until and self.repeat_count:
            errors["repeat_count"] = _("Choose an end date or a number of times, not both.")
        if self.repeat and self.repeat_until and self.start_date and self.repeat_until < self.start_date:
            errors["repeat_until"] = _("The series ends before it starts.")
        if self.repeat and self.repeat_interval < 1:
            errors["repeat_interval"] = _("Use 1 or more.")
        return errors


def attach_changes(pages) -> None:
    """Give each page its date changes (for ``changes_by_date``) from one query.

    The same as ``prefetch_related("occurrence_changes")`` for reading, without
    django-modelcluster's per-page querysets, which cost more than the query for 500 pages.
    """
    by_page: dict = {page.pk: {} for page in pages}
    if not by_page:
        return
    for change in OccurrenceChange.objects.filter(page_id__in=by_page).order_by("sort_order", "pk"):
        by_page[change.page_id][change.occurrence_date] = change
    for page in pages:
        page.__dict__["_changes_by_date"] = by_page[page.pk]


def localize_date(day):
    from datetime import datetime, time

    return datetime.combine(day, time(23, 59))


class OccurrenceChange(TranslatableMixin, Orderable):
    """A change to one date of a series: cancel it, move it, or add a note to it."""

    ACTIONS = [("cancel", _("Cancel this date")), ("move", _("Move this date")), ("note", _("Add a note only"))]

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="occurrence_changes")
    occurrence_date = models.DateField(_("date in the series"), help_text=_("The date as the series would have it."))
    action = models.CharField(_("change"), max_length=10, choices=ACTIONS, default="cancel")
    new_date = models.DateField(_("new date"), null=True, blank=True)
    new_start_time = models.TimeField(_("new start time"), null=True, blank=True)
    new_end_time = models.TimeField(_("new end time"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True, help_text=_("Shown beside this date."))

    panels = [
        FieldRowPanel([FieldPanel("occurrence_date"), FieldPanel("action")]),
        FieldRowPanel([FieldPanel("new_date"), FieldPanel("new_start_time"), FieldPanel("new_end_time")]),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        # TranslatableMixin's unique_together (translation_key, locale), Orderable's ordering.
        verbose_name = _("change to one date")

    def clean(self):
        super().clean()
        if self.action == "move" and not (self.new_date or self.new_start_time):
            raise ValidationError({"new_date": _("Give the new date or the new start time.")})
