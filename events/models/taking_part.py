"""How people take part in an event: registration (none, a link, or on this site), places,
price, the joining link's lead time and who sees it, and the registrants' reminders.

Kept apart from ``pages.py`` so the event page stays readable; the registration itself
(registrants, seats, emails) lives in ``events.registration``.
"""

from datetime import timedelta
from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from events import conf

from .choices import EventStatus, Registration

LEAD_CHOICES = [
    (1, _("1 hour before")),
    (2, _("2 hours before")),
    (4, _("4 hours before")),
    (12, _("12 hours before")),
    (24, _("The day before (24 hours)")),
    (48, _("Two days before")),
    (168, _("A week before")),
]
REMINDER_CHOICES = [
    (168, _("A week before")),
    (72, _("Three days before")),
    (24, _("The day before")),
    (2, _("Two hours before")),
]


class TakingPartFields(models.Model):
    """Abstract: registration, places, price and the joining link's disclosure for an event."""

    registration = models.CharField(
        _("registration"), max_length=8, choices=Registration.choices, default=Registration.NONE_NEEDED
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "For registration on this site: how many people can take part (each date of a series has this many). "
            "When it is full, people join a waiting list. Empty: no limit."
        ),
    )
    capacity_note = models.CharField(_("capacity note"), max_length=160, blank=True, help_text=_("e.g. '30 places'."))
    price = models.DecimalField(
        _("price (GBP)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Empty or 0: free to attend."),
    )
    join_lead_hours = models.PositiveSmallIntegerField(
        _("share the joining link"),
        null=True,
        blank=True,
        choices=LEAD_CHOICES,
        help_text=_("How long before the start the joining link is sent or shown. Empty: the site's default."),
    )
    join_link_public = models.BooleanField(
        _("show the joining link to everyone"),
        default=False,
        help_text=_(
            "With registration on this site the joining link goes only to the people registered, by email and on "
            "their own page. Tick this to show it on the public page too, from the time above."
        ),
    )
    reminder_hours = models.JSONField(
        _("reminders"),
        default=list,
        blank=True,
        help_text=_("When registered people get a reminder by email."),
    )

    taking_part_panels = [
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("price")]),
                FieldPanel("capacity_note"),
                FieldPanel("reminder_hours"),
            ],
            heading=_("Registration"),
        ),
    ]
    joining_panels = [FieldRowPanel([FieldPanel("join_lead_hours"), FieldPanel("join_link_public")])]

    class Meta:
        abstract = True

    @property
    def registers_here(self) -> bool:
        return self.registration == Registration.SITE

    @property
    def join_lead(self) -> timedelta:
        return timedelta(hours=self.join_lead_hours) if self.join_lead_hours else conf.join_link_lead()

    @property
    def join_link_for_everyone(self) -> bool:
        """Whether the public page, feeds and JSON-LD may carry the joining link (from its time)."""
        return not self.registers_here or self.join_link_public

    @property
    def is_free(self) -> bool:
        return not self.price

    def taking_part_errors(self) -> dict:
        errors = {}
        if self.registration == Registration.LINK and not self.registration_url:
            errors["registration_url"] = _("Give the registration link, or choose 'No registration needed'.")
        if self.capacity and not self.registers_here:
            errors["capacity"] = _("Places are counted only with registration on this site: choose it, or leave empty.")
        bad = [hours for hours in self.reminder_hours or [] if hours not in dict(REMINDER_CHOICES)]
        if bad:
            errors["reminder_hours"] = _("Choose reminders from the list.")
        return errors

    def join_state(self, now=None):
        """(disclosed, since): whether joining details may be shown publicly now, and since when
        the answer last changed. Disclosed from the event's lead time (``join_lead``) before a
        (non-cancelled) occurrence starts until it ends; never for cancelled or postponed
        events, and never publicly when only registered people get the link."""
        now = now or timezone.now()
        cache = self.__dict__.setdefault("_join_state_cache", {})
        if now in cache:
            return cache[now]
        state = (False, None)
        if self.join_link_for_everyone:
            current = self.join_window_occurrences(now)
            if current:
                state = (True, current[0].start - self.join_lead)
            elif self.joinable:
                lead = self.join_lead
                live = [o for o in self.occurrences_between(now - timedelta(days=400), now + lead) if not o.cancelled]
                ended = [o.end for o in live if o.end <= now]
                state = (False, max(ended) if ended else None)
        cache[now] = state
        return state

    @property
    def joinable(self) -> bool:
        """Online, with joining details, and neither cancelled nor postponed."""
        return bool(
            (self.join_url or self.join_instructions)
            and self.is_online
            and self.status not in (EventStatus.CANCELLED, EventStatus.POSTPONED)
        )

    def join_window_occurrences(self, now) -> list:
        """The (non-cancelled) occurrences whose joining time has come and that have not ended;
        for anyone who may see the link (the public, or one registrant)."""
        if not self.joinable:
            return []
        lead = self.join_lead
        live = [o for o in self.occurrences_between(now - timedelta(days=400), now + lead) if not o.cancelled]
        return [o for o in live if o.start - lead <= now < o.end]

    def join_disclosed(self, now=None) -> bool:
        return self.join_state(now)[0]
